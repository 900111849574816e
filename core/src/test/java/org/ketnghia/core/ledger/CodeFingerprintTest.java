package org.ketnghia.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.testing.Fixtures.recordItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.programme.ProgrammeRegistry;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.LedgerFeature;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.demo.DemoModel;

class CodeFingerprintTest {

    /** Keeps the type id of every event; its own nest, so that other test classes do not enter its fingerprint. */
    static final class TypeIds implements Projection {
        static final SnapshotForm<TypeIds, Saved> FORM = SnapshotForm.of(Saved.class, TypeIds::save, TypeIds::restore);
        private final List<String> typeIds = new ArrayList<>();

        @Override
        public void apply(EventEnvelope event) {
            typeIds.add(event.typeId());
        }

        Saved save() {
            return new Saved(List.copyOf(typeIds));
        }

        static TypeIds restore(Saved saved) {
            TypeIds projection = new TypeIds();
            projection.typeIds.addAll(saved.typeIds());
            return projection;
        }

        record Saved(List<String> typeIds) {
        }
    }

    /** Folds {@link TypeIds} with the given form. */
    private record TypeIdsFeature(SnapshotForm<TypeIds, TypeIds.Saved> form) implements LedgerFeature {
        @Override
        public List<ProjectionDefinition<?>> projections() {
            return List.of(ProjectionDefinition.of(TypeIds.class, TypeIds::new, form));
        }
    }

    private static KetnghiaRuntime runtime(EventStore events, SnapshotStore snapshots,
            SnapshotForm<TypeIds, TypeIds.Saved> form) {
        return KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(new DemoModel())
                .addFeature(new TypeIdsFeature(form)).eventStore(events).snapshotStore(snapshots).snapshotEvery(0)
                .clock(Fixtures.CLOCK).build();
    }

    private static String fingerprint(SnapshotForm<TypeIds, TypeIds.Saved> form) {
        return CodeFingerprint.of(TypeIds.class, form).orElseThrow();
    }

    @Test
    void aFormNamingNoFurtherClass_hasTheFingerprintOfTheProjectionAndStateTypesAlone() {
        String ofTheTwoTypes = CodeFingerprint.of(List.of(TypeIds.class, TypeIds.Saved.class)).orElseThrow();

        assertThat(fingerprint(TypeIds.FORM)).hasSize(64).isEqualTo(ofTheTwoTypes);
        assertThat(fingerprint(new SnapshotForm<>(TypeIds.Saved.class, TypeIds::save, TypeIds::restore)))
                .isEqualTo(ofTheTwoTypes);
        assertThat(fingerprint(TypeIds.FORM.covering())).isEqualTo(ofTheTwoTypes);
        assertThat(fingerprint(new SnapshotForm<>(TypeIds.Saved.class, TypeIds::save, TypeIds::restore, List.of())))
                .isEqualTo(ofTheTwoTypes);
        assertThat(TypeIds.FORM.covered()).isEmpty();
        assertThat(TypeIds.FORM.coveredEventsOf()).isEmpty();
    }

    @Test
    void aFormCoveringNoEventsByInterface_hasTheSameFingerprintUnderEveryRuntime() {
        EventSchemas withDemoItems = runtime(new InMemoryEventStore(), new InMemorySnapshotStore(), TypeIds.FORM)
                .eventSchemas();
        SnapshotForm<TypeIds, TypeIds.Saved> coveringMap = TypeIds.FORM.covering(Map.class);

        assertThat(withDemoItems.eventTypesAssignableTo(LedgerEvent.class)).isNotEmpty();
        assertThat(CodeFingerprint.of(TypeIds.class, TypeIds.FORM, withDemoItems)).contains(fingerprint(TypeIds.FORM));
        assertThat(CodeFingerprint.of(TypeIds.class, coveringMap, withDemoItems)).contains(fingerprint(coveringMap))
                .isEqualTo(CodeFingerprint.of(TypeIds.class, coveringMap, EventSchemas.NONE));
    }

    @Test
    void coveringEventsOfAnInterface_coversItAndEveryRegisteredEventTypeAssignableToIt() {
        SnapshotForm<TypeIds, TypeIds.Saved> form = TypeIds.FORM.coveringEventsOf(LedgerEvent.class);
        EventSchemas withDemoItems = runtime(new InMemoryEventStore(), new InMemorySnapshotStore(), form).eventSchemas();
        List<Class<?>> registered = withDemoItems.eventTypesAssignableTo(LedgerEvent.class);
        List<Class<?>> expected = new ArrayList<>(List.of(TypeIds.class, TypeIds.Saved.class, LedgerEvent.class));
        List<Class<?>> inAnotherOrder = new ArrayList<>(registered);
        Collections.reverse(inAnotherOrder);
        expected.addAll(inAnotherOrder);
        registered.forEach(type -> expected.addAll(CodeFingerprint.accessorTypes(type)));

        assertThat(registered).contains(org.ketnghia.testing.demo.ItemRecorded.class)
                .isSortedAccordingTo(Comparator.comparing(Class::getName));
        assertThat(CodeFingerprint.of(TypeIds.class, form, withDemoItems)).isEqualTo(CodeFingerprint.of(expected));
        assertThat(fingerprint(form)).isEqualTo(CodeFingerprint.of(List.of(TypeIds.class, TypeIds.Saved.class,
                LedgerEvent.class)).orElseThrow()).isNotEqualTo(fingerprint(TypeIds.FORM));
        assertThat(CodeFingerprint.of(TypeIds.class, form, withDemoItems)).get().isNotEqualTo(fingerprint(form));
    }

    /** An event handing a projection values of the project's types: their code may shape what the projection keeps. */
    interface Handed {
        Money amount();

        Optional<AdminLevel> level();

        List<ReportingPeriod[]> periods();

        String note();

        int count();

        LocalDate day();

        static Money notAnAccessor() {
            return Money.ZERO;
        }

        Money withTax(Money base);
    }

    @Test
    void theTypesAnEventsAccessorsReturn_outsideTheJdk_areCovered_theirTypeArgumentsAndArraysIncluded() {
        assertThat(CodeFingerprint.accessorTypes(Handed.class))
                .containsExactlyInAnyOrder(Money.class, AdminLevel.class, ReportingPeriod.class);
        assertThat(CodeFingerprint.accessorTypes(Object.class)).isEmpty();
    }

    @Test
    void coveringEventsOf_addsToWhatTheFormCovers_andKeepsItsParts() {
        SnapshotForm<TypeIds, TypeIds.Saved> form = TypeIds.FORM.covering(Map.class).coveringEventsOf(LedgerEvent.class)
                .covering(Ledger.class).coveringEventsOf(Command.class);

        assertThat(form.covered()).containsExactly(Map.class, Ledger.class);
        assertThat(form.coveredEventsOf()).containsExactly(LedgerEvent.class, Command.class);
        assertThat(form.stateType()).isEqualTo(TypeIds.Saved.class);
        assertThat(form.save()).isSameAs(TypeIds.FORM.save());
        assertThat(form.restore()).isSameAs(TypeIds.FORM.restore());
        assertThatThrownBy(() -> form.coveredEventsOf().add(String.class)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> TypeIds.FORM.coveringEventsOf(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aCoreProjectionNamingNoFurtherClass_keepsTheFingerprintOfItsTwoTypes() {
        assertThat(ProgrammeRegistry.SNAPSHOT_FORM.covered()).isEmpty();
        assertThat(CodeFingerprint.of(ProgrammeRegistry.class, ProgrammeRegistry.SNAPSHOT_FORM))
                .isEqualTo(CodeFingerprint.of(List.of(ProgrammeRegistry.class, ProgrammeRegistry.State.class)));
    }

    @Test
    void coveringAClass_changesTheFingerprint() {
        assertThat(fingerprint(TypeIds.FORM.covering(ObjectMapper.class))).hasSize(64)
                .isNotEqualTo(fingerprint(TypeIds.FORM));
    }

    @Test
    void coveringAnotherClass_givesAnotherFingerprint() {
        assertThat(fingerprint(TypeIds.FORM.covering(ObjectMapper.class)))
                .isNotEqualTo(fingerprint(TypeIds.FORM.covering(Ledger.class)));
    }

    @Test
    void theFingerprintCoversTheNestOfACoveredClass_whateverTheOrderOrRepetition() {
        String mapAndLedger = fingerprint(TypeIds.FORM.covering(Map.class, Ledger.class));

        assertThat(fingerprint(TypeIds.FORM.covering(Ledger.class, Map.Entry.class))).isEqualTo(mapAndLedger);
        assertThat(fingerprint(TypeIds.FORM.covering(Ledger.class).covering(Map.class, Ledger.class)))
                .isEqualTo(mapAndLedger);
    }

    @Test
    void aSnapshotSavedByAFormCoveringOneClass_isReplayedByAFormCoveringAnother_andRestoredByTheSame() {
        InMemoryEventStore events = new InMemoryEventStore();
        InMemorySnapshotStore snapshots = new InMemorySnapshotStore();
        KetnghiaRuntime saving = runtime(events, snapshots, TypeIds.FORM.covering(ObjectMapper.class));
        for (int i = 0; i < 3; i++) {
            saving.ledger().submit(recordItem(PROVINCE, "QNA.TAY-GIANG", LocalDate.of(2024, 3, 1), "bo-" + i, 1));
        }
        saving.ledger().saveSnapshot().orElseThrow();

        LedgerOpening sameCode = runtime(events, snapshots, TypeIds.FORM.covering(ObjectMapper.class)).ledger().openedFrom();
        LedgerOpening otherCode = runtime(events, snapshots, TypeIds.FORM.covering(Ledger.class)).ledger().openedFrom();
        LedgerOpening uncovered = runtime(events, snapshots, TypeIds.FORM).ledger().openedFrom();

        assertThat(sameCode.restored()).contains(TypeIds.class.getName());
        for (LedgerOpening opening : List.of(otherCode, uncovered)) {
            assertThat(opening.restored()).doesNotContain(TypeIds.class.getName());
            assertThat(opening.replayed()).extracting(LedgerOpening.Replayed::projectionType, LedgerOpening.Replayed::reason)
                    .contains(tuple(TypeIds.class.getName(), LedgerOpening.Reason.CODE_CHANGED));
        }
    }

    @Test
    void coveringAddsToWhatTheFormCovers_andKeepsItsParts() {
        SnapshotForm<TypeIds, TypeIds.Saved> form = TypeIds.FORM.covering(Map.class).covering(Ledger.class);

        assertThat(form.covered()).containsExactly(Map.class, Ledger.class);
        assertThat(form.stateType()).isEqualTo(TypeIds.Saved.class);
        assertThat(form.save()).isSameAs(TypeIds.FORM.save());
        assertThat(form.restore()).isSameAs(TypeIds.FORM.restore());
        assertThat(TypeIds.FORM.covered()).isEmpty();
        assertThatThrownBy(() -> form.covered().add(String.class)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> TypeIds.FORM.covering(Map.class, null)).isInstanceOf(NullPointerException.class);
    }
}
