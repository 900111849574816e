package org.ketnghia.examples.cli;

import java.nio.file.Path;
import org.ketnghia.examples.host.ProgrammeHost;

/** What the personal-data commands share (issue 22): where a backup's wrapped keys are kept, and that the master key is given. */
final class PersonalDataCommands {

    private PersonalDataCommands() {
    }

    /** The file of the subjects' wrapped keys beside a ledger backup: {@code <backup>.keys}. */
    static Path keysFileOf(Path backup) {
        return backup.resolveSibling(backup.getFileName() + ".keys");
    }

    /**
     * The file of the access log of personal-data reads beside a ledger backup: {@code <backup>.access-log}, JSON Lines
     * in the format of {@code access-log.jsonl} ({@link org.ketnghia.core.privacy.AccessLogBackup}).
     */
    static Path accessLogFileOf(Path backup) {
        return backup.resolveSibling(backup.getFileName() + ".access-log");
    }

    /** Fails clearly when the host has no keys: the command needs the master key. */
    static ProgrammeHost.Shared requireKeys(ProgrammeHost.Shared ledger) {
        if (ledger.keys().isEmpty()) {
            ledger.close();
            throw new ExitCodes.LedgerProblem("Lệnh này cần khóa chủ: đặt biến môi trường KETNGHIA_MASTER_KEY hoặc"
                    + " --master-key-file. / This command needs the master key: set KETNGHIA_MASTER_KEY or give"
                    + " --master-key-file.");
        }
        return ledger;
    }
}
