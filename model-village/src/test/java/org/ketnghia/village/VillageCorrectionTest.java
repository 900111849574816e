package org.ketnghia.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.village.VillageTestKit.A_UR;
import static org.ketnghia.village.VillageTestKit.PA_RONG;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.ledger.LedgerErrorCode;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;
import org.ketnghia.village.criteria.CriteriaSet;
import org.ketnghia.village.criteria.CriteriaSets;
import org.ketnghia.village.criteria.Reading;
import org.ketnghia.village.scheme.CorrectMeasurement;
import org.ketnghia.village.scheme.IndicatorReading;
import org.ketnghia.village.scheme.MeasurementCorrected;
import org.ketnghia.village.scheme.VillageProgress;
import org.ketnghia.village.scheme.VillageRegistry;
import org.ketnghia.village.scheme.VillageRegistry.DatedReading;
import org.ketnghia.village.scheme.VillageRegistry.ReadingCorrection;

/**
 * Correcting a measurement recorded by mistake (issue 18): a new event naming the measurement, the criteria met
 * recomputed from the corrected values, the first values kept as history, the recorded events untouched; every
 * refusal listed at once and appending nothing; who may record a correction.
 */
class VillageCorrectionTest {

    private static final CriteriaSet SAMPLE = CriteriaSets.sample();
    private static final LocalDate BASELINE_ON = LocalDate.of(2024, 4, 1);
    private static final LocalDate CORRECTED_ON = LocalDate.of(2024, 5, 6);
    private static final String ROAD = "giao-thong.duong-truc-thon";

    private final KetnghiaRuntime runtime = VillageTestKit.runtime();
    private final Ledger ledger = runtime.ledger();
    private final ObjectMapper mapper = runtime.objectMapper();
    private long baselineSequence;

    @BeforeEach
    void aUrsBaselineReadsTheRoadsBelowTheThreshold() {
        VillageTestKit.twinning(ledger);
        ledger.submit(VillageTestKit.adopt(SAMPLE));
        ledger.submit(VillageTestKit.register(A_UR, SAMPLE.id(), VillageTestKit.REGISTERED_ON));
        ledger.submit(VillageTestKit.register(PA_RONG, SAMPLE.id(), VillageTestKit.REGISTERED_ON));
        ledger.submit(VillageTestKit.baseline(A_UR, BASELINE_ON,
                VillageTestKit.readings(SAMPLE, 1, Map.of("giao-thong", false))));
        baselineSequence = ledger.lastSequence();
        ledger.submit(VillageTestKit.baseline(PA_RONG, BASELINE_ON, VillageTestKit.readings(SAMPLE, 1, Map.of())));
    }

    /** The roads' readings at the threshold: what the survey really found. */
    private static List<IndicatorReading> roadsMet() {
        return VillageTestKit.readings(SAMPLE, 1, Map.of()).stream()
                .filter(reading -> reading.indicatorId().startsWith("giao-thong."))
                .map(reading -> IndicatorReading.of(reading.indicatorId(), reading.reading(), "Biên bản phúc tra"))
                .toList();
    }

    private List<ReadingCorrection> corrections(String village) {
        return ledger.read(VillageRegistry.class, registry -> registry.corrections(village));
    }

    private List<DatedReading> history(String indicatorId) {
        return ledger.read(VillageRegistry.class, registry -> registry.history(A_UR, indicatorId));
    }

    private VillageProgress aUr() {
        return ledger.read(VillageRegistry.class, registry -> registry.village(A_UR).orElseThrow());
    }

    @Test
    void aCorrectedBaseline_recomputesTheCriteriaMet_andKeepsTheFirstValuesAsHistory() throws Exception {
        VillageProgress before = aUr();
        assertThat(before.criteria().get("giao-thong").isMet()).isFalse();
        Reading recordedRoad = before.latestReadings().get(ROAD);
        String baselineBytes = mapper.writeValueAsString(ledger.store().readAll().get((int) baselineSequence - 1));

        ledger.submit(VillageTestKit.correct(A_UR, CORRECTED_ON, baselineSequence, roadsMet()));

        VillageProgress after = aUr();
        assertThat(after.criteria().get("giao-thong").isMet()).isTrue();
        assertThat(after.criteriaMet()).isEqualTo(before.criteriaMet() + 1);
        assertThat(after.allCriteriaMet()).isTrue();
        Reading correctedRoad = roadsMet().stream().filter(reading -> reading.indicatorId().equals(ROAD)).findFirst()
                .orElseThrow().reading();
        assertThat(after.latestReadings().get(ROAD)).isEqualTo(correctedRoad).isNotEqualTo(recordedRoad);
        List<DatedReading> history = history(ROAD);
        assertThat(history).singleElement().satisfies(reading -> {
            assertThat(reading.measuredOn()).isEqualTo(BASELINE_ON);
            assertThat(reading.corrected()).isTrue();
            assertThat(reading.measurementSequence()).isEqualTo(baselineSequence);
            assertThat(reading.evidence()).isEqualTo("Biên bản phúc tra");
        });
        List<ReadingCorrection> corrections = corrections(A_UR);
        assertThat(corrections).hasSize(roadsMet().size());
        assertThat(corrections).filteredOn(correction -> correction.indicatorId().equals(ROAD)).singleElement()
                .satisfies(correction -> {
                    assertThat(correction.before()).isEqualTo(recordedRoad);
                    assertThat(correction.after()).isEqualTo(correctedRoad);
                    assertThat(correction.measuredOn()).isEqualTo(BASELINE_ON);
                    assertThat(correction.correctedOn()).isEqualTo(CORRECTED_ON);
                    assertThat(correction.reason()).isEqualTo("Nhập nhầm số liệu, theo biên bản kiểm tra lại");
                    assertThat(correction.correctionSequence()).isEqualTo(ledger.lastSequence());
                });
        List<EventEnvelope> events = ledger.store().readAll();
        assertThat(mapper.writeValueAsString(events.get((int) baselineSequence - 1))).isEqualTo(baselineBytes);
        MeasurementCorrected recorded = events.get(events.size() - 1).payloadAs(MeasurementCorrected.class).orElseThrow();
        assertThat(recorded.measurementSequence()).isEqualTo(baselineSequence);
        assertThat(recorded.measuredOn()).isEqualTo(BASELINE_ON);
        assertThat(ledger.verifyChain().isIntact()).isTrue();
        assertThat(corrections(PA_RONG)).isEmpty();
    }

    @Test
    void aCorrectionOfALaterMeasurement_changesTheLatestReading_butACorrectionOfAnOlderOneDoesNot() {
        ledger.submit(VillageTestKit.measure(A_UR, LocalDate.of(2024, 9, 2), false, roadsMet()));
        long measurement = ledger.lastSequence();
        assertThat(aUr().criteria().get("giao-thong").isMet()).isTrue();
        List<IndicatorReading> roadBelow = VillageTestKit.readings(SAMPLE, 1, Map.of("giao-thong", false)).stream()
                .filter(reading -> reading.indicatorId().equals(ROAD)).toList();

        ledger.submit(VillageTestKit.correct(A_UR, LocalDate.of(2024, 9, 20), measurement, roadBelow));
        assertThat(aUr().criteria().get("giao-thong").isMet()).isFalse();

        ledger.submit(VillageTestKit.correct(A_UR, LocalDate.of(2024, 9, 21), baselineSequence, roadsMet()));
        assertThat(aUr().criteria().get("giao-thong").isMet()).as("the later measurement still decides").isFalse();
        assertThat(history(ROAD))
                .extracting(DatedReading::measuredOn, DatedReading::corrected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BASELINE_ON, true),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 9, 2), true));
    }

    @Test
    void everyProblemOfACorrection_isListedAtOnce_andNothingIsAppended() {
        IndicatorReading notRead = VillageTestKit.reading("giao-thong.cau-treo", Reading.of(true));
        IndicatorReading sameValue = aUrReading("an-ninh");
        CorrectMeasurement wrong = CorrectMeasurement.builder().from(VillageTestKit.correct(A_UR,
                BASELINE_ON.minusDays(1), baselineSequence, List.of(notRead, sameValue))).reason(" ").build();

        assertRefused(wrong, VillageErrorCode.VILLAGE_UNKNOWN_INDICATOR, VillageErrorCode.VILLAGE_CORRECTION_UNCHANGED,
                VillageErrorCode.VILLAGE_CORRECTION_BEFORE_MEASUREMENT, CoreErrorCode.VALUE_BLANK);
    }

    @Test
    void aMeasurementOfAnotherVillage_orNoMeasurementAtAll_cannotBeCorrected() {
        long paRongBaseline = ledger.lastSequence();
        assertRefused(VillageTestKit.correct(A_UR, CORRECTED_ON, paRongBaseline, roadsMet()),
                VillageErrorCode.VILLAGE_MEASUREMENT_UNKNOWN);
        assertRefused(VillageTestKit.correct(A_UR, CORRECTED_ON, 2, roadsMet()),
                VillageErrorCode.VILLAGE_MEASUREMENT_UNKNOWN);
        assertRefused(VillageTestKit.correct(A_UR, CORRECTED_ON, baselineSequence, List.of()),
                VillageErrorCode.VILLAGE_NO_READINGS);
    }

    @Test
    void anIndicatorTheMeasurementDidNotRead_cannotBeCorrected() {
        ledger.submit(VillageTestKit.measure(A_UR, LocalDate.of(2024, 9, 2), false,
                VillageTestKit.reading("an-ninh.to-bao-ve-rung", Reading.of(true))));
        assertRefused(VillageTestKit.correct(A_UR, CORRECTED_ON.plusMonths(5), ledger.lastSequence(), roadsMet()),
                VillageErrorCode.VILLAGE_READING_NOT_IN_MEASUREMENT);
    }

    @Test
    void permissions_theCommitteesOfTheVillageAndTheSystemMayCorrect_othersMayNot() {
        String district = Participants.TAY_GIANG_DISTRICT;
        assertAccepted(Fixtures.PROVINCE);
        assertAccepted(Fixtures.actor(ActorRole.PROVINCIAL_COMMITTEE, VillageTestKit.PROVINCE));
        assertAccepted(Fixtures.actor(ActorRole.DISTRICT_OFFICE, district));
        assertAccepted(Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, VillageTestKit.A_XAN));
        assertDenied(Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, Participants.A_NONG),
                LedgerErrorCode.LEDGER_PERMISSION_SCOPE);
        assertDenied(Actor.forSponsor("so-nn", "Sở Nông nghiệp", VillageTestKit.SPONSOR),
                LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        assertDenied(Fixtures.actor(ActorRole.GROUP_LEADER, VillageTestKit.A_XAN), LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        assertDenied(Fixtures.actor(ActorRole.AUDITOR, VillageTestKit.PROVINCE),
                LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
        assertDenied(Fixtures.actor(ActorRole.PUBLIC, VillageTestKit.PROVINCE), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
    }

    /** Each accepted correction flips the road's value, so every role's correction changes something. */
    private void assertAccepted(Actor actor) {
        long before = ledger.lastSequence();
        boolean met = aUr().criteria().get("giao-thong").isMet();
        List<IndicatorReading> readings = met
                ? VillageTestKit.readings(SAMPLE, 1, Map.of("giao-thong", false)).stream()
                        .filter(reading -> reading.indicatorId().startsWith("giao-thong.")).toList()
                : roadsMet();
        ledger.submit(CorrectMeasurement.builder().from(VillageTestKit.correct(A_UR, CORRECTED_ON, baselineSequence,
                readings)).actor(actor).build());
        assertThat(ledger.lastSequence()).as(actor.role().name()).isEqualTo(before + 1);
        assertThat(aUr().criteria().get("giao-thong").isMet()).isEqualTo(!met);
    }

    private void assertDenied(Actor actor, ErrorCode code) {
        assertRefused(CorrectMeasurement.builder().from(VillageTestKit.correct(A_UR, CORRECTED_ON, baselineSequence,
                roadsMet())).actor(actor).build(), code);
    }

    private IndicatorReading aUrReading(String criterionPrefix) {
        return aUr().latestReadings().entrySet().stream().filter(entry -> entry.getKey().startsWith(criterionPrefix))
                .findFirst().map(entry -> IndicatorReading.of(entry.getKey(), entry.getValue(), "Biên bản"))
                .orElseThrow();
    }

    private void assertRefused(Command command, ErrorCode... codes) {
        long before = ledger.lastSequence();
        VillageProgress progress = aUr();
        List<ReadingCorrection> corrections = corrections(A_UR);
        assertThatThrownBy(() -> ledger.submit(command)).isInstanceOfSatisfying(KetnghiaException.class, e -> {
            assertThat(e.problems()).extracting(Problem::code).contains(codes);
            assertThat(e.problems()).allSatisfy(problem -> {
                assertThat(problem.messageVi()).isNotBlank().doesNotContain("{0}");
                assertThat(problem.messageEn()).isNotBlank().doesNotContain("{0}");
            });
        });
        assertThat(ledger.lastSequence()).isEqualTo(before);
        assertThat(aUr()).isEqualTo(progress);
        assertThat(corrections(A_UR)).isEqualTo(corrections);
    }
}
