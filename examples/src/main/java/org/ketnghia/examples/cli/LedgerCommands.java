package org.ketnghia.examples.cli;

import java.util.Optional;
import org.ketnghia.examples.host.LedgerFiles;
import org.ketnghia.examples.host.ProgrammeHost;

/** Opening the existing ledger for the commands that read it. */
final class LedgerCommands {

    private LedgerCommands() {
    }

    /** Fails with a clear message if there is no ledger yet. */
    static void requireLedger(ProgrammeOptions options) {
        if (!LedgerFiles.exists(options.ledger())) {
            throw new ExitCodes.LedgerProblem("Chưa có sổ cái ở " + options.ledger() + "; hãy chạy lệnh run trước (hoặc import)."
                    + " / No ledger in " + options.ledger() + "; run the programme first (or import a backup).");
        }
    }

    /** The programmes given over their existing durable ledger, one host each. */
    static ProgrammeHost.Shared openExisting(ProgrammeOptions options) {
        requireLedger(options);
        return ProgrammeHost.shared(options.programmeFiles(), options.province(), Optional.of(options.ledger()),
                options.masterKey());
    }

    /** The ledger's store alone, with the JSON types of every programme given. */
    static LedgerFiles openFiles(ProgrammeOptions options) {
        return LedgerFiles.open(options.programmeFiles(), options.province(), options.ledger(), options.masterKey());
    }
}
