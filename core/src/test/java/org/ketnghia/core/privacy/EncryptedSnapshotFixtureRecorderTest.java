package org.ketnghia.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the sealed snapshot fixture ({@link EncryptedSnapshotFixture#record}) into the folder named by the system
 * property {@code ketnghia.recordEncryptedSnapshotFixture}; skipped otherwise. Run once, on 7 December 2026, before
 * snapshots were sealed in segments; kept to show how the fixture was made, never to remake it.
 */
class EncryptedSnapshotFixtureRecorderTest {

    @Test
    @EnabledIfSystemProperty(named = "ketnghia.recordEncryptedSnapshotFixture", matches = ".+")
    void recordsTheFixture() throws Exception {
        Path folder = Path.of(System.getProperty("ketnghia.recordEncryptedSnapshotFixture"));
        Files.createDirectories(folder);

        EncryptedSnapshotFixture.record(folder);

        assertThat(Files.readString(folder.resolve("snapshot.json"))).contains("stateSha256")
                .doesNotContain("Alăng");
        assertThat(Files.readString(folder.resolve("snapshot.keys")))
                .contains("\"subject\":\"" + EncryptedSnapshotStore.KEY_SUBJECT_PREFIX + "1\"");
    }
}
