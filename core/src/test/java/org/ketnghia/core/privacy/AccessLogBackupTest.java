package org.ketnghia.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.error.KetnghiaException;

/** The recorded JSON Lines log ({@link AccessLogFixture}) backed up and restored as a ledger's backup part. */
class AccessLogBackupTest {

    private static final String PART = "backup.jsonl.access-log";

    @TempDir
    Path folder;

    @Test
    void theRecordedLog_isBackedUpInItsOwnFormat_andRestoredAsItWas_theChainGoingOn() throws Exception {
        AccessLog recorded = AccessLog.inFile(AccessLogFixture.copyInto(folder));
        StringWriter backup = new StringWriter();

        assertThat(AccessLogBackup.export(recorded, "access_log", backup)).isEqualTo(5);
        assertThat(backup.toString()).isEqualTo(AccessLogFixture.text());

        List<AccessLogEntry> read = AccessLogBackup.read(reader(backup.toString()), PART);
        InMemoryAccessLogStore restored = new InMemoryAccessLogStore();
        assertThat(AccessLogBackup.restore(read, PART, restored)).isEqualTo(5);
        assertThat(restored.entries()).isEqualTo(recorded.entries());
        AccessLogEntry next = AccessLog.storedIn(restored).append(Instant.parse("2026-12-07T03:00:00Z"), "ubnd-a-xan",
                "COMMUNE_COMMITTEE", "QNA.TAY-GIANG.A-XAN", "household:HN-004", "rà soát hộ cận nghèo");
        assertThat(next.previousHash()).isEqualTo(recorded.entries().get(4).hash());
        assertThat(AccessLog.storedIn(restored).verify()).isEmpty();
    }

    @Test
    void anAlteredEntry_isRefusedOnReading_namingThePartAndTheEntry() {
        String altered = AccessLogFixture.text().replace("thẩm định hồ sơ", "xem cho biết");

        assertThatThrownBy(() -> AccessLogBackup.read(reader(altered), PART))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(PrivacyErrorCode.PRIVACY_ACCESS_LOG_BROKEN);
                    assertThat(e.problems().get(0).arguments()).containsExactly(PART, "3");
                    assertThat(e.getMessage()).contains(PART, "entry 3");
                });
    }

    @Test
    void aLineCutShort_isRefusedOnReading_namingThePartTheEntryAndTheLine() {
        String text = AccessLogFixture.text();
        String cut = text.substring(0, text.lastIndexOf("\"purpose\""));

        assertThatThrownBy(() -> AccessLogBackup.read(reader(cut), PART))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(PrivacyErrorCode.PRIVACY_ACCESS_LOG_UNREADABLE);
                    assertThat(e.problems().get(0).arguments()).startsWith(PART, "5", "5");
                    assertThat(e.getMessage()).contains(PART, "Entry 5", "line 5", "cut short");
                });
    }

    @Test
    void aRemovedEntry_isRefusedOnReading_atThePlaceItLeft() {
        List<String> lines = AccessLogFixture.text().lines().toList();
        String withoutTheSecond = lines.get(0) + "\n" + String.join("\n", lines.subList(2, lines.size())) + "\n";

        assertThatThrownBy(() -> AccessLogBackup.read(reader(withoutTheSecond), PART))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.problems().get(0).arguments()).containsExactly(PART, "2"));
    }

    @Test
    void restoringIntoALogThatHoldsEntries_isRefused_keepingNothing() throws Exception {
        List<AccessLogEntry> backup = AccessLogBackup.read(reader(AccessLogFixture.text()), PART);
        InMemoryAccessLogStore target = new InMemoryAccessLogStore();
        AccessLogEntry own = AccessLog.storedIn(target).append(Instant.parse("2026-01-05T02:00:00Z"), "ubnd-tinh",
                "PROVINCIAL_COMMITTEE", "QNA", "person:CB-001", "kiểm tra");

        assertThatThrownBy(() -> AccessLogBackup.restore(backup, PART, target))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(PrivacyErrorCode.PRIVACY_ACCESS_LOG_CARRY_OVER_REFUSED));
        assertThat(target.entries()).containsExactly(own);
    }

    @Test
    void aBrokenLog_isNeitherExportedNorRestored() throws Exception {
        Path file = AccessLogFixture.copyInto(folder);
        Files.writeString(file, Files.readString(file).replace("thẩm định hồ sơ", "xem cho biết"));
        AccessLog broken = AccessLog.inFile(file);
        StringWriter backup = new StringWriter();
        InMemoryAccessLogStore target = new InMemoryAccessLogStore();

        assertThatThrownBy(() -> AccessLogBackup.export(broken, "access_log", backup))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.problems().get(0).arguments()).containsExactly("access_log", "3"));
        assertThat(backup.toString()).isEmpty();
        assertThatThrownBy(() -> AccessLogBackup.restore(broken.entries(), PART, target))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(PrivacyErrorCode.PRIVACY_ACCESS_LOG_BROKEN));
        assertThat(target.entries()).isEmpty();
    }

    private static BufferedReader reader(String text) {
        return new BufferedReader(new StringReader(text));
    }
}
