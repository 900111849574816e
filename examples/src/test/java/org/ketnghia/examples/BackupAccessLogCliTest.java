package org.ketnghia.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.privacy.AccessLog;
import org.ketnghia.core.privacy.AccessLogEntry;
import org.ketnghia.core.privacy.PrivacyErrorCode;
import org.ketnghia.examples.cli.ExitCodes;
import org.ketnghia.examples.compatibility.RecordedFixture;
import org.ketnghia.examples.host.LedgerAccessLog;
import org.ketnghia.store.jdbc.JdbcStores;

/**
 * {@code export} and {@code import} carry the access log of personal-data reads in the backup ({@code
 * <file>.access-log}, beside the events): the reads come over exactly, chain and all; a backup of an earlier version
 * (the recorded export of 4 December 2026, which has no access log and no manifest) imports as it always has, with a
 * notice that its completeness cannot be checked, and exports again to the same bytes; a broken access-log part
 * is refused, naming the file and the entry, and nothing is imported.
 */
class BackupAccessLogCliTest {

    /** Enough of the recorded ledger for a backup, without restoring all of it for every test. */
    private static final int EVENTS = 1_000;

    @TempDir
    static Path shared;

    static Path plan;
    static Path recordedBackup;
    static Path source;
    static Path backup;
    static List<AccessLogEntry> reads;

    @TempDir
    Path temp;

    /** The recorded ledger's first events imported into a ledger, three reads logged there, and its backup exported. */
    @BeforeAll
    static void aLedgerWithReadsOfPersonalData_isExported() throws Exception {
        plan = Files.writeString(shared.resolve("programme.json"), RecordedFixture.programmeInTodaysFormat());
        recordedBackup = shared.resolve("recorded.jsonl");
        try (InputStream in = new GZIPInputStream(RecordedFixture.open("ledger.jsonl.gz"))) {
            Files.copy(in, recordedBackup);
        }
        Path firstEvents = Files.write(shared.resolve("first-events.jsonl"),
                Files.readAllLines(recordedBackup).subList(0, EVENTS));
        source = shared.resolve("source");
        Cli imported = Cli.run("import", "--plan", plan.toString(), "--ledger", source.toString(), "--file",
                firstEvents.toString());
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        try (LedgerAccessLog accessLog = LedgerAccessLog.open(source)) {
            AccessLog log = accessLog.log();
            log.append(Instant.parse("2021-03-02T01:15:00Z"), "ubnd-a-xan", "COMMUNE_COMMITTEE", "QNA.TAY-GIANG.A-XAN",
                    "household:sim-to-1-TT", "xác minh hồ sơ hộ nghèo");
            log.append(Instant.parse("2021-04-10T08:00:00.123456789Z"), "phong-ldtbxh-tay-giang", "DISTRICT_OFFICE",
                    "QNA.TAY-GIANG", "household:sim-to-1-TT", "thẩm định hồ sơ hỗ trợ bò giống");
            log.append(Instant.parse("2021-05-21T09:45:12Z"), "ubnd-a-xan", "COMMUNE_COMMITTEE", "QNA.TAY-GIANG.A-XAN",
                    "household:sim-to-2-TT", "yêu cầu của chủ thể: bản sao dữ liệu");
        }
        reads = accessLogOf(source);
        backup = shared.resolve("backup.jsonl");
        Cli export = Cli.run("export", "--plan", plan.toString(), "--ledger", source.toString(), "--file",
                backup.toString());
        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(export.out()).contains("3 lượt đọc / reads to " + accessLogPartOf(backup));
    }

    @Test
    void exportThenImport_carriesTheReadsOverExactly_andTheirChainGoesOnInTheNewLedger() throws Exception {
        assertThat(reads).hasSize(3);
        assertThat(Files.readAllLines(backup)).hasSize(EVENTS);
        assertThat(Files.readAllLines(accessLogPartOf(backup))).hasSize(3).allMatch(line -> line.contains("\"hash\":"));
        Path copy = temp.resolve("copy");

        Cli restore = Cli.run("import", "--plan", plan.toString(), "--ledger", copy.toString(), "--file", backup.toString());

        assertThat(restore.exitCode()).as(restore.toString()).isZero();
        assertThat(restore.out()).contains("3 lượt đọc / reads, chuỗi băm toàn vẹn / chain intact")
                .contains("restored " + EVENTS + " sự kiện");
        assertThat(accessLogOf(copy)).isEqualTo(reads);
        try (LedgerAccessLog accessLog = LedgerAccessLog.open(copy)) {
            AccessLogEntry next = accessLog.log().append(Instant.parse("2021-06-01T02:00:00Z"), "ubnd-a-xan",
                    "COMMUNE_COMMITTEE", "QNA.TAY-GIANG.A-XAN", "household:sim-to-1-TT", "kiểm tra sau khi khôi phục");
            assertThat(next.sequence()).isEqualTo(4);
            assertThat(next.previousHash()).isEqualTo(reads.get(2).hash());
            assertThat(accessLog.log().verify()).isEmpty();
        }
        assertThat(Cli.run("verify", "--plan", plan.toString(), "--ledger", copy.toString()).exitCode()).isZero();
    }

    @Test
    void aBackupOfAnEarlierVersion_withoutAnAccessLogOrManifest_importsAsItAlwaysHas_andExportsToTheSameBytes() throws Exception {
        Path ledger = temp.resolve("recorded");

        Cli restore = Cli.run("import", "--plan", plan.toString(), "--ledger", ledger.toString(), "--file",
                recordedBackup.toString());

        assertThat(restore.exitCode()).as(restore.toString()).isZero();
        // the position restored, to compare with the one the ledger is known to have reached: the fixture's last line
        assertThat(restore.out()).isEqualTo("Đã khôi phục / restored 26643 sự kiện / events into " + ledger
                + System.lineSeparator() + "Sự kiện cuối / last event: 26643, mã băm / hash "
                + "8ce6709006b09ce92f1e5f55e80a68cfeea7c43a030aea97dbabd62bce0ee5bc" + System.lineSeparator());
        assertThat(restore.err()).as("a notice, not an error").contains("Notice: no manifest: the parts' completeness"
                + " cannot be checked").doesNotContain("refused");
        assertThat(accessLogOf(ledger)).isEmpty();
        Path again = temp.resolve("again.jsonl");
        Files.writeString(accessLogPartOf(again), Files.readString(accessLogPartOf(backup))); // an earlier export's, stale
        Cli export = Cli.run("export", "--plan", plan.toString(), "--ledger", ledger.toString(), "--file", again.toString());
        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(Files.mismatch(again, recordedBackup)).isEqualTo(-1L);
        assertThat(accessLogPartOf(again)).as("no reads, no access-log part: the stale one is gone").doesNotExist();
        JsonNode manifest = new ObjectMapper().readTree(again.resolveSibling("again.jsonl.manifest").toFile());
        assertThat(manifest.path("parts").fieldNames()).toIterable().as("the stale access log is not named")
                .containsExactly("events");
        assertThat(manifest.path("parts").path("events").path("sha256").asText()).isEqualTo(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(recordedBackup))));
        assertThat(manifest.path("ledger").path("lastSequence").asLong()).isEqualTo(26643);
        assertThat(temp).isDirectoryNotContaining("glob:**.partial");
    }

    @Test
    void anAlteredRead_isRefused_namingTheFileAndTheEntry_andNothingIsImported() throws Exception {
        Path altered = copyOfTheBackup("altered.jsonl");
        Path part = accessLogPartOf(altered);
        Files.writeString(part, Files.readString(part).replace("thẩm định hồ sơ", "xem cho biết"));
        Path target = temp.resolve("target");

        Cli restore = Cli.run("import", "--plan", plan.toString(), "--ledger", target.toString(), "--file", altered.toString());

        assertThat(restore.exitCode()).as(restore.toString()).isEqualTo(ExitCodes.LEDGER);
        assertThat(restore.err()).contains(PrivacyErrorCode.PRIVACY_ACCESS_LOG_BROKEN.name(), part.toString(), "entry 2");
        assertThat(target).doesNotExist();
    }

    @Test
    void aReadCutShort_isRefused_namingTheFileTheEntryAndTheLine_andNothingIsImported() throws Exception {
        Path cut = copyOfTheBackup("cut.jsonl");
        Path part = accessLogPartOf(cut);
        byte[] whole = Files.readAllBytes(part);
        // cut inside the last read's purpose, between the two bytes of "ủ" in "chủ thể", as a copy that stopped short
        int inside = new String(whole, StandardCharsets.UTF_8).lastIndexOf("ủ thể");
        int cutAt = new String(whole, StandardCharsets.UTF_8).substring(0, inside).getBytes(StandardCharsets.UTF_8).length + 1;
        Files.write(part, Arrays.copyOf(whole, cutAt));
        Path target = temp.resolve("target");

        Cli restore = Cli.run("import", "--plan", plan.toString(), "--ledger", target.toString(), "--file", cut.toString());

        assertThat(restore.exitCode()).as(restore.toString()).isEqualTo(ExitCodes.LEDGER);
        assertThat(restore.err()).contains(PrivacyErrorCode.PRIVACY_ACCESS_LOG_UNREADABLE.name(), part.toString(),
                "Entry 3", "line 3", "cut short");
        assertThat(target).doesNotExist();

        Files.write(part, whole); // the whole file again, from another copy of the backup
        Cli mended = Cli.run("import", "--plan", plan.toString(), "--ledger", target.toString(), "--file", cut.toString());
        assertThat(mended.exitCode()).as(mended.toString()).isZero();
        assertThat(accessLogOf(target)).isEqualTo(reads);
    }

    @Test
    void aLedgerWhoseAccessLogHoldsReads_isRefused_beforeAnyEventIsImported() throws Exception {
        Path target = temp.resolve("target");
        try (LedgerAccessLog accessLog = LedgerAccessLog.open(target)) {
            accessLog.log().append(Instant.parse("2021-01-04T02:00:00Z"), "ubnd-a-xan", "COMMUNE_COMMITTEE",
                    "QNA.TAY-GIANG.A-XAN", "household:sim-to-1-TT", "đọc trước khi khôi phục");
        }
        List<AccessLogEntry> before = accessLogOf(target);

        Cli restore = Cli.run("import", "--plan", plan.toString(), "--ledger", target.toString(), "--file", backup.toString());

        assertThat(restore.exitCode()).as(restore.toString()).isEqualTo(ExitCodes.LEDGER);
        assertThat(restore.err()).contains("access log is not empty");
        assertThat(accessLogOf(target)).isEqualTo(before);
        try (Connection connection = JdbcStores.h2(target).getConnection();
                ResultSet events = connection.createStatement().executeQuery("SELECT COUNT(*) FROM ledger_event")) {
            events.next();
            assertThat(events.getLong(1)).isZero();
        }
    }

    /** A copy of the backup's events and access-log part, under this test's folder. */
    private Path copyOfTheBackup(String name) throws Exception {
        Path copy = Files.copy(backup, temp.resolve(name));
        Files.copy(accessLogPartOf(backup), accessLogPartOf(copy));
        return copy;
    }

    private static Path accessLogPartOf(Path backupFile) {
        return backupFile.resolveSibling(backupFile.getFileName() + ".access-log");
    }

    /** The entries of the access log in the ledger's database, after checking that its chain is whole. */
    private static List<AccessLogEntry> accessLogOf(Path ledger) {
        try (LedgerAccessLog accessLog = LedgerAccessLog.open(ledger)) {
            assertThat(accessLog.log().verify()).isEmpty();
            return accessLog.log().entries();
        }
    }
}
