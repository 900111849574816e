package org.ketnghia.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the encrypted fixtures into the folder named by a system property, each skipped otherwise: the ledger ({@link
 * EncryptedFixture#record}, {@code ketnghia.recordEncryptedFixture}), run once on 6 December 2026 before the stored
 * format of personal fields changed, and its sealed snapshot ({@link EncryptedSnapshotFixture#record}, {@code
 * ketnghia.recordEncryptedSnapshotFixture}), run once on 7 December 2026 before snapshots were sealed in segments,
 * and the ledgers with households merged ({@link MergedHouseholdsFixture#record}, {@code
 * ketnghia.recordMergedHouseholdsFixture}), run once on 7 December 2026 while a merge kept the absorbed members'
 * names in the clear. Kept to show how the fixtures were made, never to remake them.
 */
class EncryptedFixtureRecorderTest {

    @Test
    @EnabledIfSystemProperty(named = "ketnghia.recordEncryptedFixture", matches = ".+")
    void recordsTheFixture() throws Exception {
        Path folder = Path.of(System.getProperty("ketnghia.recordEncryptedFixture"));
        Files.createDirectories(folder);

        EncryptedFixture.record(folder);

        assertThat(Files.readString(folder.resolve("ledger.jsonl"))).contains(PayloadProtection.MARKER)
                .doesNotContain(EncryptedFixture.ERASED_ID_NUMBER);
        assertThat(Files.readString(folder.resolve("ledger.jsonl.keys")))
                .contains("{\"subject\":\"household:" + EncryptedFixture.ERASED_HOUSEHOLD + "\",\"erased\":true}");
    }

    @Test
    @EnabledIfSystemProperty(named = "ketnghia.recordEncryptedSnapshotFixture", matches = ".+")
    void recordsTheSnapshotFixture() throws Exception {
        Path folder = Path.of(System.getProperty("ketnghia.recordEncryptedSnapshotFixture"));
        Files.createDirectories(folder);

        EncryptedSnapshotFixture.record(folder);

        assertThat(Files.readString(folder.resolve("snapshot.json"))).contains("stateSha256").doesNotContain("Alăng");
        assertThat(Files.readString(folder.resolve("snapshot.keys")))
                .contains("\"subject\":\"" + EncryptedSnapshotStore.KEY_SUBJECT_PREFIX + "1\"");
    }

    @Test
    @EnabledIfSystemProperty(named = "ketnghia.recordMergedHouseholdsFixture", matches = ".+")
    void recordsTheMergedHouseholdsFixture() throws Exception {
        Path folder = Path.of(System.getProperty("ketnghia.recordMergedHouseholdsFixture"));
        Files.createDirectories(folder);

        MergedHouseholdsFixture.record(folder);

        assertThat(Files.readString(folder.resolve(MergedHouseholdsFixture.PLAIN)))
                .doesNotContain(PayloadProtection.MARKER).contains("\"relations\":{\"Alăng Văn Bốn\":\"PARENT\"");
        assertThat(Files.readString(folder.resolve(MergedHouseholdsFixture.ENCRYPTED))).contains(PayloadProtection.MARKER)
                .doesNotContain("049150000202").contains("\"relations\":{\"Alăng Văn Bốn\":\"PARENT\"");
        assertThat(Files.readString(folder.resolve(MergedHouseholdsFixture.ENCRYPTED + ".keys")))
                .contains("\"subject\":\"household:" + MergedHouseholdsFixture.RECEIVING + "\"");
    }
}
