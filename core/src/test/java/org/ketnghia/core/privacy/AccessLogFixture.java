package org.ketnghia.core.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * An access log written as a JSON Lines file by {@link AccessLog#inFile} on 7 December 2026, before the log had
 * stores of its own: five reads by three officials, with Vietnamese purposes and a time with nanoseconds. {@link
 * #record} is how it was made ({@link AccessLogFixtureRecorderTest}); {@link RecordedAccessLogTest} reads it.
 */
final class AccessLogFixture {

    /** The class-path folder of the fixture. */
    static final String FOLDER = "/fixtures/access-log-2026-12-07/";
    /** The log file's name in the folder. */
    static final String FILE = "access-log.jsonl";

    /** The reads the log holds, in order. */
    static final List<Read> READS = List.of(
            new Read(Instant.parse("2026-03-02T01:15:00Z"), "ubnd-a-xan", "COMMUNE_COMMITTEE", "QNA.TAY-GIANG.A-XAN",
                    "household:HN-001", "xác minh hồ sơ hộ nghèo"),
            new Read(Instant.parse("2026-03-02T01:17:30.5Z"), "ubnd-a-xan", "COMMUNE_COMMITTEE", "QNA.TAY-GIANG.A-XAN",
                    "household:HN-002", "đối chiếu danh sách niêm yết"),
            new Read(Instant.parse("2026-04-10T08:00:00.123456789Z"), "phong-ldtbxh-tay-giang", "DISTRICT_OFFICE",
                    "QNA.TAY-GIANG", "household:HN-001", "thẩm định hồ sơ hỗ trợ bò giống"),
            new Read(Instant.parse("2026-05-20T02:30:00Z"), "ubnd-tinh", "PROVINCIAL_COMMITTEE", "QNA",
                    "person:CB-017", "kiểm tra hồ sơ cán bộ được bồi dưỡng"),
            new Read(Instant.parse("2026-05-21T09:45:12Z"), "ubnd-a-xan", "COMMUNE_COMMITTEE", "QNA.TAY-GIANG.A-XAN",
                    "household:HN-003", "yêu cầu của chủ thể: bản sao dữ liệu"));

    private AccessLogFixture() {
    }

    /** One read as given to {@link AccessLog#append}. */
    record Read(Instant readAt, String actorId, String role, String unitCode, String subject, String purpose) {

        /** Appends this read to {@code log}. */
        AccessLogEntry appendTo(AccessLog log) {
            return log.append(readAt, actorId, role, unitCode, subject, purpose);
        }
    }

    /** The recorded file's text, exactly as stored. */
    static String text() {
        try (InputStream in = AccessLogFixture.class.getResourceAsStream(FOLDER + FILE)) {
            if (in == null) {
                throw new IllegalStateException("fixture missing: " + FOLDER + FILE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the recorded file in {@code folder}, for a test that opens or appends to it. */
    static Path copyInto(Path folder) throws IOException {
        Path copy = folder.resolve(FILE);
        Files.writeString(copy, text(), StandardCharsets.UTF_8);
        return copy;
    }

    /** Writes the log into {@code folder}; how the fixture was made. */
    static void record(Path folder) {
        AccessLog log = AccessLog.inFile(folder.resolve(FILE));
        READS.forEach(read -> read.appendTo(log));
    }
}
