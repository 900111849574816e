package org.ketnghia.store.jdbc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.ketnghia.core.privacy.AccessLogCarryOver;
import org.ketnghia.core.privacy.JsonLinesAccessLogStore;

/**
 * A separate JVM that carries a JSON Lines access log over into the access log of a database, as a host opening its
 * ledger does: it opens both, prints {@code READY}, waits for a line on its input (so that two carriers start
 * together), carries over, and prints {@code DONE} and how many entries it copied.
 *
 * <p>Arguments: {@code h2 <directory>} or {@code postgres <url>}, and the JSON Lines file.
 */
public final class AccessLogCarrier {

    private AccessLogCarrier() {
    }

    public static void main(String[] args) throws IOException {
        DataSource dataSource = "h2".equals(args[0]) ? JdbcStores.h2(Path.of(args[1]))
                : JdbcStores.postgres(args[1], "ketnghia", "");
        JsonLinesAccessLogStore file = JsonLinesAccessLogStore.open(Path.of(args[2]));
        int copied;
        try (JdbcAccessLogStore store = JdbcAccessLogStore.open(dataSource)) {
            System.out.println("READY");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            copied = AccessLogCarryOver.carryOver(file, store);
        }
        System.out.println("DONE " + copied);
    }
}
