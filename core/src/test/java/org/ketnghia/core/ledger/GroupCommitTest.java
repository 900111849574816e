package org.ketnghia.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.testing.Fixtures.recordItem;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.funding.RecordReceipt;
import org.ketnghia.core.funding.RegisterFundingSource;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.demo.DemoItems;
import org.ketnghia.testing.demo.DemoModel;
import org.ketnghia.testing.demo.ItemRecorded;
import org.ketnghia.testing.demo.RecordItem;

/**
 * Group commit: commands submitted by many threads at once share appends, each checked against every command
 * accepted before it, each caller learning only its own outcome. {@link GatedStore} holds an append in flight
 * so that the commands behind it queue and form the next group.
 */
class GroupCommitTest {

    private static final String QUANG_NAM = "QNA";
    private static final String A_XAN = "QNA.TAY-GIANG.A-XAN";
    private static final LocalDate IN_2024 = LocalDate.of(2024, 3, 1);

    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    private static KetnghiaRuntime runtime(EventStore store) {
        return KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(new DemoModel()).eventStore(store)
                .clock(Fixtures.CLOCK).build();
    }

    private Future<List<EventEnvelope>> inAnotherThread(Supplier<List<EventEnvelope>> submission) {
        return pool.submit(submission::get);
    }

    /** Submits in another thread and returns once the command waits in the queue behind the append in flight. */
    private Future<List<EventEnvelope>> queued(Ledger ledger, Supplier<List<EventEnvelope>> submission) {
        int before = ledger.queuedCommands();
        Future<List<EventEnvelope>> future = inAnotherThread(submission);
        awaitUntil(() -> ledger.queuedCommands() == before + 1, "the command queues");
        return future;
    }

    private static void awaitUntil(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.yield();
        }
    }

    private static KetnghiaException failureOf(Future<?> future) throws InterruptedException {
        try {
            future.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof KetnghiaException refused) {
                return refused;
            }
            throw new AssertionError("expected a KetnghiaException", failed.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the submission did not finish", e);
        }
        throw new AssertionError("expected the submission to fail");
    }

    private static List<EventEnvelope> eventsOf(Future<List<EventEnvelope>> future) throws Exception {
        return future.get(60, TimeUnit.SECONDS);
    }

    private static Map<String, Integer> quantities(Ledger ledger) {
        return ledger.read(DemoItems.class, DemoItems::quantities);
    }

    /** The projections must be what a replay of the store gives. */
    private static void assertEqualsARebuild(Ledger ledger, EventStore store) {
        Ledger rebuilt = runtime(store).ledger();
        assertThat(quantities(ledger)).isEqualTo(quantities(rebuilt));
        assertThat(ledger.read(FundingLedger.class, FundingLedger::receipts))
                .isEqualTo(rebuilt.read(FundingLedger.class, FundingLedger::receipts));
        assertThat(ledger.lastSequence()).isEqualTo(store.lastSequence()).isEqualTo(rebuilt.lastSequence());
    }

    /**
     * The automatic snapshot is taken when the ledger catches up, before a group: never while a group's events are
     * folded in ahead of its append, so every snapshot stands on a stored event and a ledger reopened from the
     * last one equals a full replay.
     */
    @Test
    void automaticSnapshotsBetweenGroups_standOnStoredEvents_andReopenAsAFullReplay() throws Exception {
        InMemoryEventStore events = new InMemoryEventStore();
        GatedStore store = new GatedStore(events);
        InMemorySnapshotStore kept = new InMemorySnapshotStore();
        List<String> offTheChain = new java.util.concurrent.CopyOnWriteArrayList<>();
        SnapshotStore checking = new SnapshotStore() {
            @Override
            public void save(LedgerSnapshot snapshot) {
                if (!events.hashAt(snapshot.sequence()).equals(Optional.of(snapshot.eventHash()))) {
                    offTheChain.add("snapshot at " + snapshot.sequence() + " with the store at " + events.lastSequence());
                }
                kept.save(snapshot);
            }

            @Override
            public Optional<LedgerSnapshot> latest() {
                return kept.latest();
            }
        };
        Ledger ledger = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(new DemoModel())
                .eventStore(store).snapshotStore(checking).snapshotEvery(2).clock(Fixtures.CLOCK).build().ledger();
        for (int round = 0; round < 5; round++) {
            int r = round;
            store.closeGate();
            Future<List<EventEnvelope>> first = inAnotherThread(() -> ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "r" + r + "-0", 1)));
            awaitUntil(() -> store.waitingAppends() == 1, "the first append waits at the gate");
            List<Future<List<EventEnvelope>>> group = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                int n = i;
                group.add(queued(ledger, () -> ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "r" + r + "-" + n, n))));
            }
            store.openGate();
            assertThat(eventsOf(first)).hasSize(1);
            for (Future<List<EventEnvelope>> queuedCommand : group) {
                assertThat(eventsOf(queuedCommand)).hasSize(1);
            }
        }

        assertThat(store.appends()).as("one append for each first command, one for each group of three").isEqualTo(10);
        assertThat(offTheChain).isEmpty();
        assertThat(kept.latest()).hasValueSatisfying(snapshot -> assertThat(snapshot.sequence()).isGreaterThan(10));
        Ledger reopened = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(new DemoModel())
                .eventStore(events).snapshotStore(kept).snapshotEvery(0).clock(Fixtures.CLOCK).build().ledger();
        assertThat(reopened.openedFrom().snapshotSequence()).isEqualTo(kept.latest().map(LedgerSnapshot::sequence));
        assertThat(reopened.openedFrom().snapshotIgnored()).isEmpty();
        assertThat(quantities(reopened)).isEqualTo(quantities(ledger)).hasSize(20);
    }

    @Test
    void manyThreads_areAllAcknowledgedWithTheirOwnEvents_inOneIntactChain() throws Exception {
        InMemoryEventStore events = new InMemoryEventStore();
        GatedStore store = new GatedStore(events);
        Ledger ledger = runtime(store).ledger();
        int threads = 16;
        int perThread = 200;
        AtomicInteger refused = new AtomicInteger();
        List<Future<List<EventEnvelope>>> workers = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            int t = thread;
            workers.add(pool.submit(() -> {
                List<EventEnvelope> mine = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    // every twentieth item is raced for by all threads: exactly one of them may record it
                    String itemId = i % 20 == 0 ? "common-" + i : "item-" + t + "-" + i;
                    try {
                        List<EventEnvelope> recorded = ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, itemId, 1));
                        assertThat(recorded).singleElement().extracting(event -> ((ItemRecorded) event.payload()).itemId())
                                .isEqualTo(itemId);
                        mine.addAll(recorded);
                    } catch (KetnghiaException duplicate) {
                        assertThat(duplicate.code()).isEqualTo(CoreErrorCode.VALUE_DUPLICATE);
                        assertThat(itemId).startsWith("common-");
                        refused.incrementAndGet();
                    }
                }
                return mine;
            }));
        }
        Set<Long> sequences = new HashSet<>();
        for (Future<List<EventEnvelope>> worker : workers) {
            eventsOf(worker).forEach(event -> assertThat(sequences.add(event.sequence())).isTrue());
        }

        int common = perThread / 20;
        long accepted = (long) threads * (perThread - common) + common;
        assertThat(refused.get()).isEqualTo((threads - 1) * common);
        assertThat(sequences).hasSize((int) accepted).allMatch(sequence -> sequence >= 1 && sequence <= accepted);
        assertThat(ledger.lastSequence()).isEqualTo(accepted);
        assertThat(events.size()).isEqualTo((int) accepted);
        assertThat(store.appends()).isLessThanOrEqualTo((int) accepted);
        assertThat(ledger.verifyChain().isIntact()).isTrue();
        assertThat(quantities(ledger)).hasSize((int) accepted);
        assertEqualsARebuild(ledger, events);
    }

    @Test
    void aGroupChecksEachCommandAgainstTheOnesBeforeIt_andARefusedOneFailsAlone() throws Exception {
        InMemoryEventStore events = new InMemoryEventStore();
        GatedStore store = new GatedStore(events);
        Ledger ledger = runtime(store).ledger();
        store.closeGate();
        Future<List<EventEnvelope>> first = inAnotherThread(() -> ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-00", 1)));
        awaitUntil(() -> store.waitingAppends() == 1, "the first command's append is in flight");

        Future<List<EventEnvelope>> register = queued(ledger, () -> ledger.submit(RegisterFundingSource.builder()
                .actor(PROVINCE).unitCode(QUANG_NAM).occurredOn(IN_2024).sourceId("nguon-hao-tam").name("Nhà hảo tâm")
                .kind(FundingSourceKind.PHILANTHROPIST).build()));
        // accepted only if the source registered just before it, in the same group, counts
        Future<List<EventEnvelope>> receipt = queued(ledger, () -> ledger.submit(RecordReceipt.builder().actor(PROVINCE)
                .unitCode(A_XAN).occurredOn(IN_2024).receiptId("thu-01").unpledged(true).sourceId("nguon-hao-tam")
                .modelId("bo").amount(Money.ofMillions(5)).build()));
        Future<List<EventEnvelope>> forProgramme = queued(ledger,
                () -> ledger.forProgramme("quang-nam-2024").submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-01", 2)));
        Future<List<EventEnvelope>> duplicate = queued(ledger, () -> ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-01", 3)));
        Future<List<EventEnvelope>> last = queued(ledger, () -> ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-02", 4)));
        store.letThrough(1);
        assertThat(eventsOf(first)).singleElement().extracting(EventEnvelope::sequence).isEqualTo(1L);
        awaitUntil(() -> store.waitingAppends() == 1, "the group's append is in flight");

        // a reader waits for the group to be appended: it never sees the events folded in to check the group
        AtomicReference<Map<String, Integer>> seen = new AtomicReference<>();
        Thread reader = new Thread(() -> seen.set(quantities(ledger)));
        reader.start();
        awaitUntil(() -> reader.getState() == Thread.State.WAITING, "the reader waits for the group");
        assertThat(seen.get()).isNull();
        store.openGate();
        reader.join(60_000);

        assertThat(eventsOf(register)).singleElement().extracting(EventEnvelope::sequence).isEqualTo(2L);
        assertThat(eventsOf(receipt)).singleElement().extracting(EventEnvelope::sequence).isEqualTo(3L);
        assertThat(eventsOf(forProgramme)).singleElement().satisfies(event -> {
            assertThat(event.sequence()).isEqualTo(4);
            assertThat(event.programmeId()).contains("quang-nam-2024");
        });
        assertThat(failureOf(duplicate)).satisfies(refused -> {
            assertThat(refused.code()).isEqualTo(CoreErrorCode.VALUE_DUPLICATE);
            assertThat(refused.field()).isEqualTo("itemId");
        });
        assertThat(eventsOf(last)).singleElement().satisfies(event -> {
            assertThat(event.sequence()).isEqualTo(5);
            assertThat(event.programmeId()).isEmpty();
        });
        assertThat(store.appends()).as("one append for the first command, one for the group").isEqualTo(2);
        assertThat(seen.get()).isEqualTo(Map.of("bo-00", 1, "bo-01", 2, "bo-02", 4));
        assertThat(ledger.read(FundingLedger.class, FundingLedger::receipts)).singleElement()
                .satisfies(received -> assertThat(received.amount()).isEqualTo(Money.ofMillions(5)));
        assertThat(ledger.verifyChain().isIntact()).isTrue();
        assertEqualsARebuild(ledger, events);
    }

    @Test
    void aFailedAppend_failsEveryCommandOfTheGroup_andLeavesNoTrace() throws Exception {
        InMemoryEventStore events = new InMemoryEventStore();
        GatedStore store = new GatedStore(events);
        Ledger ledger = runtime(store).ledger();
        store.closeGate();
        Future<List<EventEnvelope>> first = inAnotherThread(() -> ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-00", 1)));
        awaitUntil(() -> store.waitingAppends() == 1, "the first command's append is in flight");
        Future<List<EventEnvelope>> one = queued(ledger, () -> ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-01", 2)));
        Future<List<EventEnvelope>> two = queued(ledger,
                () -> ledger.forProgramme("quang-nam-2024").submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-02", 3)));
        Future<List<EventEnvelope>> refused = queued(ledger, () -> ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-01", 4)));
        store.letThrough(1);
        assertThat(eventsOf(first)).singleElement().extracting(EventEnvelope::sequence).isEqualTo(1L);
        awaitUntil(() -> store.waitingAppends() == 1, "the group's append is in flight");
        KetnghiaException unavailable = KetnghiaException.of(LedgerErrorCode.LEDGER_UNREADABLE_EVENT, "store", "the disk is gone");
        store.failNextAppend(unavailable);
        store.openGate();

        assertThat(failureOf(one)).isSameAs(unavailable);
        assertThat(failureOf(two)).isSameAs(unavailable);
        assertThat(failureOf(refused).code()).as("refused before the append, for its own reason")
                .isEqualTo(CoreErrorCode.VALUE_DUPLICATE);
        assertThat(events.size()).isEqualTo(1);
        assertThat(ledger.lastSequence()).isEqualTo(1);
        assertThat(quantities(ledger)).isEqualTo(Map.of("bo-00", 1));
        assertEqualsARebuild(ledger, events);
        assertThat(ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-01", 2))).singleElement()
                .extracting(EventEnvelope::sequence).isEqualTo(2L);
        assertThat(ledger.verifyChain().isIntact()).isTrue();
    }

    @Test
    void aGroupThatLosesTheRaceToAnotherWriter_isCheckedAgainAgainstItsEvents() throws Exception {
        InMemoryEventStore shared = new InMemoryEventStore();
        GatedStore store = new GatedStore(shared);
        Ledger ledger = runtime(store).ledger();
        Ledger otherWriter = runtime(shared).ledger();
        store.closeGate();
        Future<List<EventEnvelope>> first = inAnotherThread(() -> ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-00", 1)));
        awaitUntil(() -> store.waitingAppends() == 1, "the first command's append is in flight");
        Future<List<EventEnvelope>> contested = queued(ledger, () -> ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-b", 1)));
        Future<List<EventEnvelope>> other = queued(ledger, () -> ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-c", 1)));
        store.letThrough(1);
        assertThat(eventsOf(first)).singleElement().extracting(EventEnvelope::sequence).isEqualTo(1L);
        // the group is checked, bo-b folded in to check bo-c, and its append waits: the other writer gets there first
        awaitUntil(() -> store.waitingAppends() == 1, "the group's append is in flight");
        otherWriter.submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-b", 7));
        store.openGate();

        assertThat(eventsOf(first)).singleElement().extracting(EventEnvelope::sequence).isEqualTo(1L);
        assertThat(failureOf(contested).code()).isEqualTo(CoreErrorCode.VALUE_DUPLICATE);
        assertThat(eventsOf(other)).singleElement().extracting(EventEnvelope::sequence).isEqualTo(3L);
        assertThat(store.appends()).as("the first, the group's lost race, the group again").isEqualTo(3);
        assertThat(quantities(ledger)).isEqualTo(Map.of("bo-00", 1, "bo-b", 7, "bo-c", 1));
        assertThat(ledger.verifyChain().isIntact()).isTrue();
        assertEqualsARebuild(ledger, shared);
    }

    @Test
    void aWaitingCallerThatIsInterrupted_stillLearnsItsOutcome_andKeepsTheInterrupt() throws Exception {
        InMemoryEventStore events = new InMemoryEventStore();
        GatedStore store = new GatedStore(events);
        Ledger ledger = runtime(store).ledger();
        store.closeGate();
        Future<List<EventEnvelope>> first = inAnotherThread(() -> ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-00", 1)));
        awaitUntil(() -> store.waitingAppends() == 1, "the first command's append is in flight");
        AtomicReference<List<EventEnvelope>> recorded = new AtomicReference<>();
        AtomicReference<Boolean> interrupted = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            recorded.set(ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-01", 2)));
            interrupted.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        awaitUntil(() -> ledger.queuedCommands() == 1, "the caller waits in the queue");
        caller.interrupt();
        store.openGate();
        caller.join(60_000);

        assertThat(eventsOf(first)).hasSize(1);
        assertThat(recorded.get()).singleElement().extracting(EventEnvelope::sequence).isEqualTo(2L);
        assertThat(interrupted.get()).isTrue();
        assertThat(quantities(ledger)).containsOnlyKeys("bo-00", "bo-01");
    }

    @Test
    void aLoneCaller_recordsAtOnce_withOneAppendPerCommand() {
        InMemoryEventStore events = new InMemoryEventStore();
        GatedStore store = new GatedStore(events);
        Ledger ledger = runtime(store).ledger();
        for (int i = 0; i < 5; i++) {
            assertThat(ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-" + i, 1))).singleElement()
                    .extracting(EventEnvelope::sequence).isEqualTo((long) i + 1);
            assertThat(ledger.queuedCommands()).isZero();
        }
        assertThat(store.appends()).isEqualTo(5);
        assertThatThrownBy(() -> ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-0", 1)))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.VALUE_DUPLICATE));
        assertThat(store.appends()).as("a refused command appends nothing").isEqualTo(5);
        assertThat(ledger.lastSequence()).isEqualTo(5);
        assertThat(ledger.verifyChain().isIntact()).isTrue();
    }

    /** Fails, like a bug would, on the item {@code "vo-projection"}. */
    private static final class FussyProjection implements Projection {
        @Override
        public void apply(EventEnvelope event) {
            if (event.payload() instanceof ItemRecorded item && item.itemId().equals("vo-projection")) {
                throw new IllegalStateException("a projection that cannot fold " + item.itemId());
            }
        }
    }

    /** Fails, like a bug in a handler would, on the item {@code "vo-handler"}. */
    private static final class FussyHold implements SubmissionHold {
        @Override
        public Set<Class<? extends Command>> commandTypes() {
            return Set.of(RecordItem.class);
        }

        @Override
        public Optional<EventDraft> hold(Command command, LedgerState state) {
            if (((RecordItem) command).itemId().equals("vo-handler")) {
                throw new IllegalStateException("a hold that breaks on vo-handler");
            }
            return Optional.empty();
        }
    }

    @Test
    void anUnexpectedFailureOfOneCommand_failsOnlyThatCommand() throws Exception {
        InMemoryEventStore events = new InMemoryEventStore();
        GatedStore store = new GatedStore(events);
        Ledger ledger = new Ledger(store, new EventChain(runtime(new InMemoryEventStore()).objectMapper()),
                new DemoModel().commandHandlers(null), List.of(ProjectionDefinition.of(DemoItems.class, DemoItems::new),
                        ProjectionDefinition.of(FussyProjection.class, FussyProjection::new)),
                new DefaultPermissionPolicy(), Fixtures.QUANG_NAM, Fixtures.CLOCK, new FussyHold());
        store.closeGate();
        Future<List<EventEnvelope>> first = inAnotherThread(() -> ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-00", 1)));
        awaitUntil(() -> store.waitingAppends() == 1, "the first command's append is in flight");
        Future<List<EventEnvelope>> one = queued(ledger, () -> ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-01", 1)));
        Future<List<EventEnvelope>> handlerBug = queued(ledger,
                () -> ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "vo-handler", 1)));
        // folded in before the append (to check bo-02): the projection's failure must leave no trace
        Future<List<EventEnvelope>> projectionBug = queued(ledger,
                () -> ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "vo-projection", 1)));
        Future<List<EventEnvelope>> two = queued(ledger, () -> ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-02", 1)));
        store.openGate();

        assertThat(eventsOf(first)).singleElement().extracting(EventEnvelope::sequence).isEqualTo(1L);
        assertThat(eventsOf(one)).singleElement().extracting(EventEnvelope::sequence).isEqualTo(2L);
        assertThat(eventsOf(two)).singleElement().extracting(EventEnvelope::sequence).isEqualTo(3L);
        assertThatThrownBy(() -> handlerBug.get(60, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("a hold that breaks on vo-handler");
        assertThatThrownBy(() -> projectionBug.get(60, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("a projection that cannot fold vo-projection");
        assertThat(events.readAll()).extracting(event -> ((ItemRecorded) event.payload()).itemId())
                .containsExactly("bo-00", "bo-01", "bo-02");
        assertThat(quantities(ledger)).containsOnlyKeys("bo-00", "bo-01", "bo-02");
        assertThat(ledger.lastSequence()).isEqualTo(3);
        assertThat(ledger.verifyChain().isIntact()).isTrue();
    }
}
