package org.ketnghia.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.privacy.MasterKey;

/**
 * A manifest signed with the master key ({@code ketnghia-backup-manifest-2}) carries an HMAC-SHA256 of its signed
 * content under a key derived from the master key: it reads back as written and verifies with that key; any value
 * changed (as whoever rewrites a part must change its line in the manifest), or another master key, fails the check;
 * an unsigned manifest says so; a signed format without its signature, or with an algorithm this version does not
 * know, is unreadable.
 */
class BackupManifestSignatureTest {

    private static final String EVENTS_SHA = "3f2a9c0b".repeat(8);
    private static final String KEYS_SHA = "77d01e4a".repeat(8);
    private static final String LOG_SHA = "0a1b2c3d".repeat(8);
    private static final String SOURCE = "backup.jsonl.manifest";
    /** The fixed test master key of the recorded fixtures: bytes 0x01 … 0x20. */
    private static final MasterKey TEST_KEY = MasterKey.of(bytesOneToThirtyTwo(), "test");

    private static final BackupManifest MANIFEST = new BackupManifest(Instant.parse("2026-12-08T03:15:00.120Z"), 1000,
            "9c1f", Map.of(BackupPart.ACCESS_LOG, new BackupPartSummary("backup.jsonl.access-log", 512, 4, LOG_SHA),
                    BackupPart.KEYS, new BackupPartSummary("backup.jsonl.keys", 91840, 820, KEYS_SHA),
                    BackupPart.EVENTS, new BackupPartSummary("backup.jsonl", 1843120, 1000, EVENTS_SHA)));

    @Test
    void theSignature_isHmacSha256OfTheSignedContent_underTheDerivedKey() {
        BackupManifest signed = MANIFEST.signedWith(TEST_KEY);

        assertThat(signed.format()).isEqualTo(BackupManifest.SIGNED_FORMAT);
        assertThat(new String(signed.signedContent(), StandardCharsets.UTF_8)).isEqualTo("""
                ketnghia-backup-manifest-2
                signature hmac-sha256 hkdf-sha256-expand/ketnghia-backup-manifest-signature-v1
                exportedAt 2026-12-08T03:15:00.120Z
                ledger.lastSequence 1000
                ledger.lastHash 4:9c1f
                part events
                file 12:backup.jsonl
                bytes 1843120
                lines 1000
                sha256 %s
                part keys
                file 17:backup.jsonl.keys
                bytes 91840
                lines 820
                sha256 %s
                part access-log
                file 23:backup.jsonl.access-log
                bytes 512
                lines 4
                sha256 %s
                """.formatted(EVENTS_SHA, KEYS_SHA, LOG_SHA));
        // computed apart from this code, from the documented content and key derivation
        assertThat(signed.signature()).contains(new BackupManifestSignature("hmac-sha256",
                "hkdf-sha256-expand/ketnghia-backup-manifest-signature-v1",
                "4b311628e87c9f56cb9270512fe9222c4ef2dce148784ddb04d2ce8a4bd95fd7"));
        assertThat(signed.checkSignature(TEST_KEY, SOURCE)).isEmpty();
    }

    @Test
    void aSignedManifest_isWrittenWithItsSignatureLast_andReadsBackAsWritten() {
        BackupManifest signed = MANIFEST.signedWith(TEST_KEY);

        String text = textOf(signed);

        assertThat(text).startsWith("{\n  \"format\" : \"ketnghia-backup-manifest-2\",")
                .endsWith("""
                          "signature" : {
                            "algorithm" : "hmac-sha256",
                            "keyDerivation" : "hkdf-sha256-expand/ketnghia-backup-manifest-signature-v1",
                            "value" : "4b311628e87c9f56cb9270512fe9222c4ef2dce148784ddb04d2ce8a4bd95fd7"
                          }
                        }
                        """);
        BackupManifest read = BackupManifest.read(new StringReader(text), SOURCE);
        assertThat(read).isEqualTo(signed);
        assertThat(read.checkSignature(TEST_KEY, SOURCE)).isEmpty();
        assertThat(textOf(MANIFEST)).as("unsigned: the first format, no signature").contains(BackupManifest.FORMAT)
                .doesNotContain("signature");
    }

    @Test
    void anyValueChanged_orAnotherMasterKey_failsTheSignature() {
        BackupManifestSignature signature = MANIFEST.signedWith(TEST_KEY).signature().orElseThrow();
        Map<BackupPart, BackupPartSummary> rewrittenEvents = new EnumMap<>(MANIFEST.parts());
        rewrittenEvents.put(BackupPart.EVENTS, new BackupPartSummary("backup.jsonl", 1843120, 1000, "00".repeat(32)));
        Map<BackupPart, BackupPartSummary> keysDropped = new EnumMap<>(MANIFEST.parts());
        keysDropped.remove(BackupPart.KEYS);

        for (BackupManifest forged : new BackupManifest[] {
            new BackupManifest(MANIFEST.exportedAt(), 1000, "9c1f", rewrittenEvents, Optional.of(signature)),
            new BackupManifest(MANIFEST.exportedAt(), 1000, "9c1e", MANIFEST.parts(), Optional.of(signature)),
            new BackupManifest(MANIFEST.exportedAt(), 1001, "9c1f", MANIFEST.parts(), Optional.of(signature)),
            new BackupManifest(MANIFEST.exportedAt().plusMillis(1), 1000, "9c1f", MANIFEST.parts(), Optional.of(signature)),
            new BackupManifest(MANIFEST.exportedAt(), 1000, "9c1f", keysDropped, Optional.of(signature))}) {
            assertThat(forged.checkSignature(TEST_KEY, SOURCE)).singleElement().satisfies(problem -> {
                assertThat(problem.code()).isEqualTo(StoreErrorCode.STORE_BACKUP_MANIFEST_SIGNATURE_INVALID);
                assertThat(problem.field()).isEqualTo(SOURCE);
            });
        }
        assertThat(MANIFEST.signedWith(TEST_KEY).checkSignature(MasterKey.generate(), SOURCE))
                .extracting(Problem::code).containsExactly(StoreErrorCode.STORE_BACKUP_MANIFEST_SIGNATURE_INVALID);
        assertThat(MANIFEST.checkSignature(TEST_KEY, SOURCE)).extracting(Problem::code)
                .containsExactly(StoreErrorCode.STORE_BACKUP_MANIFEST_UNSIGNED);
    }

    @Test
    void aSignedFormatWithoutItsSignature_orWithAnUnknownAlgorithm_isUnreadable() {
        String signed = textOf(MANIFEST.signedWith(TEST_KEY));
        String withoutSignature = textOf(MANIFEST).replace(BackupManifest.FORMAT, BackupManifest.SIGNED_FORMAT);

        assertUnreadable(withoutSignature, "no signature, which a manifest of format ketnghia-backup-manifest-2 has");
        assertUnreadable(signed.replace("\"hmac-sha256\"", "\"hmac-md5\""),
                "signature: a signature algorithm this version does not know: \"hmac-md5\"");
        assertUnreadable(signed.replace("signature-v1\"", "signature-v2\""), "a key derivation this version does not know");
        assertUnreadable(signed.replace("\"4b311628", "\"4B311628"), "64 lower-case hexadecimal digits");
    }

    @Test
    void aSignatureInTheUnsignedFormat_isPassedOver_asAnyPropertyItDoesNotKnow() {
        String unsignedWithASignature = textOf(MANIFEST.signedWith(TEST_KEY))
                .replace(BackupManifest.SIGNED_FORMAT, BackupManifest.FORMAT);

        BackupManifest read = BackupManifest.read(new StringReader(unsignedWithASignature), SOURCE);

        assertThat(read).isEqualTo(MANIFEST);
        assertThat(read.signature()).isEmpty();
        assertThat(BackupManifest.read(new StringReader(textOf(MANIFEST).replace("\"parts\"",
                "\"signature\" : \"not an object\", \"parts\"")), SOURCE)).isEqualTo(MANIFEST);
    }

    private static String textOf(BackupManifest manifest) {
        StringWriter written = new StringWriter();
        manifest.write(written);
        return written.toString();
    }

    private static void assertUnreadable(String text, String what) {
        assertThatThrownBy(() -> BackupManifest.read(new StringReader(text), SOURCE))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(StoreErrorCode.STORE_BACKUP_MANIFEST_UNREADABLE);
                    assertThat(e.problems().get(0).messageEn()).contains(what);
                });
    }

    private static byte[] bytesOneToThirtyTwo() {
        byte[] bytes = new byte[MasterKey.LENGTH];
        for (int index = 0; index < bytes.length; index++) {
            bytes[index] = (byte) (index + 1);
        }
        return bytes;
    }
}
