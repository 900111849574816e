package org.ketnghia.training.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.ketnghia.core.privacy.PayloadProtection;

/**
 * Writes the attendance fixture ({@link AttendanceFixture#record}) into the folder named by the system property {@code
 * ketnghia.recordAttendanceFixture}, skipped otherwise: run once on 7 December 2026 while a household's attendance
 * kept its members' names in the clear in an encrypted ledger. Kept to show how the fixture was made, never to remake
 * it.
 */
class AttendanceFixtureRecorderTest {

    @Test
    @EnabledIfSystemProperty(named = "ketnghia.recordAttendanceFixture", matches = ".+")
    void recordsTheAttendanceFixture() throws Exception {
        Path folder = Path.of(System.getProperty("ketnghia.recordAttendanceFixture"));
        Files.createDirectories(folder);

        AttendanceFixture.record(folder);

        assertThat(Files.readString(folder.resolve(AttendanceFixture.PLAIN))).doesNotContain(PayloadProtection.MARKER);
        assertThat(Files.readString(folder.resolve(AttendanceFixture.ENCRYPTED))).contains(PayloadProtection.MARKER)
                .contains("\"memberName\":\"Zơrâm Thị Lan\"");
    }
}
