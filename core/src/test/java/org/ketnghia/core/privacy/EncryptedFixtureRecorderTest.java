package org.ketnghia.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the encrypted fixture ({@link EncryptedFixture#record}) into the folder named by the system property
 * {@code ketnghia.recordEncryptedFixture}; skipped otherwise. Run once, on 6 December 2026, before the stored format
 * of personal fields changed; kept to show how the fixture was made, never to remake it.
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
}
