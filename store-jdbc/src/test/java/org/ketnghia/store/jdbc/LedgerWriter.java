package org.ketnghia.store.jdbc;

import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.testing.Fixtures.recordItem;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Ledger;

/**
 * A separate JVM in which {@value #THREADS} threads submit single commands through one {@link Ledger} (group
 * commit) until the process is killed, each printing {@code ACK <item id> <sequence>} once its {@code submit}
 * has returned; used by the crash test.
 *
 * <p>Arguments: {@code h2 <directory>} or {@code postgres <url>}, and a writer name.
 */
public final class LedgerWriter {

    static final int THREADS = 6;
    private static final LocalDate IN_2024 = LocalDate.of(2024, 3, 1);

    private LedgerWriter() {
    }

    public static void main(String[] args) {
        DataSource dataSource = "h2".equals(args[0]) ? JdbcStores.h2(Path.of(args[1])) : JdbcStores.postgres(args[1], "ketnghia", "");
        String writer = args[2];
        Ledger ledger = Databases.runtime(JdbcEventStore.open(dataSource, Databases.codec())).ledger();
        for (int thread = 0; thread < THREADS; thread++) {
            int t = thread;
            new Thread(() -> {
                for (int i = 0; ; i++) {
                    String itemId = writer + "-" + t + "-" + i;
                    List<EventEnvelope> recorded = ledger.submit(recordItem(PROVINCE, "QNA.TAY-GIANG.A-XAN", IN_2024, itemId, 1));
                    synchronized (System.out) {
                        System.out.println("ACK " + itemId + " " + recorded.get(0).sequence());
                        System.out.flush();
                    }
                }
            }, "writer-" + t).start();
        }
    }
}
