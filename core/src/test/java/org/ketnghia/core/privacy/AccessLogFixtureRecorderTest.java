package org.ketnghia.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the access-log fixture ({@link AccessLogFixture#record}) into the folder named by {@code
 * ketnghia.recordAccessLogFixture}, skipped otherwise; run once on 7 December 2026 before the log had stores of its
 * own. Kept to show how the fixture was made, never to remake it.
 */
class AccessLogFixtureRecorderTest {

    @Test
    @EnabledIfSystemProperty(named = "ketnghia.recordAccessLogFixture", matches = ".+")
    void recordsTheFixture() throws Exception {
        Path folder = Path.of(System.getProperty("ketnghia.recordAccessLogFixture"));
        Files.createDirectories(folder);

        AccessLogFixture.record(folder);

        assertThat(Files.readAllLines(folder.resolve(AccessLogFixture.FILE))).hasSize(AccessLogFixture.READS.size());
        assertThat(AccessLog.inFile(folder.resolve(AccessLogFixture.FILE)).verify()).isEmpty();
    }
}
