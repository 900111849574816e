package org.ketnghia.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.privacy.MasterKey;
import org.ketnghia.examples.compatibility.RecordedBackup;
import org.ketnghia.examples.compatibility.RecordedFixture;

/**
 * The backup exported on 8 December 2026 with a master key, before manifests were signed ({@link RecordedBackup}:
 * events, keys, access log and a {@code ketnghia-backup-manifest-1} manifest), imports as it did with the code of that
 * day: with its master key, its six events, its keys and its read restored, the ledger verifying, and exported again
 * to the same events, keys and access log.
 */
class RecordedBackupCliTest {

    @TempDir
    Path temp;

    Path plan;
    Path backup;

    @BeforeEach
    void theRecordedBackup() throws Exception {
        assumeTrue(System.getenv(MasterKey.ENVIRONMENT_VARIABLE) == null, MasterKey.ENVIRONMENT_VARIABLE + " is set");
        plan = Files.writeString(temp.resolve("programme.json"), RecordedFixture.programmeInTodaysFormat());
        backup = RecordedBackup.copyInto(temp.resolve("recorded"));
    }

    @Test
    void theRecordedBackup_importsWithItsMasterKey_andExportsAgainToTheSameParts() throws Exception {
        Path target = temp.resolve("target");
        Path masterKey = backup.resolveSibling(RecordedBackup.MASTER_KEY);

        Cli restore = Cli.run("import", "--plan", plan.toString(), "--ledger", target.toString(), "--file",
                backup.toString(), "--master-key-file", masterKey.toString());

        assertThat(restore.exitCode()).as(restore.toString()).isZero();
        assertThat(restore.out()).contains("restored 6 sự kiện", "1 lượt đọc / reads");
        assertThat(restore.err()).doesNotContain("no manifest");
        assertThat(Cli.run("verify", "--plan", plan.toString(), "--ledger", target.toString(), "--master-key-file",
                masterKey.toString()).exitCode()).isZero();
        Path again = temp.resolve("again").resolve("backup.jsonl");
        Cli export = Cli.run("export", "--plan", plan.toString(), "--ledger", target.toString(), "--file",
                again.toString(), "--master-key-file", masterKey.toString());
        assertThat(export.exitCode()).as(export.toString()).isZero();
        for (String part : List.of("", ".keys", ".access-log")) {
            assertThat(Files.mismatch(again.resolveSibling("backup.jsonl" + part),
                    backup.resolveSibling("backup.jsonl" + part))).as("backup.jsonl" + part).isEqualTo(-1L);
        }
    }

    @Test
    void theRecordedBackupsUnsignedManifest_isNoticed_andRefusedWithRequireSignature() throws Exception {
        Path masterKey = backup.resolveSibling(RecordedBackup.MASTER_KEY);

        Cli restore = Cli.run("import", "--plan", plan.toString(), "--ledger", temp.resolve("target").toString(),
                "--file", backup.toString(), "--master-key-file", masterKey.toString());
        Cli refused = Cli.run("import", "--plan", plan.toString(), "--ledger", temp.resolve("refused").toString(),
                "--file", backup.toString(), "--master-key-file", masterKey.toString(), "--require-signature");

        assertThat(restore.exitCode()).as(restore.toString()).isZero();
        assertThat(restore.err()).contains("the manifest is unsigned: the backup's parts could have been rewritten");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(org.ketnghia.examples.cli.ExitCodes.LEDGER);
        assertThat(refused.err()).contains("STORE_BACKUP_MANIFEST_UNSIGNED");
        assertThat(temp.resolve("refused")).doesNotExist();
    }

    @Test
    void theRecordedBackup_importsWithoutAMasterKey() throws Exception {
        Path target = temp.resolve("target");

        Cli restore = Cli.run("import", "--plan", plan.toString(), "--ledger", target.toString(), "--file",
                backup.toString(), "--require-manifest");

        assertThat(restore.exitCode()).as(restore.toString()).isZero();
        assertThat(restore.out()).contains("restored 6 sự kiện", "1 lượt đọc / reads");
    }
}
