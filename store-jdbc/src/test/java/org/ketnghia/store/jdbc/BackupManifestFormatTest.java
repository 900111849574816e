package org.ketnghia.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;

/**
 * The manifest's file format stays as the first version wrote it (bảng kê sao lưu): the same bytes are written, a
 * manifest written then still reads, and each value missing or of the wrong kind is refused naming its field, as it
 * always was.
 */
class BackupManifestFormatTest {

    private static final String EVENTS_SHA = "3f2a9c0b".repeat(8);
    private static final String KEYS_SHA = "77d01e4a".repeat(8);
    private static final String LOG_SHA = "0a1b2c3d".repeat(8);

    private static final BackupManifest MANIFEST = new BackupManifest(Instant.parse("2026-12-08T03:15:00.120Z"), 1000,
            "9c1f", Map.of(BackupPart.ACCESS_LOG, new BackupPartSummary("backup.jsonl.access-log", 512, 4, LOG_SHA),
                    BackupPart.KEYS, new BackupPartSummary("backup.jsonl.keys", 91840, 820, KEYS_SHA),
                    BackupPart.EVENTS, new BackupPartSummary("backup.jsonl", 1843120, 1000, EVENTS_SHA)));

    /** A manifest exactly as the first version (the one that introduced manifests) wrote it. */
    private static final String AS_FIRST_WRITTEN = """
            {
              "format" : "ketnghia-backup-manifest-1",
              "exportedAt" : "2026-12-08T03:15:00.120Z",
              "ledger" : {
                "lastSequence" : 1000,
                "lastHash" : "9c1f"
              },
              "parts" : {
                "events" : {
                  "file" : "backup.jsonl",
                  "bytes" : 1843120,
                  "lines" : 1000,
                  "sha256" : "%s"
                },
                "keys" : {
                  "file" : "backup.jsonl.keys",
                  "bytes" : 91840,
                  "lines" : 820,
                  "sha256" : "%s"
                },
                "access-log" : {
                  "file" : "backup.jsonl.access-log",
                  "bytes" : 512,
                  "lines" : 4,
                  "sha256" : "%s"
                }
              }
            }
            """.formatted(EVENTS_SHA, KEYS_SHA, LOG_SHA);

    @Test
    void aManifest_isWrittenByteForByte_asTheFirstVersionWroteIt() {
        StringWriter written = new StringWriter();
        MANIFEST.write(written);

        assertThat(written.toString()).isEqualTo(AS_FIRST_WRITTEN);
    }

    @Test
    void aManifestTheFirstVersionWrote_stillReads() {
        assertThat(read(AS_FIRST_WRITTEN)).isEqualTo(MANIFEST);
    }

    @Test
    void aManifestOnOneLine_orWithAPropertyOfALaterVersion_reads() {
        String oneLine = AS_FIRST_WRITTEN.replaceAll("\\s*\n\\s*", "").replace(" : ", ":");
        String withMore = AS_FIRST_WRITTEN.replace("\"ledger\" : {", "\"host\" : \"ubnd-xa\", \"ledger\" : {");

        assertThat(read(oneLine)).isEqualTo(MANIFEST);
        assertThat(read(withMore)).isEqualTo(MANIFEST);
    }

    @Test
    void aValueMissing_orOfTheWrongKind_isRefused_namingItsField() {
        assertUnreadable(AS_FIRST_WRITTEN.replace("\"9c1f\"", "9"), "no ledger.lastHash");
        assertUnreadable(AS_FIRST_WRITTEN.replace("\"9c1f\"", "\" \""), "no ledger.lastHash");
        assertUnreadable(AS_FIRST_WRITTEN.replace("\"lastSequence\" : 1000,", ""), "no whole number ledger.lastSequence");
        assertUnreadable(AS_FIRST_WRITTEN.replace("\"lastSequence\" : 1000", "\"lastSequence\" : null"),
                "no whole number ledger.lastSequence");
        assertUnreadable(AS_FIRST_WRITTEN.replace("91840", "91840.5"), "no whole number parts.keys.bytes");
        assertUnreadable(AS_FIRST_WRITTEN.replace("91840", "91840.0"), "no whole number parts.keys.bytes");
        assertUnreadable(AS_FIRST_WRITTEN.replace("1843120", "99999999999999999999"),
                "no whole number parts.events.bytes");
        assertUnreadable(AS_FIRST_WRITTEN.replace("\"lines\" : 820", "\"lines\" : true"), "no whole number parts.keys.lines");
        assertUnreadable(AS_FIRST_WRITTEN.replace("\"backup.jsonl\"", "\"\""), "no parts.events.file");
        assertUnreadable(AS_FIRST_WRITTEN.replace("\"backup.jsonl\"", "false"), "no parts.events.file");
        assertUnreadable(AS_FIRST_WRITTEN.replace("\"9c1f\"", "{}"), "no ledger.lastHash");
        assertUnreadable(AS_FIRST_WRITTEN.replace("\"backup.jsonl.keys\"", "[]"), "no parts.keys.file");
        assertUnreadable(AS_FIRST_WRITTEN.replace("2026-12-08T03:15:00.120Z", "8 tháng 12"), "8 tháng 12");
        assertUnreadable(AS_FIRST_WRITTEN.replace("\"exportedAt\" : \"2026-12-08T03:15:00.120Z\",", ""),
                "no exportedAt");
    }

    @Test
    void aValueOutOfRange_isRefused_namingItsPart_andTheRule() {
        assertUnreadable(AS_FIRST_WRITTEN.replace("\"lines\" : 820", "\"lines\" : -1"),
                "parts.keys: a part holds at least as many bytes as lines, neither negative");
        assertUnreadable(AS_FIRST_WRITTEN.replace(KEYS_SHA, KEYS_SHA.toUpperCase()),
                "parts.keys: a SHA-256 is 64 lower-case hexadecimal digits");
        assertUnreadable(AS_FIRST_WRITTEN.replace("\"lastSequence\" : 1000", "\"lastSequence\" : -1"),
                "a ledger's last sequence is not negative: -1");
    }

    @Test
    void aDocumentOfAnotherShape_isRefused_forItsShape_andAnotherFormat_forItsFormat() {
        assertUnreadable("[]", "not a JSON object");
        assertUnreadable("{\"format\" : \"ketnghia-backup-manifest-1\", \"parts\" : []}", "no parts");
        assertUnreadable(AS_FIRST_WRITTEN.replace("\"format\" : \"ketnghia-backup-manifest-1\",", ""),
                "format \"\", where this version reads ketnghia-backup-manifest-1 or ketnghia-backup-manifest-2");
        assertUnreadable("{\"format\" : \"ketnghia-backup-manifest-3\", \"parts\" : [\"events\"]}",
                "format \"ketnghia-backup-manifest-3\", where this version reads ketnghia-backup-manifest-1 or"
                        + " ketnghia-backup-manifest-2");
        assertUnreadable(AS_FIRST_WRITTEN.replace("\"keys\" : {", "\"photos\" : {"),
                "a part this version does not know: \"photos\"");
        assertUnreadable("{\"format\" : \"ketnghia-backup-manifest-1\", \"exportedAt\" : \"2026-12-08T03:15:00Z\","
                + " \"ledger\" : {\"lastSequence\" : 1, \"lastHash\" : \"h\"}, \"parts\" : {\"keys\" : {\"file\" : \"k\","
                + " \"bytes\" : 1, \"lines\" : 1, \"sha256\" : \"" + KEYS_SHA + "\"}}}", "every backup has its events part");
    }

    private static BackupManifest read(String text) {
        return BackupManifest.read(new StringReader(text), "backup.jsonl.manifest");
    }

    private static void assertUnreadable(String text, String what) {
        assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(KetnghiaException.class, e -> {
            assertThat(e.code()).isEqualTo(StoreErrorCode.STORE_BACKUP_MANIFEST_UNREADABLE);
            assertThat(e.field()).isEqualTo("backup.jsonl.manifest");
            assertThat(e.messageEn()).contains("backup.jsonl.manifest", what);
        });
    }
}
