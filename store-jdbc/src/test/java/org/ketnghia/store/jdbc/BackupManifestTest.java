package org.ketnghia.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;

/**
 * A backup's manifest names every part written with its size, lines and SHA-256, and tells a whole backup from one
 * missing a part, one cut exactly at a line's end, one that lost a line whole, one mixing two exports' parts, and one
 * with a part the export did not write; it reads back as written, and a manifest cut short is refused.
 */
class BackupManifestTest {

    private static final String EVENTS = "{\"sequence\":1}\n{\"sequence\":2}\n{\"sequence\":3}\n";
    private static final String KEYS = "{\"subject\":\"household:HN-1\",\"wrappedKey\":\"AAAA\"}\n"
            + "{\"subject\":\"household:HN-2\",\"erased\":true}\n"
            + "{\"subject\":\"household:HN-3\",\"wrappedKey\":\"BBBB\"}\n";
    private static final Instant EXPORTED_AT = Instant.parse("2026-12-08T03:15:00.120Z");

    @TempDir
    Path folder;

    Path events;
    Path keys;
    BackupManifest manifest;

    @BeforeEach
    void aBackupWithEventsAndKeys_andItsManifest() throws Exception {
        events = Files.writeString(folder.resolve("backup.jsonl"), EVENTS);
        keys = Files.writeString(folder.resolve("backup.jsonl.keys"), KEYS);
        manifest = new BackupManifest(EXPORTED_AT, 3, "hash-3", Map.of(BackupPart.EVENTS, BackupPartSummary.of(events),
                BackupPart.KEYS, BackupPartSummary.of(keys)));
    }

    @Test
    void aPartsSummary_isItsSizeLinesAndSha256() throws Exception {
        BackupPartSummary summary = BackupPartSummary.of(keys);

        assertThat(summary.file()).isEqualTo("backup.jsonl.keys");
        assertThat(summary.bytes()).isEqualTo(KEYS.getBytes(StandardCharsets.UTF_8).length);
        assertThat(summary.lines()).isEqualTo(3);
        assertThat(summary.sha256()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(KEYS.getBytes(StandardCharsets.UTF_8))));
        Path cutInsideALine = Files.writeString(folder.resolve("cut"), KEYS.substring(0, KEYS.length() - 5));
        assertThat(BackupPartSummary.of(cutInsideALine).lines()).as("a last line without its end counts").isEqualTo(3);
        assertThat(BackupPartSummary.of(Files.writeString(folder.resolve("empty"), "")).lines()).isZero();
    }

    @Test
    void aManifest_readsBackAsWritten_namingThePartsInOrder() {
        StringWriter written = new StringWriter();
        manifest.write(written);

        assertThat(written.toString()).contains("\"format\" : \"" + BackupManifest.FORMAT + "\"",
                "\"exportedAt\" : \"2026-12-08T03:15:00.120Z\"", "\"lastSequence\" : 3", "\"lastHash\" : \"hash-3\"",
                "\"file\" : \"backup.jsonl.keys\"", "\"lines\" : 3");
        assertThat(written.toString().indexOf("\"events\"")).isLessThan(written.toString().indexOf("\"keys\""));
        assertThat(BackupManifest.read(new StringReader(written.toString()), "backup.jsonl.manifest")).isEqualTo(manifest);
    }

    @Test
    void theWholeBackup_matchesItsManifest() {
        assertThat(manifest.check(events, "backup.jsonl.manifest")).isEmpty();
    }

    @Test
    void aPartMissing_isNamed() throws Exception {
        Files.delete(keys);

        assertThat(manifest.check(events, "backup.jsonl.manifest")).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(StoreErrorCode.STORE_BACKUP_PART_MISSING);
            assertThat(problem.field()).isEqualTo(keys.toString());
            assertThat(problem.messageEn()).isEqualTo("The backup is missing its keys part: the manifest"
                    + " backup.jsonl.manifest says it was written, but there is no file " + keys + ".");
        });
    }

    @Test
    void aPartCutExactlyAtALinesEnd_isNamed_withWhatDiffers() throws Exception {
        Files.writeString(events, "{\"sequence\":1}\n{\"sequence\":2}\n");

        assertThat(manifest.check(events, "m")).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(StoreErrorCode.STORE_BACKUP_PART_DIFFERS);
            assertThat(problem.field()).isEqualTo(events.toString());
            assertThat(problem.messageEn()).contains("The events part", "30 bytes (manifest: 45)",
                    "2 lines (manifest: 3)", "SHA-256 ");
        });
    }

    @Test
    void aKeysLineLostWhole_isNamed() throws Exception {
        Files.write(keys, List.of(KEYS.lines().toList().get(0), KEYS.lines().toList().get(2)));

        assertThat(manifest.check(events, "m")).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(StoreErrorCode.STORE_BACKUP_PART_DIFFERS);
            assertThat(problem.field()).isEqualTo(keys.toString());
            assertThat(problem.messageEn()).contains("The keys part", "2 lines (manifest: 3)");
        });
    }

    @Test
    void aPartOfTheSameSize_fromAnotherExport_differsInItsSha256Only() throws Exception {
        Files.writeString(keys, KEYS.replace("BBBB", "CCCC"));

        assertThat(manifest.check(events, "m")).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(StoreErrorCode.STORE_BACKUP_PART_DIFFERS);
            assertThat(problem.messageEn()).contains("SHA-256").doesNotContain("bytes (manifest", "lines (manifest")
                    .contains("belongs to another export");
        });
    }

    @Test
    void aPartTheExportDidNotWrite_isNamed() throws Exception {
        Path accessLog = Files.writeString(folder.resolve("backup.jsonl.access-log"), "{}\n");

        assertThat(manifest.check(events, "m")).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(StoreErrorCode.STORE_BACKUP_PART_NOT_LISTED);
            assertThat(problem.field()).isEqualTo(accessLog.toString());
            assertThat(problem.messageEn()).contains("access-log", "says this export wrote no such part");
        });
    }

    @Test
    void everyPartThatIsWrong_isNamedAtOnce() throws Exception {
        Files.delete(keys);
        Files.writeString(events, "{\"sequence\":1}\n");
        Files.writeString(folder.resolve("backup.jsonl.access-log"), "{}\n");

        assertThat(manifest.check(events, "m")).extracting(Problem::code).containsExactly(
                StoreErrorCode.STORE_BACKUP_PART_DIFFERS, StoreErrorCode.STORE_BACKUP_PART_MISSING,
                StoreErrorCode.STORE_BACKUP_PART_NOT_LISTED);
    }

    @Test
    void aPartAlreadyRead_isComparedAsItWasRead_notReadAgain() throws Exception {
        BackupPartSummary keysAsRead = BackupPartSummary.of(keys);
        BackupPartSummary eventsAsRead = BackupPartSummary.of(events);
        Files.writeString(keys, KEYS.replace("BBBB", "CCCC")); // changed on disk after it was read

        assertThat(manifest.check(events, "m", Map.of(BackupPart.KEYS, keysAsRead))).isEmpty();
        assertThat(manifest.check(events, "m")).extracting(Problem::code)
                .containsExactly(StoreErrorCode.STORE_BACKUP_PART_DIFFERS);
        assertThat(manifest.check(events, "m", Map.of(BackupPart.KEYS, BackupPartSummary.of(keys),
                BackupPart.EVENTS, eventsAsRead))).singleElement().satisfies(problem -> {
                    assertThat(problem.code()).isEqualTo(StoreErrorCode.STORE_BACKUP_PART_DIFFERS);
                    assertThat(problem.field()).isEqualTo(keys.toString());
                });
    }

    @Test
    void aManifestCutShort_anotherFormat_orAnUnknownPart_isRefused_namingIt() {
        StringWriter written = new StringWriter();
        manifest.write(written);
        String whole = written.toString();

        assertUnreadable(whole.substring(0, whole.length() - 20), "not JSON");
        assertUnreadable(whole.replace(BackupManifest.FORMAT, "ketnghia-backup-manifest-9"),
                "format \"ketnghia-backup-manifest-9\"");
        assertUnreadable(whole.replace("\"keys\" :", "\"photos\" :"), "a part this version does not know: \"photos\"");
        assertUnreadable(whole.replace("\"lines\" : 3,", "\"lines\" : \"3\","), "no whole number parts.events.lines");
    }

    private static void assertUnreadable(String text, String what) {
        assertThatThrownBy(() -> BackupManifest.read(new StringReader(text), "backup.jsonl.manifest"))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(StoreErrorCode.STORE_BACKUP_MANIFEST_UNREADABLE);
                    assertThat(e.field()).isEqualTo("backup.jsonl.manifest");
                    assertThat(e.messageEn()).contains("backup.jsonl.manifest", what);
                });
    }
}
