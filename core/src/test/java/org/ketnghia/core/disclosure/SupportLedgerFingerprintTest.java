package org.ketnghia.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.ledger.CodeFingerprint;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventSchemas;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.InMemorySnapshotStore;
import org.ketnghia.core.ledger.LedgerOpening;
import org.ketnghia.core.ledger.LedgerSnapshot;
import org.ketnghia.core.ledger.ProjectionDefinition;
import org.ketnghia.core.ledger.ProjectionSnapshot;
import org.ketnghia.core.ledger.SnapshotForm;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.LedgerFeature;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;
import org.ketnghia.testing.demo.DemoModel;
import org.ketnghia.testing.demo.ItemRecorded;

/**
 * {@link SupportLedger} folds every event implementing {@link BeneficiarySupport}, whatever module defines it: its code
 * fingerprint covers the runtime's registered event types implementing it, so that a snapshot saved while those
 * classes were others is replayed, not restored.
 */
class SupportLedgerFingerprintTest {

    private static final String A_XAN = Participants.A_XAN;
    private static final LocalDate IN_2024 = LocalDate.of(2024, 3, 1);
    private static final long PRICE_PER_GOAT = 1_500_000;

    private static KetnghiaRuntime runtime(InMemoryEventStore events, InMemorySnapshotStore snapshots,
            LedgerFeature... features) {
        KetnghiaRuntime.Builder builder = KetnghiaRuntime.builder().administrativeUnits(Participants.units())
                .eventStore(events).snapshotStore(snapshots).snapshotEvery(0).clock(Fixtures.CLOCK);
        for (LedgerFeature feature : features) {
            builder.addFeature(feature);
        }
        return builder.build();
    }

    private static EventSchemas schemasOf(LedgerFeature... features) {
        return runtime(new InMemoryEventStore(), new InMemorySnapshotStore(), features).eventSchemas();
    }

    private static String supportLedgerCode(EventSchemas schemas) {
        return CodeFingerprint.of(SupportLedger.class, SupportLedger.SNAPSHOT_FORM, schemas).orElseThrow();
    }

    /** The recorded lines of {@code events}, read by the code of {@code release}: the same bytes, its classes. */
    private static InMemoryEventStore readBy(GoatsFeature release, InMemoryEventStore events, EventCodec writer) {
        EventCodec reader = new EventCodec(runtime(new InMemoryEventStore(), new InMemorySnapshotStore(), release)
                .objectMapper());
        List<String> lines = new ArrayList<>();
        events.forEach(1, event -> lines.add(writer.write(event)));
        InMemoryEventStore reread = new InMemoryEventStore();
        reread.append(0, reader.readAll(lines));
        return reread;
    }

    private static Money goatsSupport(KetnghiaRuntime runtime) {
        return runtime.ledger().read(SupportLedger.class, supports -> supports.totalOf(GoatsHandedOver.MODEL_ID));
    }

    @Test
    void theSupportLedger_coversTheEventsOfBeneficiarySupport() {
        assertThat(SupportLedger.SNAPSHOT_FORM.coveredEventsOf()).containsExactly(BeneficiarySupport.class);
    }

    @Test
    void registeringABeneficiarySupportEventType_changesTheSupportLedgersCode_andTheSameTypesGiveTheSame() {
        String withoutGoats = supportLedgerCode(schemasOf());
        String withGoats = supportLedgerCode(schemasOf(GoatsFeature.FIRST_RELEASE));

        assertThat(withGoats).hasSize(64).isNotEqualTo(withoutGoats);
        assertThat(supportLedgerCode(schemasOf(GoatsFeature.FIRST_RELEASE))).isEqualTo(withGoats);
        assertThat(supportLedgerCode(schemasOf())).isEqualTo(withoutGoats);
        assertThat(supportLedgerCode(schemasOf(GoatsFeature.NEXT_RELEASE))).isNotEqualTo(withGoats)
                .isNotEqualTo(withoutGoats);
    }

    @Test
    void theRuntimesRegisteredEventTypes_ofBeneficiarySupport_areTheOnesCovered_sortedByClassName() {
        List<Class<?>> covered = schemasOf(GoatsFeature.FIRST_RELEASE, new TestSupportFeature())
                .eventTypesAssignableTo(BeneficiarySupport.class);

        assertThat(covered).containsExactly(GoatsHandedOver.class, TestSupportGiven.class);
        assertThat(EventSchemas.NONE.eventTypesAssignableTo(BeneficiarySupport.class)).isEmpty();
    }

    @Test
    void anEventTypeNotImplementingBeneficiarySupport_leavesTheSupportLedgersCodeAlone() {
        EventSchemas withDemoItems = schemasOf(GoatsFeature.FIRST_RELEASE, new DemoModel());

        assertThat(withDemoItems.eventTypesAssignableTo(LedgerEvent.class)).contains(ItemRecorded.class);
        assertThat(supportLedgerCode(withDemoItems)).isEqualTo(supportLedgerCode(schemasOf(GoatsFeature.FIRST_RELEASE)));
    }

    @Test
    void aProjectionNotCoveringEventsByInterface_keepsExactlyItsFingerprint_whateverEventTypesAreRegistered() {
        for (EventSchemas schemas : List.of(EventSchemas.NONE, schemasOf(), schemasOf(GoatsFeature.FIRST_RELEASE))) {
            assertThat(CodeFingerprint.of(ParticipantRegistry.class, ParticipantRegistry.SNAPSHOT_FORM, schemas))
                    .isEqualTo(CodeFingerprint.of(ParticipantRegistry.class, ParticipantRegistry.SNAPSHOT_FORM))
                    .isEqualTo(CodeFingerprint.of(withParts(ParticipantRegistry.class, ParticipantRegistry.SNAPSHOT_FORM)));
        }
    }

    /** The projection, its state type and the classes its form covers: what the fingerprint was made of before. */
    private static List<Class<?>> withParts(Class<?> projection, SnapshotForm<?, ?> form) {
        List<Class<?>> types = new ArrayList<>(List.of(projection, form.stateType()));
        types.addAll(form.covered());
        return types;
    }

    @Test
    void theKeeper_savesEveryOtherProjectionUnderTheFingerprintItHadBefore() {
        InMemoryEventStore events = new InMemoryEventStore();
        KetnghiaRuntime runtime = runtime(events, new InMemorySnapshotStore(), GoatsFeature.FIRST_RELEASE);
        runtime.ledger().submit(handOver("HN-001", 5));
        LedgerSnapshot snapshot = runtime.ledger().saveSnapshot().orElseThrow();

        List<ProjectionSnapshot> others = snapshot.projections().stream()
                .filter(saved -> !saved.projectionType().equals(SupportLedger.class.getName())).toList();
        assertThat(others).isNotEmpty();
        List<ProjectionDefinition<?>> definitions = runtime.features().stream()
                .flatMap(feature -> feature.projections().stream()).toList();
        assertThat(definitions).filteredOn(definition -> definition.snapshotForm().isPresent()).hasSizeGreaterThan(5);
        for (ProjectionDefinition<?> definition : definitions) {
            definition.snapshotForm().filter(form -> form.coveredEventsOf().isEmpty()).ifPresent(form ->
                    assertThat(snapshot.projection(definition.type().getName())).as(definition.type().getSimpleName())
                            .get().extracting(ProjectionSnapshot::fingerprint)
                            .isEqualTo(CodeFingerprint.withSchemas(CodeFingerprint.of(withParts(definition.type(), form))
                                    .orElseThrow(), runtime.eventSchemas())));
        }
        assertThat(snapshot.projection(SupportLedger.class.getName())).get().extracting(ProjectionSnapshot::fingerprint)
                .isEqualTo(CodeFingerprint.withSchemas(supportLedgerCode(runtime.eventSchemas()), runtime.eventSchemas()));
    }

    @Test
    void aSnapshotSavedUnderOneReleaseOfASupportEvent_isReplayedUnderTheNext_toWhatAFullReplayGives() {
        InMemoryEventStore events = new InMemoryEventStore();
        InMemorySnapshotStore snapshots = new InMemorySnapshotStore();
        KetnghiaRuntime first = runtime(events, snapshots, GoatsFeature.FIRST_RELEASE);
        first.ledger().submit(handOver("HN-001", 5));
        first.ledger().submit(handOver("HN-002", 2));
        first.ledger().saveSnapshot().orElseThrow();
        assertThat(goatsSupport(first)).isEqualTo(Money.ofDong(7 * PRICE_PER_GOAT));
        EventCodec recorded = new EventCodec(first.objectMapper());

        KetnghiaRuntime sameRelease = runtime(readBy(GoatsFeature.FIRST_RELEASE, events, recorded), snapshots,
                GoatsFeature.FIRST_RELEASE);
        KetnghiaRuntime nextRelease = runtime(readBy(GoatsFeature.NEXT_RELEASE, events, recorded), snapshots,
                GoatsFeature.NEXT_RELEASE);
        KetnghiaRuntime nextReplayedInFull = runtime(readBy(GoatsFeature.NEXT_RELEASE, events, recorded),
                new InMemorySnapshotStore(), GoatsFeature.NEXT_RELEASE);

        // no event type changed shape: the schemas alone cannot tell the two releases apart
        assertThat(nextRelease.eventSchemas().signature()).isEqualTo(first.eventSchemas().signature());
        assertThat(sameRelease.ledger().openedFrom().restored()).contains(SupportLedger.class.getName());
        LedgerOpening opening = nextRelease.ledger().openedFrom();
        assertThat(opening.snapshotSequence()).contains(2L);
        assertThat(opening.restored()).doesNotContain(SupportLedger.class.getName())
                .contains(ParticipantRegistry.class.getName());
        assertThat(opening.replayed()).extracting(LedgerOpening.Replayed::projectionType, LedgerOpening.Replayed::reason)
                .containsExactly(tuple(SupportLedger.class.getName(), LedgerOpening.Reason.CODE_CHANGED));
        Money withTransport = Money.ofDong(7 * (PRICE_PER_GOAT + GoatsHandedOverWithTransport.TRANSPORT_PER_GOAT));
        assertThat(goatsSupport(nextRelease)).isEqualTo(withTransport).isEqualTo(goatsSupport(nextReplayedInFull));
        assertThat(goatsSupport(sameRelease)).isEqualTo(goatsSupport(first));
    }

    private static HandOverGoats handOver(String householdId, int goats) {
        return new HandOverGoats(Fixtures.PROVINCE, A_XAN, IN_2024, householdId, goats, PRICE_PER_GOAT);
    }
}
