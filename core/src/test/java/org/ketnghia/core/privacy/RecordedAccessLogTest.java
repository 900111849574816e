package org.ketnghia.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.privacy.AccessLogFixture.Read;

/**
 * The access log recorded on 7 December 2026 as a JSON Lines file ({@link AccessLogFixture}) still opens, verifies,
 * holds its reads as recorded, takes new reads in the same format, and is what today's code writes for the same
 * reads, byte for byte.
 */
class RecordedAccessLogTest {

    @TempDir
    Path folder;

    @Test
    void theRecordedFile_opensVerifies_andHoldsItsReadsAsRecorded() throws Exception {
        AccessLog log = AccessLog.inFile(AccessLogFixture.copyInto(folder));

        assertThat(log.verify()).isEmpty();
        assertThat(log.entries()).extracting(AccessLogEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(log.entries()).extracting(entry -> new Read(entry.readAt(), entry.actorId(), entry.role(),
                entry.unitCode(), entry.subject(), entry.purpose())).containsExactlyElementsOf(AccessLogFixture.READS);
        assertThat(log.entries().get(2).readAt()).isEqualTo(Instant.parse("2026-04-10T08:00:00.123456789Z"));
        assertThat(log.entries().get(4).hash())
                .isEqualTo("4a6fdb8223137dcc91f236ff4bdd7bab310c3cc1a41e981069f5d64afa91359e");
    }

    @Test
    void theSameReads_areWrittenAsTheRecordedBytes() {
        AccessLog log = AccessLog.inFile(folder.resolve("again.jsonl"));

        AccessLogFixture.READS.forEach(read -> read.appendTo(log));

        assertThat(folder.resolve("again.jsonl")).hasContent(AccessLogFixture.text());
    }

    @Test
    void theRecordedFile_takesANewRead_chainedToItsLast_andLeavesItsLinesAsTheyWere() throws Exception {
        Path file = AccessLogFixture.copyInto(folder);
        String lastHash = AccessLog.inFile(file).entries().get(4).hash();

        AccessLogEntry appended = AccessLog.inFile(file).append(Instant.parse("2026-12-07T03:00:00Z"), "ubnd-a-xan",
                "COMMUNE_COMMITTEE", "QNA.TAY-GIANG.A-XAN", "household:HN-004", "rà soát hộ cận nghèo");

        assertThat(appended.sequence()).isEqualTo(6);
        assertThat(appended.previousHash()).isEqualTo(lastHash);
        AccessLog reopened = AccessLog.inFile(file);
        assertThat(reopened.verify()).isEmpty();
        assertThat(reopened.entries()).hasSize(6);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(String.join("\n", lines.subList(0, 5)) + "\n").isEqualTo(AccessLogFixture.text());
    }

    @Test
    void anAlteredPurposeInTheRecordedFile_breaksTheChainAtThatRead() throws Exception {
        Path file = AccessLogFixture.copyInto(folder);
        Files.writeString(file, Files.readString(file).replace("thẩm định hồ sơ", "xem cho biết"));

        assertThat(AccessLog.inFile(file).verify()).contains(3L);
    }
}
