package org.ketnghia.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ketnghia.core.privacy.PlainLedgerMigration;
import org.ketnghia.examples.host.LedgerAccessLog;
import org.ketnghia.examples.host.LedgerFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code encrypt-ledger}: the one-off migration of a ledger recorded with personal data in plain text into a new,
 * encrypted ledger (new chain; its first event names the old chain's last hash). The access log of the reads of
 * personal data is carried over into the new ledger's, as it was ({@link LedgerAccessLog#carryOverTo}). The old
 * ledger's events are left as they are (its database gains the access-log table if it lacked it, holding the reads of
 * an earlier {@code access-log.jsonl}); once the new one verifies, the old folder may be destroyed.
 *
 * <p>Everything about the old ledger is checked before anything is written to the target: its chain, and its access
 * log read and verified ({@link LedgerAccessLog#openVerified}). A refusal (exit code {@value ExitCodes#LEDGER})
 * leaves the target as it was, so the command runs again once the old ledger is mended.
 */
@Command(name = "encrypt-ledger", mixinStandardHelpOptions = true,
        description = {"Chuyển sổ cái ghi dữ liệu cá nhân dạng rõ sang sổ cái mới đã mã hóa (chuỗi băm mới).",
            "Migrate a ledger with personal data in plain text to a new, encrypted ledger (a new chain)."})
public final class EncryptLedgerCommand implements Callable<Integer> {

    @Mixin
    ProgrammeOptions options;

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "Thư mục sổ cái mới (trống) / the new ledger's folder (empty)")
    Path target;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LedgerCommands.requireLedger(options);
        if (options.masterKey().isEmpty()) {
            throw new ExitCodes.LedgerProblem("Cần khóa chủ: đặt KETNGHIA_MASTER_KEY hoặc --master-key-file."
                    + " / The master key is needed: set KETNGHIA_MASTER_KEY or give --master-key-file.");
        }
        try (LedgerFiles old = LedgerCommands.openFiles(options);
                LedgerAccessLog oldAccessLog = LedgerAccessLog.openVerified(options.ledger())) {
            PlainLedgerMigration.checkSource(old.chain(), old.store());
            try (LedgerFiles encrypted = LedgerFiles.open(options.programmeFiles(), options.province(), target,
                    options.masterKey());
                    LedgerAccessLog newAccessLog = LedgerAccessLog.open(target)) {
                long written = new PlainLedgerMigration(old.chain(), encrypted.sealingChain().orElseThrow())
                        .migrate(old.store(), encrypted.store(), "Luật 91/2025/QH15: mã hóa dữ liệu cá nhân trong sổ cái");
                var verification = encrypted.chain().verify(encrypted.store());
                int reads = oldAccessLog.carryOverTo(newAccessLog);
                spec.commandLine().getOut().println("Đã ghi sổ cái mã hóa / wrote the encrypted ledger: " + written
                        + " sự kiện / events in " + target + "; chuỗi băm " + (verification.isIntact()
                                ? "toàn vẹn / chain intact" : "BỊ PHÁ VỠ / BROKEN") + "; nhật ký truy cập / access log: "
                        + reads + " lượt đọc chuyển sang / reads carried over");
                return verification.isIntact() ? ExitCodes.OK : ExitCodes.CHAIN_BROKEN;
            }
        }
    }
}
