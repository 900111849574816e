package org.ketnghia.village;

import static org.ketnghia.testing.contract.TraceAgreement.Window.IN_YEAR;
import static org.ketnghia.testing.contract.TraceAgreement.Window.SINCE_START;
import static org.ketnghia.village.VillageTestKit.A_UR;
import static org.ketnghia.village.VillageTestKit.A_XAN;
import static org.ketnghia.village.VillageTestKit.PA_RONG;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.programme.ProgrammeErrorCode;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.TraceContext;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;
import org.ketnghia.testing.contract.PilotModelContract;
import org.ketnghia.testing.contract.Refusal;
import org.ketnghia.testing.contract.TraceAgreement;
import org.ketnghia.village.criteria.CriteriaSet;
import org.ketnghia.village.criteria.CriteriaSets;
import org.ketnghia.village.criteria.Criterion;
import org.ketnghia.village.criteria.Reading;
import org.ketnghia.village.reporting.VillageIndicators;
import org.ketnghia.village.scheme.IndicatorReading;
import org.ketnghia.village.scheme.IndicatorsMeasured;
import org.ketnghia.village.scheme.RecognitionStep;
import org.ketnghia.village.scheme.RevokeRecognition;
import org.ketnghia.village.simulation.CriterionWork;
import org.ketnghia.village.simulation.RecognitionPlan;
import org.ketnghia.village.simulation.VillageSimulator;

/**
 * The model new-rural village (<i>thôn nông thôn mới kiểu mẫu</i>) passes the pilot-model contract: the scheme of
 * {@link VillageProgrammeTest} — thôn A Ur and Pà Rồng from baseline to recognition in a programme declared with their
 * communes as pilot communes, Pà Rồng's recognition revoked (<i>thu hồi</i>) — refusals after it (among them the
 * programme's scope and the order of the process), and a four-year trace of both villages under the same programme
 * whose reports give the replicate's values.
 */
class VillageContractTest extends PilotModelContract {

    private static final ObjectMapper MAPPER = KetnghiaJson.newObjectMapper();
    private static final CriteriaSet SAMPLE = CriteriaSets.sample();
    private static final LocalDate PROGRAMME_START = VillageTestKit.PROGRAMME_START;
    private static final int YEARS = 4;
    /** After Pà Rồng's revocation on 4 May 2026, before the contract's "today" (1 June 2026). */
    private static final LocalDate AFTER_THE_SCHEME = LocalDate.of(2026, 5, 20);
    private static final LocalDate A_UR_RECOGNISED_ON = LocalDate.of(2026, 1, 15);
    private static final LocalDate REVOKED_ON = LocalDate.of(2026, 5, 4);

    private List<Command> played;
    private long aUrFirstMeasurement;

    @Override
    protected PilotModel model() {
        return VillageTestKit.model();
    }

    /** The test kit's units: the Tây Giang villages across the 2025 merger, a zone-2 and a zone-less village. */
    @Override
    protected AdministrativeRegistry units() {
        return VillageTestKit.units();
    }

    @Override
    protected List<Command> acceptedCommands() {
        if (played == null) {
            List<Command> commands = new ArrayList<>();
            VillageProgrammeTest.playTheScheme(commands::add);
            commands.add(VillageTestKit.correct(A_UR, AFTER_THE_SCHEME, aUrFirstMeasurement(),
                    List.of(environmentMet())));
            played = List.copyOf(commands);
        }
        return played;
    }

    /**
     * The ledger sequence of A Ur's measurement of 1 March 2025 (the environment still unmet), found by playing the
     * scheme on a fresh runtime as the contract does.
     */
    private long aUrFirstMeasurement() {
        if (aUrFirstMeasurement == 0) {
            Ledger ledger = VillageTestKit.runtime().ledger();
            VillageProgrammeTest.playTheScheme(ledger::submit);
            aUrFirstMeasurement = ledger.store().readAll().stream()
                    .filter(event -> event.payloadAs(IndicatorsMeasured.class)
                            .filter(measured -> measured.villageCode().equals(A_UR)).isPresent())
                    .filter(event -> event.occurredOn().equals(LocalDate.of(2025, 3, 1)))
                    .mapToLong(EventEnvelope::sequence).findFirst().orElseThrow();
        }
        return aUrFirstMeasurement;
    }

    /** The environment's first indicator at its threshold, as the correction of that measurement reads it. */
    private static IndicatorReading environmentMet() {
        IndicatorReading met = VillageTestKit.readings(SAMPLE, 1, Map.of()).stream()
                .filter(reading -> reading.indicatorId().startsWith("moi-truong.")).findFirst().orElseThrow();
        return IndicatorReading.of(met.indicatorId(), met.reading(), "Biên bản kiểm tra lại môi trường");
    }

    @Override
    protected List<? extends ErrorCode> errorCodes() {
        return List.of(VillageErrorCode.values());
    }

    /** The trace's plan: roads, water and security to close in two villages of A Xan. */
    @Override
    protected Optional<PlanSection> budgetSection() {
        return Optional.of(section());
    }

    @Override
    protected Optional<SimulationScenario> scenario() {
        return Optional.of(new SimulationScenario(PROGRAMME_START, YEARS, section()));
    }

    /**
     * The province records by default; the committees of A Xan and A Nông record for their villages (A Ur and Pà
     * Rồng), both communes in force for the four years.
     */
    @Override
    protected Optional<TraceContext> traceContext() {
        return Optional.of(TraceContext.builder().actor(Fixtures.PROVINCE)
                .actorFor(A_XAN, Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, A_XAN))
                .actorFor(Participants.A_NONG, Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, Participants.A_NONG))
                .units(VillageTestKit.units()).villages(A_XAN, List.of(A_UR, PA_RONG))
                .programme(PROGRAMME_START, PROGRAMME_START.plusYears(YEARS).minusDays(1)).build());
    }

    /**
     * The sponsors and the Tây Giang twinning agreement, so that the twinned sponsor takes on the criteria, and the
     * programme whose pilot communes hold both traced villages, so that the trace is recorded under its rules.
     */
    @Override
    protected List<Command> traceSetUp() {
        List<Command> commands = new ArrayList<>();
        VillageTestKit.twinning(commands::add);
        commands.add(VillageTestKit.programme(A_XAN, Participants.A_NONG));
        return commands;
    }

    /**
     * Villages recognised and criteria met, both at the end of the period, so equal in the year's report and in the
     * report since the start; the plan lists every criterion of the set, so the ledger's count of criteria met is the
     * simulator's.
     */
    @Override
    protected List<TraceAgreement> traceAgreements() {
        return List.of(
                TraceAgreement.total(VillageSimulator.RECOGNISED, VillageIndicators.VILLAGES_RECOGNISED.id(), IN_YEAR),
                TraceAgreement.total(VillageSimulator.RECOGNISED, VillageIndicators.VILLAGES_RECOGNISED.id(),
                        SINCE_START),
                TraceAgreement.total(VillageSimulator.CRITERIA_MET, VillageIndicators.CRITERIA_MET.id(), IN_YEAR),
                TraceAgreement.total(VillageSimulator.CRITERIA_MET, VillageIndicators.CRITERIA_MET.id(), SINCE_START));
    }

    @Override
    protected List<Refusal> refusals() {
        return List.of(
                new Refusal(VillageTestKit.adopt(SAMPLE), VillageErrorCode.VILLAGE_SET_ALREADY_ADOPTED),
                new Refusal(VillageTestKit.register(A_UR, SAMPLE.id(), AFTER_THE_SCHEME),
                        VillageErrorCode.VILLAGE_ALREADY_REGISTERED),
                new Refusal(VillageTestKit.register(VillageTestKit.NO_ZONE_VILLAGE, SAMPLE.id(), AFTER_THE_SCHEME),
                        VillageErrorCode.VILLAGE_ZONE_UNKNOWN),
                new Refusal(VillageTestKit.baseline(A_UR, AFTER_THE_SCHEME, VillageTestKit.readings(SAMPLE, 1, Map.of())),
                        VillageErrorCode.VILLAGE_BASELINE_ALREADY_ASSESSED),
                new Refusal(VillageTestKit.takeOn(A_UR, VillageTestKit.OTHER_SPONSOR, AFTER_THE_SCHEME, "dien"),
                        VillageErrorCode.VILLAGE_SPONSOR_NOT_TWINNED),
                new Refusal(VillageTestKit.measure(A_UR, AFTER_THE_SCHEME, false,
                        VillageTestKit.reading("giao-thong.cau-treo", Reading.of(true))),
                        VillageErrorCode.VILLAGE_UNKNOWN_INDICATOR),
                new Refusal(VillageTestKit.recognise(A_UR, AFTER_THE_SCHEME, "13/QĐ-UBND"),
                        VillageErrorCode.VILLAGE_DECISION_IN_USE),
                new Refusal(RevokeRecognition.builder().actor(Fixtures.PROVINCE).unitCode(A_UR)
                        .occurredOn(AFTER_THE_SCHEME).decisionNumber("46/QĐ-UBND").reason("Thử thu hồi").build(),
                        VillageErrorCode.VILLAGE_REASSESSMENT_PASSED),
                // the programme's scope: a village of Tam Kỳ is in none of its pilot communes
                new Refusal(VillageTestKit.register(VillageTestKit.AN_PHU_TAY, SAMPLE.id(), AFTER_THE_SCHEME),
                        ProgrammeErrorCode.PROGRAMME_OUTSIDE_SCOPE),
                // the order of the process: no decision without inspection and dossier, no step back in time
                new Refusal(VillageTestKit.recognise(PA_RONG, AFTER_THE_SCHEME, "50/QĐ-UBND"),
                        VillageErrorCode.VILLAGE_STEP_OUT_OF_ORDER),
                new Refusal(VillageTestKit.step(PA_RONG, RecognitionStep.SELF_ASSESSMENT, REVOKED_ON.minusDays(3), false),
                        VillageErrorCode.VILLAGE_STEP_BEFORE_PREVIOUS),
                new Refusal(VillageTestKit.measure(A_UR, A_UR_RECOGNISED_ON.minusDays(5), true,
                        VillageTestKit.readings(SAMPLE, 1, Map.of())),
                        VillageErrorCode.VILLAGE_REASSESSMENT_BEFORE_RECOGNITION),
                // corrections (issue 18): the value corrected already, a measurement the village does not have
                new Refusal(VillageTestKit.correct(A_UR, AFTER_THE_SCHEME, aUrFirstMeasurement(),
                        List.of(environmentMet())), VillageErrorCode.VILLAGE_CORRECTION_UNCHANGED),
                new Refusal(VillageTestKit.correct(PA_RONG, AFTER_THE_SCHEME, aUrFirstMeasurement(),
                        List.of(environmentMet())), VillageErrorCode.VILLAGE_MEASUREMENT_UNKNOWN));
    }

    /**
     * Two villages of A Xan to take to recognition with 25 million đồng a month: roads, water and security to close,
     * the set's other six criteria met already (listed with no gap, so that the simulator counts them).
     */
    private static PlanSection section() {
        RecognitionPlan.Builder plan = RecognitionPlan.builder().unitCode(A_XAN).villages(2)
                .sponsorIds(List.of(VillageTestKit.SPONSOR, VillageTestKit.OTHER_SPONSOR))
                .fundingPerMonth(Money.ofMillions(25)).processMonths(3)
                .addCriteria(CriterionWork.builder().criterionId("giao-thong").gap(20).improvementPerMonth(2)
                        .variability(0.4).costPerPoint(Money.ofMillions(10)).build())
                .addCriteria(CriterionWork.builder().criterionId("nuoc-sach").gap(10).improvementPerMonth(1)
                        .variability(0.4).costPerPoint(Money.ofMillions(5)).build())
                .addCriteria(CriterionWork.builder().criterionId("an-ninh").gap(1).improvementPerMonth(0.5)
                        .variability(0.5).costPerPoint(Money.ZERO).build());
        SAMPLE.criteria().stream().map(Criterion::id)
                .filter(id -> !List.of("giao-thong", "nuoc-sach", "an-ninh").contains(id))
                .forEach(id -> plan.addCriteria(CriterionWork.builder().criterionId(id).gap(0).improvementPerMonth(1)
                        .costPerPoint(Money.ZERO).build()));
        return new PlanSection(VillageModel.ID, "models.village", MAPPER.valueToTree(plan.build()));
    }
}
