package org.ketnghia.store.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.LedgerErrorCode;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.demo.DemoModel;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.demo.ItemRecorded;

/**
 * A separate JVM that appends batches of {@value #BATCH} events and prints {@code ACK <last
 * sequence>} after each committed batch; used by the crash and multi-process tests.
 *
 * <p>Arguments: {@code h2 <directory>} or {@code postgres <url>}, a writer name, and the number of
 * batches ({@code 0} for until killed).
 */
public final class BatchWriter {

    static final int BATCH = 5;

    private BatchWriter() {
    }

    public static void main(String[] args) {
        DataSource dataSource = "h2".equals(args[0]) ? JdbcStores.h2(java.nio.file.Path.of(args[1]))
                : JdbcStores.postgres(args[1], "ketnghia", "");
        String writer = args[2];
        long batches = Long.parseLong(args[3]);
        KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(new DemoModel()).clock(Fixtures.CLOCK).build();
        EventChain chain = new EventChain(runtime.objectMapper());
        JdbcEventStore store = JdbcEventStore.open(dataSource, new org.ketnghia.core.ledger.EventCodec(runtime.objectMapper()));
        Actor actor = Actor.system(writer);
        for (long done = 0; batches == 0 || done < batches; done++) {
            while (true) {
                long last = store.lastSequence();
                String previous = store.lastHash();
                List<EventEnvelope> batch = new ArrayList<>(BATCH);
                for (int i = 0; i < BATCH; i++) {
                    EventDraft draft = new EventDraft(ItemRecorded.of(writer + "-" + done + "-" + i, 1, Money.ofDong(1)),
                            "DNG.AVUONG", LocalDate.of(2026, 1, 5));
                    EventEnvelope sealed = chain.seal(last + i + 1, draft, actor, Instant.now(), previous);
                    batch.add(sealed);
                    previous = sealed.hash();
                }
                try {
                    store.append(last, batch);
                    System.out.println("ACK " + (last + BATCH));
                    System.out.flush();
                    break;
                } catch (KetnghiaException e) {
                    if (!e.has(LedgerErrorCode.LEDGER_CONCURRENT_APPEND)) {
                        throw e;
                    }
                }
            }
        }
        System.out.println("DONE");
    }
}
