package org.ketnghia.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.testing.Fixtures.recordItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.demo.DemoItems;
import org.ketnghia.testing.demo.DemoModel;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.demo.ItemRecorded;

class LedgerTest {

    private static final String A_XAN = "QNA.TAY-GIANG.A-XAN";
    private static final LocalDate IN_2024 = LocalDate.of(2024, 3, 1);

    private static KetnghiaRuntime runtime(EventStore store) {
        return KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(new DemoModel()).eventStore(store).clock(Fixtures.CLOCK).build();
    }

    @Test
    void acceptedCommand_isSealedAppendedAndProjected() {
        KetnghiaRuntime runtime = runtime(new InMemoryEventStore());
        List<EventEnvelope> recorded = runtime.ledger().submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-01", 2));

        assertThat(recorded).singleElement().satisfies(event -> {
            assertThat(event.sequence()).isEqualTo(1);
            assertThat(event.previousHash()).isEqualTo(EventChain.GENESIS_HASH);
            assertThat(event.hash()).hasSize(64).isNotEqualTo(EventChain.GENESIS_HASH);
            assertThat(event.typeId()).isEqualTo(ItemRecorded.TYPE);
            assertThat(event.unitCode()).isEqualTo(A_XAN);
            assertThat(event.occurredOn()).isEqualTo(IN_2024);
            assertThat(event.recordedAt()).isEqualTo(Fixtures.CLOCK.instant());
            assertThat(event.actor()).isEqualTo(PROVINCE);
        });
        assertThat(runtime.ledger().read(DemoItems.class, DemoItems::quantities)).containsEntry("bo-01", 2);
        assertThat(runtime.ledger().lastSequence()).isEqualTo(1);
    }

    @Test
    void rejectedCommand_appendsNothing_andListsEveryProblem() {
        InMemoryEventStore store = new InMemoryEventStore();
        KetnghiaRuntime runtime = runtime(store);
        runtime.ledger().submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-01", 2));

        assertThatThrownBy(() -> runtime.ledger().submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-01", 0)))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code, Problem::field)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(CoreErrorCode.VALUE_OUT_OF_RANGE, "quantity"),
                                org.assertj.core.groups.Tuple.tuple(CoreErrorCode.VALUE_DUPLICATE, "itemId")));
        assertThat(store.size()).isEqualTo(1);
        assertThat(runtime.ledger().read(DemoItems.class, DemoItems::quantities)).containsExactlyEntriesOf(
                java.util.Map.of("bo-01", 2));
    }

    @Test
    void unitThatDoesNotExistOnTheDate_isRejected() {
        InMemoryEventStore store = new InMemoryEventStore();
        KetnghiaRuntime runtime = runtime(store);
        // A Xan merged into Hùng Sơn on 1 July 2025
        assertThatThrownBy(() -> runtime.ledger().submit(recordItem(PROVINCE, A_XAN, LocalDate.of(2025, 8, 1), "x", 1)))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(LedgerErrorCode.LEDGER_UNKNOWN_UNIT));
        assertThatThrownBy(() -> runtime.ledger().submit(recordItem(PROVINCE, "QNA.NOWHERE", IN_2024, "x", 1)))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.field()).isEqualTo("unitCode"));
        assertThat(store.size()).isZero();
    }

    @Test
    void dateAfterToday_isRejected() {
        KetnghiaRuntime runtime = runtime(new InMemoryEventStore());
        assertThatThrownBy(() -> runtime.ledger().submit(recordItem(PROVINCE, "DNG.HUNG-SON", LocalDate.of(2026, 6, 2), "x", 1)))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(LedgerErrorCode.LEDGER_DATE_IN_FUTURE));
        assertThat(runtime.ledger().submit(recordItem(PROVINCE, "DNG.HUNG-SON", LocalDate.of(2026, 6, 1), "x", 1))).hasSize(1);
    }

    @Test
    void concurrentSubmissions_keepAContiguousValidChain() throws Exception {
        InMemoryEventStore store = new InMemoryEventStore();
        KetnghiaRuntime runtime = runtime(store);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            int t = thread;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 250; i++) {
                    runtime.ledger().submit(recordItem(PROVINCE, A_XAN, IN_2024, "item-" + t + "-" + i, 1));
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(store.size()).isEqualTo(2_000);
        assertThat(runtime.ledger().verifyChain().isIntact()).isTrue();
        int itemCount = runtime.ledger().read(DemoItems.class, items -> items.quantities().size());
        assertThat(itemCount).isEqualTo(2_000);
    }

    @Test
    void twoWritersOnOneStore_revalidateAfterLosingTheRace() {
        InMemoryEventStore shared = new InMemoryEventStore();
        Ledger first = runtime(shared).ledger();
        Ledger second = runtime(shared).ledger();

        first.submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-01", 2));
        // the second writer has not seen bo-01 yet; it must catch up and reject the duplicate
        assertThatThrownBy(() -> second.submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-01", 3)))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.VALUE_DUPLICATE));
        second.submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-02", 3));
        first.refresh();

        assertThat(first.read(DemoItems.class, DemoItems::quantities)).containsOnlyKeys("bo-01", "bo-02");
        assertThat(shared.size()).isEqualTo(2);
        assertThat(first.verifyChain().isIntact()).isTrue();
    }

    /** An in-memory store that counts the calls to append: a batch must be one call (one transaction). */
    private static final class CountingStore implements EventStore {
        private final InMemoryEventStore events = new InMemoryEventStore();
        private int appends;

        @Override
        public long lastSequence() {
            return events.lastSequence();
        }

        @Override
        public String lastHash() {
            return events.lastHash();
        }

        @Override
        public void append(long expectedLastSequence, List<EventEnvelope> batch) {
            appends++;
            events.append(expectedLastSequence, batch);
        }

        @Override
        public void forEach(long fromSequence, java.util.function.Consumer<? super EventEnvelope> consumer) {
            events.forEach(fromSequence, consumer);
        }
    }

    @Test
    void batch_isCheckedCommandByCommand_andAppendedInOneCall() {
        CountingStore store = new CountingStore();
        Ledger ledger = runtime(store).ledger();
        ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-00", 1));
        int before = store.appends;

        List<EventEnvelope> recorded = ledger.submitAll(List.of(recordItem(PROVINCE, A_XAN, IN_2024, "bo-01", 2),
                recordItem(PROVINCE, A_XAN, IN_2024, "bo-02", 3), recordItem(PROVINCE, A_XAN, IN_2024, "bo-03", 4)));

        assertThat(recorded).extracting(EventEnvelope::sequence).containsExactly(2L, 3L, 4L);
        assertThat(store.appends - before).isEqualTo(1);
        assertThat(ledger.read(DemoItems.class, DemoItems::quantities))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("bo-00", 1, "bo-01", 2, "bo-02", 3, "bo-03", 4));
        assertThat(ledger.verifyChain().isIntact()).isTrue();
        assertThat(ledger.submitAll(List.of())).isEmpty();
    }

    @Test
    void batchWithABadCommand_appendsNothing_namesTheCommand_andLeavesTheStateAsItWas() {
        InMemoryEventStore store = new InMemoryEventStore();
        Ledger ledger = runtime(store).ledger();
        ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-00", 1));

        // the third repeats the first item of the batch: only the state the batch builds refuses it
        assertThatThrownBy(() -> ledger.submitAll(List.of(recordItem(PROVINCE, A_XAN, IN_2024, "bo-01", 2),
                recordItem(PROVINCE, A_XAN, IN_2024, "bo-02", 3), recordItem(PROVINCE, A_XAN, IN_2024, "bo-01", 4))))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.VALUE_DUPLICATE);
                    assertThat(e.field()).isEqualTo("commands[2].itemId");
                });

        assertThat(store.size()).isEqualTo(1);
        assertThat(ledger.lastSequence()).isEqualTo(1);
        assertThat(ledger.read(DemoItems.class, DemoItems::quantities)).containsOnlyKeys("bo-00");
        assertThat(ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-01", 2))).singleElement()
                .extracting(EventEnvelope::sequence).isEqualTo(2L);
        assertThat(ledger.verifyChain().isIntact()).isTrue();
    }

    @Test
    void staleAppend_isAConflictAndStoresNothing() {
        InMemoryEventStore store = new InMemoryEventStore();
        Ledger ledger = runtime(store).ledger();
        List<EventEnvelope> first = ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-01", 2));

        assertThatThrownBy(() -> store.append(0, first))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(LedgerErrorCode.LEDGER_CONCURRENT_APPEND));
        assertThatThrownBy(() -> store.append(1, first))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(LedgerErrorCode.LEDGER_BROKEN_BATCH));
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void rebuild_replaysToTheSameState() {
        Ledger ledger = runtime(new InMemoryEventStore()).ledger();
        for (int i = 0; i < 50; i++) {
            ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "item-" + i, i + 1));
        }
        var before = ledger.read(DemoItems.class, DemoItems::totalValue);
        ledger.rebuildProjections();
        assertThat(ledger.read(DemoItems.class, DemoItems::totalValue)).isEqualTo(before)
                .isEqualTo(org.ketnghia.core.money.Money.ofMillions(50 * 51 / 2));
    }

    @Test
    void reopeningAStore_replaysItsEvents() {
        InMemoryEventStore store = new InMemoryEventStore();
        runtime(store).ledger().submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-01", 2));
        Ledger reopened = runtime(store).ledger();
        assertThat(reopened.read(DemoItems.class, DemoItems::quantities)).containsEntry("bo-01", 2);
        assertThat(reopened.lastSequence()).isEqualTo(1);
    }

    @Test
    void unknownProjection_isAClearError() {
        Ledger ledger = runtime(new InMemoryEventStore()).ledger();
        assertThatThrownBy(() -> ledger.read(OtherProjection.class, p -> p))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(LedgerErrorCode.LEDGER_UNKNOWN_PROJECTION));
    }

    private static final class OtherProjection implements Projection {
        @Override
        public void apply(EventEnvelope event) {
        }
    }
}
