package org.ketnghia.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.privacy.MasterKey;
import org.ketnghia.core.privacy.PrivacyErrorCode;
import org.ketnghia.examples.cli.ExitCodes;
import org.ketnghia.examples.compatibility.RecordedFixture;

/**
 * {@code import --master-key-file} checks, before it writes anything, that the master key unwraps every data key of
 * the backup's keys part: on the encrypted ledger recorded on 6 December 2026 (core's fixture {@code
 * encrypted-ledger-2026-12-06}, its events and keys as a backup without a manifest), another master key is refused
 * with {@code PRIVACY_MASTER_KEY_WRONG} and {@code --ledger} is not created; the recorded one imports it.
 */
class ImportMasterKeyCliTest {

    /** The fixture's folder on the test class path (examples' pom adds it from core's tests). */
    private static final String FIXTURE = "/fixtures/encrypted-ledger-2026-12-06/";

    @TempDir
    Path temp;

    Path plan;
    Path backup;

    /** The recorded ledger and its keys, copied as a backup: {@code ledger.jsonl} and {@code ledger.jsonl.keys}. */
    @BeforeEach
    void theRecordedEncryptedLedger_asABackup() throws Exception {
        assumeTrue(System.getenv(MasterKey.ENVIRONMENT_VARIABLE) == null, MasterKey.ENVIRONMENT_VARIABLE + " is set");
        plan = Files.writeString(temp.resolve("programme.json"), RecordedFixture.programmeInTodaysFormat());
        backup = copyOfTheFixture("ledger.jsonl");
        copyOfTheFixture("ledger.jsonl.keys");
    }

    @Test
    void anotherMasterKey_isRefusedBeforeAnythingIsWritten_leavingNoLedger() throws Exception {
        Path wrongKey = Files.writeString(temp.resolve("wrong.key"), MasterKey.generate().toBase64());
        Path target = temp.resolve("target");

        Cli refused = importInto(target, wrongKey);

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.LEDGER);
        assertThat(refused.err()).contains(PrivacyErrorCode.PRIVACY_MASTER_KEY_WRONG.name(), "household:HN-101",
                "not this ledger's master key");
        assertThat(target).as("no keys, no database, nothing").doesNotExist();
    }

    @Test
    void theRecordedMasterKey_importsTheLedger_withANoticeThatItHasNoManifest() throws Exception {
        Path target = temp.resolve("target");

        Cli restore = importInto(target, copyOfTheFixture("master.key"));

        assertThat(restore.exitCode()).as(restore.toString()).isZero();
        assertThat(restore.out()).contains("restored 6 sự kiện");
        assertThat(restore.err()).contains("no manifest: the parts' completeness cannot be checked");
        assertThat(Cli.run("verify", "--plan", plan.toString(), "--ledger", target.toString()).exitCode()).isZero();
    }

    private Cli importInto(Path ledger, Path masterKeyFile) {
        return Cli.run("import", "--plan", plan.toString(), "--ledger", ledger.toString(), "--file", backup.toString(),
                "--master-key-file", masterKeyFile.toString());
    }

    private Path copyOfTheFixture(String name) throws Exception {
        try (InputStream in = ImportMasterKeyCliTest.class.getResourceAsStream(FIXTURE + name)) {
            assertThat(in).as("fixture file " + FIXTURE + name).isNotNull();
            Path copy = temp.resolve(name);
            Files.copy(in, copy);
            return copy;
        }
    }
}
