package org.ketnghia.examples.cli;

import java.util.concurrent.Callable;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.ChainVerification;
import org.ketnghia.examples.host.LedgerFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code verify}: checks the ledger's hash chain and reports the first bad sequence. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Kiểm tra chuỗi băm của sổ cái; báo số thứ tự sự kiện đầu tiên bị sửa, thiếu hoặc không đọc được.",
            "Check the ledger's hash chain; report the first altered, missing or unreadable sequence."})
public final class VerifyCommand implements Callable<Integer> {

    @Mixin
    ProgrammeOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LedgerCommands.requireLedger(options);
        var out = spec.commandLine().getOut();
        try (LedgerFiles files = LedgerCommands.openFiles(options)) {
            ChainVerification verification;
            try {
                verification = files.chain().verify(files.store());
            } catch (KetnghiaException e) {
                out.println("Sổ cái không đọc được / Ledger unreadable: " + e.getMessage());
                return ExitCodes.CHAIN_BROKEN;
            }
            if (verification.isIntact()) {
                out.println("Chuỗi băm toàn vẹn / Hash chain intact: " + verification.eventsChecked()
                        + " sự kiện / events checked in " + options.ledger());
                return ExitCodes.OK;
            }
            ChainVerification.ChainBreak broken = verification.firstBreak().orElseThrow();
            out.println("Chuỗi băm bị phá vỡ tại sự kiện số / Hash chain broken at sequence " + broken.sequence() + " ("
                    + broken.kind() + "): " + broken.detail());
            out.println("first-bad-sequence " + broken.sequence());
            return ExitCodes.CHAIN_BROKEN;
        }
    }
}
