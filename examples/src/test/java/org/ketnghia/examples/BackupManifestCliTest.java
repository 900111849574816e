package org.ketnghia.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.privacy.AccessLog;
import org.ketnghia.core.privacy.MasterKey;
import org.ketnghia.examples.cli.ExitCodes;
import org.ketnghia.examples.compatibility.RecordedFixture;
import org.ketnghia.examples.host.LedgerAccessLog;
import org.ketnghia.store.jdbc.StoreErrorCode;

/**
 * {@code export} writes, last, {@code <file>.manifest}: every part written with its bytes, lines and SHA-256, the
 * ledger's last sequence and hash and the time of export; {@code import} checks every part against it before it
 * writes anything, and refuses, naming the part and what differs, what no part's own check can see: a part missing, a
 * part cut exactly at a line's end, a keys line lost whole, a part of another export (a backup left half rewritten by a
 * crash between two moves), a part the export did not write, a manifest cut short. Exporting again over an earlier
 * export's manifest replaces it. The backups are of the recorded ledger of 4 December 2026 (its first events),
 * encrypted, with reads in its access log.
 */
class BackupManifestCliTest {

    /** Enough of the recorded ledger for a backup with every part, without encrypting all of it. */
    private static final int EVENTS = 1_000;
    private static final String NO_MANIFEST = "no manifest: the parts' completeness cannot be checked";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;

    static Path plan;
    static Path plain;
    static Path encrypted;
    /** The encrypted ledger's backup: events, keys, access log and manifest. */
    static Path backup;
    /** The same ledger's backup once one more read was logged: another export, to mix with the first. */
    static Path later;
    static Instant exportStarted;
    static Instant exportEnded;

    @TempDir
    Path temp;

    /** The recorded ledger's first events, encrypted, two reads logged, and exported; one more read, exported again. */
    @BeforeAll
    static void anEncryptedLedgerWithReads_isExportedTwice() throws Exception {
        plan = Files.writeString(shared.resolve("programme.json"), RecordedFixture.programmeInTodaysFormat());
        Path keyFile = Files.writeString(shared.resolve("master.key"), MasterKey.generate().toBase64());
        Path recorded = shared.resolve("recorded.jsonl");
        try (InputStream in = new GZIPInputStream(RecordedFixture.open("ledger.jsonl.gz"))) {
            Files.copy(in, recorded);
        }
        Path firstEvents = Files.write(shared.resolve("first-events.jsonl"),
                Files.readAllLines(recorded).subList(0, EVENTS));
        plain = shared.resolve("plain");
        assertSucceeds(Cli.run("import", "--plan", plan.toString(), "--ledger", plain.toString(), "--file",
                firstEvents.toString()));
        encrypted = shared.resolve("encrypted");
        assertSucceeds(Cli.run("encrypt-ledger", "--plan", plan.toString(), "--ledger", plain.toString(), "--to",
                encrypted.toString(), "--master-key-file", keyFile.toString()));
        logARead(Instant.parse("2021-03-02T01:15:00Z"), "xác minh hồ sơ hộ nghèo");
        logARead(Instant.parse("2021-04-10T08:00:00Z"), "thẩm định hồ sơ hỗ trợ bò giống");
        backup = shared.resolve("backup.jsonl");
        exportStarted = Instant.now();
        Cli export = Cli.run("export", "--plan", plan.toString(), "--ledger", encrypted.toString(), "--file",
                backup.toString());
        exportEnded = Instant.now();
        assertSucceeds(export);
        assertThat(export.out()).contains("manifest of the parts: " + manifestOf(backup));
        logARead(Instant.parse("2021-05-21T09:45:12Z"), "yêu cầu của chủ thể: bản sao dữ liệu");
        later = shared.resolve("later").resolve("backup.jsonl");
        assertSucceeds(Cli.run("export", "--plan", plan.toString(), "--ledger", encrypted.toString(), "--file",
                later.toString()));
    }

    @Test
    void export_writesTheManifest_namingEveryPartWithItsBytesLinesAndSha256_theLedgersEnd_andTheTime() throws Exception {
        JsonNode manifest = JSON.readTree(manifestOf(backup).toFile());
        List<String> events = Files.readAllLines(backup);
        JsonNode lastEvent = JSON.readTree(events.get(events.size() - 1));

        assertThat(manifest.path("format").asText()).isEqualTo("ketnghia-backup-manifest-1");
        assertThat(Instant.parse(manifest.path("exportedAt").asText())).isBetween(exportStarted, exportEnded);
        assertThat(manifest.path("ledger").path("lastSequence").asLong()).isEqualTo(EVENTS + 1) // + ledger-encrypted
                .isEqualTo(lastEvent.path("sequence").asLong());
        assertThat(manifest.path("ledger").path("lastHash").asText()).isEqualTo(lastEvent.path("hash").asText());
        assertThat(manifest.path("parts").fieldNames()).toIterable().containsExactly("events", "keys", "access-log");
        assertPartIs(manifest.path("parts").path("events"), backup);
        assertPartIs(manifest.path("parts").path("keys"), keysOf(backup));
        assertPartIs(manifest.path("parts").path("access-log"), accessLogOf(backup));
        assertThat(manifest.path("parts").path("access-log").path("lines").asLong()).isEqualTo(2);
        assertThat(shared).isDirectoryNotContaining("glob:**.partial");
    }

    @Test
    void theWholeBackup_importsWithoutANotice() throws Exception {
        Path copy = copyOfTheBackup(backup, "whole.jsonl");
        Path target = temp.resolve("target");

        Cli restore = importInto(target, copy);

        assertSucceeds(restore);
        assertThat(restore.err()).doesNotContain(NO_MANIFEST);
        assertThat(restore.out()).contains("restored " + (EVENTS + 1) + " sự kiện", "2 lượt đọc / reads");
    }

    @Test
    void withRequireManifest_aBackupWhoseManifestIsDeleted_isRefused_andWithItTheWholeBackupImports() throws Exception {
        Path copy = copyOfTheBackup(backup, "no-manifest.jsonl");
        Files.delete(manifestOf(copy));
        Path target = temp.resolve("target");

        Cli refused = Cli.run("import", "--plan", plan.toString(), "--ledger", target.toString(), "--file",
                copy.toString(), "--require-manifest");

        assertRefused(refused, target);
        assertThat(refused.err()).contains(StoreErrorCode.STORE_BACKUP_MANIFEST_MISSING.name(), "--file",
                "has no manifest " + manifestOf(copy));

        Cli whole = Cli.run("import", "--plan", plan.toString(), "--ledger", temp.resolve("whole").toString(), "--file",
                copyOfTheBackup(backup, "with-manifest.jsonl").toString(), "--require-manifest");
        assertSucceeds(whole);
        assertThat(whole.out()).contains("restored " + (EVENTS + 1) + " sự kiện");
    }

    @Test
    void aPartMissing_isRefused_namingIt_andNothingIsWritten() throws Exception {
        Path copy = copyOfTheBackup(backup, "missing.jsonl");
        Files.delete(accessLogOf(copy));
        Path target = temp.resolve("target");

        Cli refused = importInto(target, copy);

        assertRefused(refused, target);
        assertThat(refused.err()).contains(StoreErrorCode.STORE_BACKUP_PART_MISSING.name(), "missing its access-log part",
                "no file " + accessLogOf(copy));
    }

    @Test
    void theEventsCutExactlyAtALinesEnd_areRefused_thoughTheirChainIsWhole() throws Exception {
        Path copy = copyOfTheBackup(backup, "cut.jsonl");
        long bytes = Files.size(copy);
        Files.write(copy, Files.readAllLines(copy).subList(0, 900)); // a copy that stopped after a whole line
        Path target = temp.resolve("target");

        Cli refused = importInto(target, copy);

        assertRefused(refused, target);
        assertThat(refused.err()).doesNotContain(StoreErrorCode.STORE_CHAIN_BROKEN.name())
                .contains(StoreErrorCode.STORE_BACKUP_PART_DIFFERS.name(), "The events part of the backup (" + copy + ")",
                        "bytes (manifest: " + bytes + ")", "900 lines (manifest: " + (EVENTS + 1) + ")");
    }

    @Test
    void aKeysLineLostWhole_isRefused_namingTheKeysPart() throws Exception {
        Path copy = copyOfTheBackup(backup, "lost-key.jsonl");
        List<String> keys = new ArrayList<>(Files.readAllLines(keysOf(copy)));
        keys.remove(keys.size() / 2); // still a key backup, every line whole: only the manifest tells
        Files.write(keysOf(copy), keys);
        Path target = temp.resolve("target");

        Cli refused = importInto(target, copy);

        assertRefused(refused, target);
        assertThat(refused.err()).contains(StoreErrorCode.STORE_BACKUP_PART_DIFFERS.name(),
                "The keys part of the backup (" + keysOf(copy) + ")", keys.size() + " lines (manifest: " + (keys.size() + 1) + ")");
    }

    @Test
    void anAccessLogCutExactlyAtALinesEnd_isRefused() throws Exception {
        Path copy = copyOfTheBackup(backup, "cut-log.jsonl");
        Files.write(accessLogOf(copy), Files.readAllLines(accessLogOf(copy)).subList(0, 1)); // its chain still whole
        Path target = temp.resolve("target");

        Cli refused = importInto(target, copy);

        assertRefused(refused, target);
        assertThat(refused.err()).contains(StoreErrorCode.STORE_BACKUP_PART_DIFFERS.name(),
                "The access-log part of the backup (" + accessLogOf(copy) + ")", "1 lines (manifest: 2)");
    }

    @Test
    void aBackupLeftHalfRewritten_byACrashBetweenTwoMoves_isRefused_namingThePartOfTheOtherExport() throws Exception {
        Path copy = copyOfTheBackup(backup, "mixed.jsonl");
        // export moves the access log first: a crash right after leaves the later log beside the earlier parts
        Files.copy(accessLogOf(later), accessLogOf(copy), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path target = temp.resolve("target");

        Cli refused = importInto(target, copy);

        assertRefused(refused, target);
        assertThat(refused.err()).contains(StoreErrorCode.STORE_BACKUP_PART_DIFFERS.name(),
                "The access-log part of the backup (" + accessLogOf(copy) + ")", "3 lines (manifest: 2)",
                "belongs to another export").doesNotContain("The keys part", "The events part");
    }

    @Test
    void aPartTheExportDidNotWrite_isRefused() throws Exception {
        Path plainBackup = temp.resolve("plain.jsonl");
        assertSucceeds(Cli.run("export", "--plan", plan.toString(), "--ledger", plain.toString(), "--file",
                plainBackup.toString()));
        Files.copy(keysOf(backup), keysOf(plainBackup)); // another export's keys, beside events that need none
        Path target = temp.resolve("target");

        Cli refused = importInto(target, plainBackup);

        assertRefused(refused, target);
        assertThat(refused.err()).contains(StoreErrorCode.STORE_BACKUP_PART_NOT_LISTED.name(),
                "There is a file " + keysOf(plainBackup) + " (a keys part)");
    }

    @Test
    void aManifestCutShort_isRefused_namingIt() throws Exception {
        Path copy = copyOfTheBackup(backup, "cut-manifest.jsonl");
        byte[] whole = Files.readAllBytes(manifestOf(copy));
        Files.write(manifestOf(copy), Arrays.copyOf(whole, whole.length / 2));
        Path target = temp.resolve("target");

        Cli refused = importInto(target, copy);

        assertRefused(refused, target);
        assertThat(refused.err()).contains(StoreErrorCode.STORE_BACKUP_MANIFEST_UNREADABLE.name(),
                "The backup's manifest (" + manifestOf(copy) + ") cannot be read", "not JSON");
    }

    @Test
    void exportingAgainOverAnEarlierExportsManifest_replacesIt_leavingAHardLinkedCopyAsItWas() throws Exception {
        Path again = temp.resolve("again.jsonl");
        Path earlier = Files.copy(manifestOf(backup), temp.resolve("earlier.manifest"));
        Files.createLink(manifestOf(again), earlier); // a backup rotation that links the earlier copy's files

        assertSucceeds(Cli.run("export", "--plan", plan.toString(), "--ledger", plain.toString(), "--file",
                again.toString()));

        JsonNode manifest = JSON.readTree(manifestOf(again).toFile());
        assertThat(manifest.path("parts").fieldNames()).toIterable().containsExactly("events");
        assertPartIs(manifest.path("parts").path("events"), again);
        assertThat(Files.mismatch(earlier, manifestOf(backup))).as("not written through the link").isEqualTo(-1L);
        assertThat(temp).isDirectoryNotContaining("glob:**.partial");
        Cli restore = importInto(temp.resolve("target"), again);
        assertSucceeds(restore);
        assertThat(restore.err()).doesNotContain(NO_MANIFEST);
    }

    private static void logARead(Instant at, String purpose) {
        try (LedgerAccessLog accessLog = LedgerAccessLog.open(encrypted)) {
            AccessLog log = accessLog.log();
            log.append(at, "ubnd-a-xan", "COMMUNE_COMMITTEE", "QNA.TAY-GIANG.A-XAN", "household:sim-to-1-TT", purpose);
        }
    }

    /** The manifest's entry for a part is that file: its name, bytes, lines and SHA-256. */
    private static void assertPartIs(JsonNode part, Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(part.path("file").asText()).isEqualTo(file.getFileName().toString());
        assertThat(part.path("bytes").asLong()).isEqualTo(bytes.length);
        assertThat(part.path("lines").asLong()).isEqualTo(Files.readAllLines(file).size());
        assertThat(part.path("sha256").asText())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    }

    private static void assertRefused(Cli refused, Path target) {
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.LEDGER);
        assertThat(refused.err()).doesNotContain(NO_MANIFEST);
        assertThat(target).as("no keys, no database, nothing").doesNotExist();
    }

    private static Cli importInto(Path ledger, Path backupFile) {
        return Cli.run("import", "--plan", plan.toString(), "--ledger", ledger.toString(), "--file", backupFile.toString());
    }

    private static void assertSucceeds(Cli cli) {
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
    }

    /** A copy of every file of a backup (events, keys, access log, manifest), under this test's folder. */
    private Path copyOfTheBackup(Path original, String name) throws Exception {
        Path copy = Files.copy(original, temp.resolve(name));
        Files.copy(keysOf(original), keysOf(copy));
        Files.copy(accessLogOf(original), accessLogOf(copy));
        Files.copy(manifestOf(original), manifestOf(copy));
        return copy;
    }

    private static Path keysOf(Path backupFile) {
        return backupFile.resolveSibling(backupFile.getFileName() + ".keys");
    }

    private static Path accessLogOf(Path backupFile) {
        return backupFile.resolveSibling(backupFile.getFileName() + ".access-log");
    }

    private static Path manifestOf(Path backupFile) {
        return backupFile.resolveSibling(backupFile.getFileName() + ".manifest");
    }
}
