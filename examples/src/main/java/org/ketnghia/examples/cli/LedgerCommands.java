package org.ketnghia.examples.cli;

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

    /** The programme over its existing durable ledger. */
    static ProgrammeHost openExisting(ProgrammeOptions options) {
        requireLedger(options);
        return ProgrammeHost.durable(options.programmeFile(), options.province(), options.ledger());
    }
}
