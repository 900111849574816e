package org.ketnghia.examples.cli;

import org.ketnghia.examples.host.ProgrammeHost;

/**
 * What the personal-data commands share (issue 22): that the master key is given. Where a backup keeps its parts is
 * {@link org.ketnghia.store.jdbc.BackupPart}'s to say.
 */
final class PersonalDataCommands {

    private PersonalDataCommands() {
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
