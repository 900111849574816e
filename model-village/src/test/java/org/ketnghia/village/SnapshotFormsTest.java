package org.ketnghia.village;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.contract.SnapshotFormCheck;
import org.ketnghia.village.scheme.BaselineAssessed;
import org.ketnghia.village.scheme.CriteriaSetAdopted;
import org.ketnghia.village.scheme.CriteriaTakenOn;
import org.ketnghia.village.scheme.IndicatorsMeasured;
import org.ketnghia.village.scheme.MeasurementCorrected;
import org.ketnghia.village.scheme.RecognitionRevoked;
import org.ketnghia.village.scheme.RecognitionStepRecorded;
import org.ketnghia.village.scheme.VillageRecognised;
import org.ketnghia.village.scheme.VillageRegistered;
import org.ketnghia.village.scheme.VillageRegistry;

/**
 * The snapshot form of {@link VillageRegistry}: restored from its saved JSON at every event of the contract's samples
 * (criteria sets, villages, baselines, measurements and re-assessments, a correction, sponsors' plans, the
 * recognition steps, a recognition and a revocation), it answers as the folded registry does and, fed the rest of the
 * events, saves exactly what a full replay saves.
 */
class SnapshotFormsTest {

    private final VillageContractTest contract = new VillageContractTest();
    private final PilotModel model = contract.model();
    private final KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(contract.units())
            .addModel(model).clock(Fixtures.CLOCK).build();
    private final List<EventEnvelope> events = recorded();

    private List<EventEnvelope> recorded() {
        contract.acceptedCommands().forEach(runtime.ledger()::submit);
        return runtime.ledger().store().readAll();
    }

    @Test
    void villageRegistry_restoredAtEveryEvent_continuesAsAFullReplay() {
        for (Class<?> type : List.of(CriteriaSetAdopted.class, VillageRegistered.class, BaselineAssessed.class,
                IndicatorsMeasured.class, MeasurementCorrected.class, CriteriaTakenOn.class,
                RecognitionStepRecorded.class, VillageRecognised.class, RecognitionRevoked.class)) {
            assertThat(payloads(type)).as(type.getSimpleName()).isNotEmpty();
        }

        SnapshotFormCheck.of(runtime.objectMapper(), model, VillageRegistry.class, this::answers).checkEveryCut(events);
    }

    private List<Object> answers(VillageRegistry registry) {
        List<Object> answers = new ArrayList<>();
        answers.addAll(List.of(registry.criteriaSets(), registry.villages(), registry.villagesMeetingEachCriterion()));
        payloads(CriteriaSetAdopted.class).forEach(adopted -> answers.add(registry.criteriaSet(adopted.criteriaSet().id())));
        TreeSet<String> indicators = new TreeSet<>();
        payloads(BaselineAssessed.class).forEach(baseline -> baseline.readings()
                .forEach(reading -> indicators.add(reading.indicatorId())));
        payloads(IndicatorsMeasured.class).forEach(measured -> measured.readings()
                .forEach(reading -> indicators.add(reading.indicatorId())));
        List<Long> measurements = events.stream().filter(event -> event.payload() instanceof BaselineAssessed
                || event.payload() instanceof IndicatorsMeasured).map(EventEnvelope::sequence).toList();
        for (VillageRegistered registered : payloads(VillageRegistered.class)) {
            String code = registered.villageCode();
            answers.addAll(List.of(registry.isRegistered(code), registry.village(code), registry.corrections(code)));
            indicators.forEach(indicator -> answers.add(registry.history(code, indicator)));
            measurements.forEach(sequence -> answers.add(registry.measurement(code, sequence)));
        }
        payloads(CriteriaTakenOn.class).forEach(taken -> answers.add(registry.assignmentsOf(taken.sponsorId())));
        payloads(VillageRecognised.class).forEach(recognised ->
                answers.add(registry.isDecisionNumberUsed(recognised.decisionNumber())));
        payloads(RecognitionRevoked.class).forEach(revoked ->
                answers.add(registry.isDecisionNumberUsed(revoked.decisionNumber())));
        answers.add(registry.isRegistered("no-such-village"));
        return answers;
    }

    private <T> List<T> payloads(Class<T> type) {
        return events.stream().map(EventEnvelope::payload).filter(type::isInstance).map(type::cast).toList();
    }
}
