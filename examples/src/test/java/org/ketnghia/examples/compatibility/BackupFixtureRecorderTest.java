package org.ketnghia.examples.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.examples.KetnghiaCli;
import org.ketnghia.examples.host.LedgerAccessLog;

/**
 * Writes the backup fixture {@code backup-2026-12-08} ({@link RecordedBackup}) into the folder named by {@code
 * ketnghia.recordBackupFixture}, skipped otherwise: core's encrypted ledger of 6 December 2026 imported with its test
 * master key, one read logged, and exported with that key by the CLI of the day. Run once on 8 December 2026, before
 * manifests were signed; kept to show how the fixture was made, never to remake it.
 */
class BackupFixtureRecorderTest {

    /** Core's encrypted ledger on the test class path (examples' pom adds it from core's tests). */
    private static final String ENCRYPTED = "/fixtures/encrypted-ledger-2026-12-06/";

    @TempDir
    Path temp;

    @Test
    @EnabledIfSystemProperty(named = "ketnghia.recordBackupFixture", matches = ".+")
    void recordsTheFixture() throws Exception {
        Path folder = Path.of(System.getProperty("ketnghia.recordBackupFixture"));
        Files.createDirectories(folder);
        Path plan = Files.writeString(temp.resolve("programme.json"), RecordedFixture.programmeInTodaysFormat());
        Path events = copy("ledger.jsonl", temp);
        copy("ledger.jsonl.keys", temp);
        Path masterKey = copy("master.key", folder);
        Path ledger = temp.resolve("ledger");
        assertThat(cli("import", "--plan", plan.toString(), "--ledger", ledger.toString(), "--file", events.toString(),
                "--master-key-file", masterKey.toString())).isZero();
        try (LedgerAccessLog accessLog = LedgerAccessLog.open(ledger)) {
            accessLog.log().append(Instant.parse("2026-12-08T01:30:00Z"), "ubnd-a-xan", "COMMUNE_COMMITTEE",
                    "QNA.TAY-GIANG.A-XAN", "household:HN-101", "xác minh hồ sơ hộ nghèo");
        }

        assertThat(cli("export", "--plan", plan.toString(), "--ledger", ledger.toString(), "--file",
                folder.resolve(RecordedBackup.EVENTS).toString(), "--master-key-file", masterKey.toString())).isZero();

        for (String name : RecordedBackup.FILES) {
            assertThat(folder.resolve(name)).isRegularFile();
        }
    }

    private static int cli(String... args) {
        return KetnghiaCli.execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    private static Path copy(String name, Path folder) throws Exception {
        try (InputStream in = BackupFixtureRecorderTest.class.getResourceAsStream(ENCRYPTED + name)) {
            assertThat(in).as("fixture file " + ENCRYPTED + name).isNotNull();
            Path copy = folder.resolve(name);
            Files.copy(in, copy);
            return copy;
        }
    }
}
