package org.ketnghia.store.jdbc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import javax.sql.DataSource;
import org.ketnghia.core.privacy.AccessLog;

/**
 * A separate JVM that appends reads to the access log of a database: it opens the log, prints {@code READY}, waits
 * for a line on its input (so that two writers start together), appends, and prints {@code DONE}.
 *
 * <p>Arguments: {@code h2 <directory>} or {@code postgres <url>}, the actor id, and the number of reads.
 */
public final class AccessLogWriter {

    private AccessLogWriter() {
    }

    public static void main(String[] args) throws IOException {
        DataSource dataSource = "h2".equals(args[0]) ? JdbcStores.h2(Path.of(args[1]))
                : JdbcStores.postgres(args[1], "ketnghia", "");
        String actor = args[2];
        int reads = Integer.parseInt(args[3]);
        try (JdbcAccessLogStore store = JdbcAccessLogStore.open(dataSource)) {
            AccessLog log = AccessLog.storedIn(store);
            System.out.println("READY");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            for (int read = 0; read < reads; read++) {
                log.append(Instant.parse("2026-06-01T02:00:00Z").plusSeconds(read), actor, "COMMUNE_COMMITTEE",
                        "QNA.TAY-GIANG.A-XAN", "household:" + actor + "-" + read, "đối chiếu hồ sơ");
            }
        }
        System.out.println("DONE");
    }
}
