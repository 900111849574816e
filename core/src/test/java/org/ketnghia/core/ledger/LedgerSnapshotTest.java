package org.ketnghia.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.testing.Fixtures.recordItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.LedgerFeature;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.demo.DemoModel;

class LedgerSnapshotTest {

    private static final String A_XAN = "QNA.TAY-GIANG.A-XAN";
    private static final LocalDate IN_2024 = LocalDate.of(2024, 3, 1);

    /** Counts events by type id, in the order first seen. */
    static final class EventCounts implements Projection {
        static final SnapshotForm<EventCounts, State> FORM = SnapshotForm.of(State.class, EventCounts::save,
                EventCounts::restore);
        private final Map<String, Long> counts = new LinkedHashMap<>();

        @Override
        public void apply(EventEnvelope event) {
            counts.merge(event.typeId(), 1L, Long::sum);
        }

        State save() {
            return new State(counts.entrySet().stream().map(entry -> new Count(entry.getKey(), entry.getValue())).toList());
        }

        static EventCounts restore(State state) {
            EventCounts projection = new EventCounts();
            state.counts().forEach(count -> projection.counts.put(count.typeId(), count.events()));
            return projection;
        }

        record Count(String typeId, long events) {
        }

        record State(List<Count> counts) {
        }
    }

    /** The units events were recorded in, in order; its form is swapped by tests. */
    static final class Units implements Projection {
        static final SnapshotForm<Units, UnitsState> FORM = SnapshotForm.of(UnitsState.class,
                units -> new UnitsState(List.copyOf(units.units)), Units::restore);
        private final List<String> units = new ArrayList<>();

        @Override
        public void apply(EventEnvelope event) {
            units.add(event.unitCode());
        }

        static Units restore(UnitsState state) {
            Units projection = new Units();
            projection.units.addAll(state.units());
            return projection;
        }
    }

    record UnitsState(List<String> units) {
    }

    /** Counts events; no snapshot form, so always replayed. */
    static final class Plain implements Projection {
        private long events;

        @Override
        public void apply(EventEnvelope event) {
            events++;
        }
    }

    private record TestFeature() implements LedgerFeature {
        @Override
        public List<ProjectionDefinition<?>> projections() {
            return List.of(ProjectionDefinition.of(EventCounts.class, EventCounts::new, EventCounts.FORM),
                    ProjectionDefinition.of(Units.class, Units::new, Units.FORM),
                    ProjectionDefinition.of(Plain.class, Plain::new));
        }
    }

    private static KetnghiaRuntime runtime(EventStore events, SnapshotStore snapshots) {
        return KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(new DemoModel())
                .addFeature(new TestFeature()).eventStore(events).snapshotStore(snapshots).snapshotEvery(0)
                .clock(Fixtures.CLOCK).build();
    }

    private static void record(KetnghiaRuntime runtime, int from, int to) {
        for (int i = from; i < to; i++) {
            runtime.ledger().submit(recordItem(PROVINCE, i % 2 == 0 ? A_XAN : "QNA.TAY-GIANG", IN_2024, "bo-" + i, 1 + i % 3));
        }
    }

    private static List<String> unitsOf(KetnghiaRuntime runtime) {
        return runtime.ledger().read(Units.class, units -> List.copyOf(units.units));
    }

    private static long plainOf(KetnghiaRuntime runtime) {
        return runtime.ledger().<Plain, Long>read(Plain.class, plain -> plain.events);
    }

    private static Map<String, Long> countsOf(KetnghiaRuntime runtime) {
        return runtime.ledger().read(EventCounts.class, counts -> Map.copyOf(counts.counts));
    }

    /** The saved state of every projection with a form, by type, as JSON text. */
    private static Map<String, String> states(KetnghiaRuntime runtime) {
        InMemorySnapshotStore into = new InMemorySnapshotStore();
        KetnghiaRuntime copy = runtime(runtime.ledger().store(), into);
        copy.ledger().saveSnapshot();
        Map<String, String> states = new LinkedHashMap<>();
        into.latest().orElseThrow().projections().forEach(saved ->
                states.put(saved.projectionType(), new String(saved.stateJson(), java.nio.charset.StandardCharsets.UTF_8)));
        return states;
    }

    private static Map<String, String> savedStates(LedgerSnapshot snapshot) {
        Map<String, String> states = new LinkedHashMap<>();
        snapshot.projections().forEach(saved ->
                states.put(saved.projectionType(), new String(saved.stateJson(), java.nio.charset.StandardCharsets.UTF_8)));
        return states;
    }

    @Test
    void openingFromASnapshot_givesTheStateOfAFullReplay() {
        InMemoryEventStore events = new InMemoryEventStore();
        InMemorySnapshotStore snapshots = new InMemorySnapshotStore();
        KetnghiaRuntime first = runtime(events, snapshots);
        record(first, 0, 20);
        LedgerSnapshot saved = first.ledger().saveSnapshot().orElseThrow();
        record(first, 20, 30);

        KetnghiaRuntime reopened = runtime(events, snapshots);
        LedgerOpening opening = reopened.ledger().openedFrom();
        assertThat(opening.snapshotSequence()).contains(20L);
        assertThat(opening.restored()).contains(EventCounts.class.getName(), Units.class.getName());
        assertThat(opening.replayed()).extracting(LedgerOpening.Replayed::projectionType, LedgerOpening.Replayed::reason)
                .contains(org.assertj.core.groups.Tuple.tuple(Plain.class.getName(), LedgerOpening.Reason.NO_SNAPSHOT_FORM))
                .noneMatch(tuple -> tuple.toList().contains(EventCounts.class.getName()));
        assertThat(saved.projection(EventCounts.class.getName())).isPresent();
        assertThat(saved.projection(Plain.class.getName())).isEmpty();

        KetnghiaRuntime replayed = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(new DemoModel())
                .addFeature(new TestFeature()).eventStore(events).clock(Fixtures.CLOCK).build();
        assertThat(replayed.ledger().openedFrom().snapshotSequence()).isEmpty();
        assertThat(reopened.ledger().lastSequence()).isEqualTo(30);
        assertThat(savedStates(reopened.ledger().saveSnapshot().orElseThrow()))
                .isEqualTo(states(replayed)).containsKey(EventCounts.class.getName());
        assertThat(plainOf(reopened)).isEqualTo(30);
        assertThat(unitsOf(reopened)).hasSize(30);
    }

    @Test
    void aSnapshotWhoseHashDoesNotMatchTheChain_isIgnoredEntirely() {
        InMemoryEventStore events = new InMemoryEventStore();
        InMemorySnapshotStore snapshots = new InMemorySnapshotStore();
        KetnghiaRuntime first = runtime(events, snapshots);
        record(first, 0, 10);
        LedgerSnapshot honest = first.ledger().saveSnapshot().orElseThrow();
        // a snapshot claiming the same event with another hash, whose state says something else
        LedgerSnapshot forged = new LedgerSnapshot(honest.sequence(), "f".repeat(64), honest.savedAt(),
                List.of(ProjectionSnapshot.of(Units.class.getName(),
                        honest.projection(Units.class.getName()).orElseThrow().fingerprint(),
                        "{\"units\":[\"QNA\"]}".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        snapshots.save(forged);

        KetnghiaRuntime reopened = runtime(events, snapshots);
        LedgerOpening opening = reopened.ledger().openedFrom();
        assertThat(opening.snapshotSequence()).isEmpty();
        assertThat(opening.snapshotIgnored()).hasValueSatisfying(reason -> assertThat(reason).contains("hash"));
        assertThat(opening.restored()).isEmpty();
        assertThat(opening.replayed()).extracting(LedgerOpening.Replayed::reason)
                .containsOnly(LedgerOpening.Reason.SNAPSHOT_IGNORED);
        assertThat(opening.describe()).contains("ignored");
        assertThat(unitsOf(reopened)).hasSize(10);
    }

    @Test
    void aSnapshotBeyondTheStore_isIgnored() {
        InMemoryEventStore events = new InMemoryEventStore();
        InMemorySnapshotStore snapshots = new InMemorySnapshotStore();
        record(runtime(events, snapshots), 0, 3);
        snapshots.save(new LedgerSnapshot(5, "a".repeat(64), Fixtures.CLOCK.instant(), List.of()));

        LedgerOpening opening = runtime(events, snapshots).ledger().openedFrom();
        assertThat(opening.snapshotIgnored()).hasValueSatisfying(reason -> assertThat(reason).contains("does not hold"));
    }

    @Test
    void aProjectionWhoseFingerprintChanged_isTheOnlyOneRebuilt() {
        InMemoryEventStore events = new InMemoryEventStore();
        InMemorySnapshotStore snapshots = new InMemorySnapshotStore();
        KetnghiaRuntime first = runtime(events, snapshots);
        record(first, 0, 12);
        LedgerSnapshot honest = first.ledger().saveSnapshot().orElseThrow();
        List<ProjectionSnapshot> tampered = new ArrayList<>();
        for (ProjectionSnapshot saved : honest.projections()) {
            tampered.add(saved.projectionType().equals(Units.class.getName())
                    // old code's state of Units: a different list, under another fingerprint — must not be used
                    ? ProjectionSnapshot.of(saved.projectionType(), "0".repeat(64),
                            "{\"units\":[\"QNA\"]}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    : saved);
        }
        snapshots.save(new LedgerSnapshot(honest.sequence(), honest.eventHash(), honest.savedAt(), tampered));
        record(first, 12, 15);

        KetnghiaRuntime reopened = runtime(events, snapshots);
        LedgerOpening opening = reopened.ledger().openedFrom();
        assertThat(opening.snapshotSequence()).contains(12L);
        assertThat(opening.restored()).contains(EventCounts.class.getName()).doesNotContain(Units.class.getName());
        assertThat(opening.replayed()).extracting(LedgerOpening.Replayed::projectionType, LedgerOpening.Replayed::reason)
                .contains(org.assertj.core.groups.Tuple.tuple(Units.class.getName(), LedgerOpening.Reason.CODE_CHANGED))
                .noneMatch(tuple -> tuple.toList().contains(EventCounts.class.getName()));
        assertThat(unitsOf(reopened)).hasSize(15).startsWith(A_XAN);
        assertThat(countsOf(reopened)).containsValue(15L);
    }

    @Test
    void aSnapshotSavedBeforeAnEventTypeChangedShape_isRebuiltByReplay() {
        InMemoryEventStore events = new InMemoryEventStore();
        InMemorySnapshotStore snapshots = new InMemorySnapshotStore();
        record(runtime(events, snapshots), 0, 10);
        runtime(events, snapshots).ledger().saveSnapshot().orElseThrow();

        // the same projection code, but the runtime now reads an event type through an upcaster
        KetnghiaRuntime evolved = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(new DemoModel())
                .addFeature(new TestFeature()).addFeature(new org.ketnghia.testing.evolution.EvolvedStockFeature())
                .eventStore(events).snapshotStore(snapshots).snapshotEvery(0).clock(Fixtures.CLOCK).build();

        LedgerOpening opening = evolved.ledger().openedFrom();
        assertThat(opening.snapshotSequence()).contains(10L);
        assertThat(opening.restored()).doesNotContain(EventCounts.class.getName(), Units.class.getName());
        assertThat(opening.replayed()).extracting(LedgerOpening.Replayed::projectionType, LedgerOpening.Replayed::reason)
                .contains(org.assertj.core.groups.Tuple.tuple(Units.class.getName(), LedgerOpening.Reason.CODE_CHANGED),
                        org.assertj.core.groups.Tuple.tuple(EventCounts.class.getName(), LedgerOpening.Reason.CODE_CHANGED));
        assertThat(unitsOf(evolved)).hasSize(10);
        assertThat(runtime(events, snapshots).ledger().openedFrom().restored()).contains(Units.class.getName());
    }

    @Test
    void anUnreadableState_isRebuiltByReplay() {
        InMemoryEventStore events = new InMemoryEventStore();
        InMemorySnapshotStore snapshots = new InMemorySnapshotStore();
        KetnghiaRuntime first = runtime(events, snapshots);
        record(first, 0, 4);
        LedgerSnapshot honest = first.ledger().saveSnapshot().orElseThrow();
        ProjectionSnapshot units = honest.projection(Units.class.getName()).orElseThrow();
        snapshots.save(new LedgerSnapshot(honest.sequence(), honest.eventHash(), honest.savedAt(), List.of(
                ProjectionSnapshot.of(units.projectionType(), units.fingerprint(),
                        "{\"towns\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))));

        KetnghiaRuntime reopened = runtime(events, snapshots);
        assertThat(reopened.ledger().openedFrom().replayed()).extracting(LedgerOpening.Replayed::projectionType,
                LedgerOpening.Replayed::reason).contains(
                        org.assertj.core.groups.Tuple.tuple(Units.class.getName(), LedgerOpening.Reason.STATE_UNREADABLE),
                        org.assertj.core.groups.Tuple.tuple(EventCounts.class.getName(), LedgerOpening.Reason.NOT_IN_SNAPSHOT));
        assertThat(unitsOf(reopened)).hasSize(4);
    }

    @Test
    void snapshotsAreSavedAutomatically_everyNEvents() {
        InMemoryEventStore events = new InMemoryEventStore();
        InMemorySnapshotStore snapshots = new InMemorySnapshotStore();
        KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(new DemoModel())
                .addFeature(new TestFeature()).eventStore(events).snapshotStore(snapshots).snapshotEvery(5)
                .clock(Fixtures.CLOCK).build();
        record(runtime, 0, 4);
        assertThat(snapshots.latest()).isEmpty();
        record(runtime, 4, 12);

        // taken when the ledger next catches up after the fifth and the tenth event
        assertThat(snapshots.size()).isEqualTo(2);
        assertThat(snapshots.latest()).hasValueSatisfying(latest -> {
            assertThat(latest.sequence()).isEqualTo(10);
            assertThat(latest.eventHash()).isEqualTo(events.hashAt(10).orElseThrow());
        });
    }

    @Test
    void aLedgerWithoutSnapshotStore_refusesToSave_andSaysItReplayed() {
        KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM)
                .addModel(new DemoModel()).clock(Fixtures.CLOCK).build();
        assertThat(runtime.ledger().openedFrom().replayed()).extracting(LedgerOpening.Replayed::reason)
                .containsOnly(LedgerOpening.Reason.NO_SNAPSHOT_STORE);
        assertThatThrownBy(() -> runtime.ledger().saveSnapshot()).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.code()).isEqualTo(LedgerErrorCode.LEDGER_NO_SNAPSHOT_STORE));
    }

    @Test
    void aNegativeInterval_isRefused() {
        assertThatThrownBy(() -> KetnghiaRuntime.builder().snapshotEvery(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    @Test
    void anEmptyLedger_savesNothing() {
        InMemorySnapshotStore snapshots = new InMemorySnapshotStore();
        assertThat(runtime(new InMemoryEventStore(), snapshots).ledger().saveSnapshot()).isEmpty();
        assertThat(snapshots.latest()).isEmpty();
    }

    @Test
    void theInMemoryStore_keepsTheLastFew() {
        InMemorySnapshotStore snapshots = new InMemorySnapshotStore();
        for (long sequence = 1; sequence <= 5; sequence++) {
            snapshots.save(new LedgerSnapshot(sequence, "a".repeat(64), Fixtures.CLOCK.instant(), List.of()));
        }
        assertThat(snapshots.size()).isEqualTo(InMemorySnapshotStore.KEPT);
        assertThat(snapshots.latest()).hasValueSatisfying(latest -> assertThat(latest.sequence()).isEqualTo(5));
    }

    @Test
    void hashAt_findsTheEventOrNothing() {
        InMemoryEventStore events = new InMemoryEventStore();
        record(runtime(events, new InMemorySnapshotStore()), 0, 3);
        assertThat(events.hashAt(2)).contains(events.readAll().get(1).hash());
        assertThat(events.hashAt(0)).isEmpty();
        assertThat(events.hashAt(4)).isEmpty();
        EventStore byDefault = new EventStore() {
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
                events.append(expectedLastSequence, batch);
            }

            @Override
            public void forEach(long fromSequence, java.util.function.Consumer<? super EventEnvelope> consumer) {
                events.forEach(fromSequence, consumer);
            }
        };
        assertThat(byDefault.hashAt(3)).isEqualTo(events.hashAt(3)).isPresent();
        assertThat(byDefault.hashAt(9)).isEmpty();
    }

    @Test
    void codeFingerprints_differForDifferentCode_andAreStable() {
        String counts = CodeFingerprint.of(EventCounts.class, EventCounts.FORM).orElseThrow();
        assertThat(counts).hasSize(64).isEqualTo(CodeFingerprint.of(EventCounts.class, EventCounts.FORM).orElseThrow());
        // Units and its state are different class files (the nest of this test class is the same, so compare
        // types outside it)
        assertThat(CodeFingerprint.of(List.of(ObjectMapper.class))).isNotEqualTo(CodeFingerprint.of(List.of(Ledger.class)));
        assertThat(CodeFingerprint.of(List.of(String.class))).isPresent();
    }
}
