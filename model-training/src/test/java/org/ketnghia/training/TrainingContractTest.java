package org.ketnghia.training;

import static org.ketnghia.testing.contract.TraceAgreement.Window.IN_YEAR;
import static org.ketnghia.testing.contract.TraceAgreement.Window.SINCE_START;
import static org.ketnghia.training.TrainingFixtures.A_XAN;
import static org.ketnghia.training.TrainingFixtures.CA_DY;
import static org.ketnghia.training.TrainingFixtures.CHOM;
import static org.ketnghia.training.TrainingFixtures.NAM_GIANG;
import static org.ketnghia.training.TrainingFixtures.TAY_GIANG;
import static org.ketnghia.training.TrainingFixtures.classNorm;
import static org.ketnghia.training.TrainingFixtures.attendance;
import static org.ketnghia.training.TrainingFixtures.certificates;
import static org.ketnghia.training.TrainingFixtures.cost;
import static org.ketnghia.training.TrainingFixtures.days;
import static org.ketnghia.training.TrainingFixtures.enrol;
import static org.ketnghia.training.TrainingFixtures.openClass;
import static org.ketnghia.training.TrainingFixtures.scores;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.funding.FundingErrorCode;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
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
import org.ketnghia.training.catalogue.OfficialLevel;
import org.ketnghia.training.catalogue.TrainingErrorCode;
import org.ketnghia.training.catalogue.TrainingNorms;
import org.ketnghia.training.course.RecordClassCost;
import org.ketnghia.training.course.ReassignOfficial;
import org.ketnghia.training.course.RecordOfficialDeparture;
import org.ketnghia.training.course.ScoreTest;
import org.ketnghia.training.household.HouseholdParticipant;
import org.ketnghia.training.household.RecordHouseholdAttendance;
import org.ketnghia.training.indicators.TrainingIndicators;
import org.ketnghia.training.simulation.CoverageSimulator;

/**
 * The training model (<i>bồi dưỡng cán bộ cơ sở</i>) passes the pilot-model contract: the 2022 year of classes of
 * {@link TrainingYear} with a reassignment (<i>điều động</i>) and a departure (<i>thôi công tác</i>) after it,
 * refusals after that, and a four-year coverage trace of A Xan and Ch'ơm — the programme until the 2025
 * reorganisation — whose reports give the replicate's values.
 */
class TrainingContractTest extends PilotModelContract {

    private static final LocalDate PROGRAMME_START = LocalDate.of(2021, 7, 1);
    private static final int YEARS = 4;
    private static final LocalDate AFTER_THE_YEAR = LocalDate.of(2023, 2, 1);
    /** The district office of Tây Giang records the trace for its communes, as in CoverageTraceTest. */
    private static final Actor TAY_GIANG_OFFICE = Fixtures.actor(ActorRole.DISTRICT_OFFICE, TAY_GIANG);

    private static final String CLASS_2023 = "CH-TC-2023";
    private static final List<LocalDate> DAYS_2023 = days(LocalDate.of(2023, 2, 13), 2);

    private List<Command> played;

    @Override
    protected PilotModel model() {
        return TrainingFixtures.model();
    }

    /** The Quảng Nam units with the villages of Tây Giang (thôn A Ur's head is among the officials). */
    @Override
    protected AdministrativeRegistry units() {
        return Participants.units();
    }

    /**
     * The year of {@link TrainingYear} (sponsor, A Xan's fund, ten officials, five classes with attendance,
     * scores, certificates and costs), then AX-2 made chairman and AX-3 retired; then the plan declared for Tây Giang
     * with a norm of 25 million đồng per district class, a 2023 class of Ch'ơm with its official, and 10 million more
     * for the district's class C1 (30 million in all), above the norm with a justification.
     */
    @Override
    protected List<Command> acceptedCommands() {
        if (played == null) {
            List<Command> commands = new ArrayList<>();
            TrainingYear.play(commands::add);
            commands.add(ReassignOfficial.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                    .occurredOn(LocalDate.of(2023, 1, 2)).personId("AX-2").position("Chủ tịch UBND xã")
                    .workUnitCode(A_XAN).reason("Quyết định 12/QĐ-UBND").build());
            commands.add(RecordOfficialDeparture.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                    .occurredOn(LocalDate.of(2023, 1, 3)).personId("AX-3").reason("Nghỉ hưu").build());
            commands.add(TrainingFixtures.programme(List.of(TAY_GIANG), classNorm(TrainingNorms.CLASS_COST_DISTRICT, 25)));
            commands.add(openClass(CLASS_2023, CHOM, OfficialLevel.COMMUNE, AFTER_THE_YEAR, DAYS_2023, 5, "finance").build());
            commands.add(enrol(CLASS_2023, CHOM, AFTER_THE_YEAR, "CH-1"));
            commands.add(RecordClassCost.builder().from(cost(TrainingYear.C1, TAY_GIANG, AFTER_THE_YEAR, "chi-c1-them",
                    Money.ofMillions(10))).aboveNormJustification("Bổ sung tài liệu cho học viên theo Công văn 7/UBND").build());
            ClassCorrectionsTest.playCorrections(commands::add);
            HouseholdTrainingTest.playHouseholdTraining(commands::add);
            HouseholdClassCorrectionsTest.playHouseholdCorrections(commands::add);
            played = List.copyOf(commands);
        }
        return played;
    }

    @Override
    protected List<? extends ErrorCode> errorCodes() {
        return List.of(TrainingErrorCode.values());
    }

    /** The scenario's plan: two district classes of 30 million đồng. */
    @Override
    protected Optional<PlanSection> budgetSection() {
        return Optional.of(section());
    }

    @Override
    protected Optional<SimulationScenario> scenario() {
        return Optional.of(new SimulationScenario(PROGRAMME_START, YEARS, section()));
    }

    /** The district office records for A Xan and Ch'ơm, both in force until 30 June 2025. */
    @Override
    protected Optional<TraceContext> traceContext() {
        return Optional.of(TraceContext.builder().actor(TAY_GIANG_OFFICE).units(Participants.units())
                .programme(PROGRAMME_START, PROGRAMME_START.plusYears(YEARS).minusDays(1)).build());
    }

    /** The sponsor and 150 million đồng received by A Xan, from which the traced class costs are paid. */
    @Override
    protected List<Command> traceSetUp() {
        List<Command> commands = new ArrayList<>();
        TrainingFixtures.registerSponsor(commands::add);
        TrainingFixtures.fund(commands::add, A_XAN, Money.ofMillions(150));
        return commands;
    }

    /** The simulated classes, seats and coverage, as CoverageTraceTest reads them in programme-year reports. */
    @Override
    protected List<TraceAgreement> traceAgreements() {
        return List.of(
                TraceAgreement.total(CoverageSimulator.CLASSES, TrainingIndicators.CLASSES.id(), IN_YEAR),
                TraceAgreement.total(CoverageSimulator.ENROLMENTS, TrainingIndicators.PARTICIPANTS.id(), IN_YEAR),
                TraceAgreement.total(CoverageSimulator.COVERAGE, TrainingIndicators.COVERAGE.id(), IN_YEAR),
                TraceAgreement.total(CoverageSimulator.COVERAGE, TrainingIndicators.COVERAGE.id(), SINCE_START),
                TraceAgreement.at(A_XAN, CoverageSimulator.COVERAGE_OF + A_XAN, TrainingIndicators.COVERAGE.id(),
                        IN_YEAR),
                TraceAgreement.at(CHOM, CoverageSimulator.COVERAGE_OF + CHOM, TrainingIndicators.COVERAGE.id(),
                        IN_YEAR));
    }

    @Override
    protected List<Refusal> refusals() {
        List<LocalDate> laterDays = days(LocalDate.of(2023, 3, 1), 2);
        return List.of(
                new Refusal(cost(TrainingYear.C2, A_XAN, AFTER_THE_YEAR, "chi-them", Money.ofMillions(5)),
                        FundingErrorCode.FUNDING_INSUFFICIENT_BALANCE),
                new Refusal(certificates(TrainingYear.C4, CA_DY, AFTER_THE_YEAR, Map.of("CD-1", "CD-2022-009")),
                        TrainingErrorCode.TRAINING_ALREADY_CERTIFIED),
                new Refusal(attendance(TrainingYear.C1, TAY_GIANG, TrainingYear.C1_DAYS.get(0), "TG-D1"),
                        TrainingErrorCode.TRAINING_ATTENDANCE_ALREADY_RECORDED),
                new Refusal(scores(TrainingYear.C4, CA_DY, TrainingYear.C4_DAYS.get(3), ScoreTest.POST,
                        Map.of("CD-2", 11)), TrainingErrorCode.TRAINING_SCORE_OUT_OF_SCALE),
                new Refusal(RecordOfficialDeparture.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                        .occurredOn(AFTER_THE_YEAR).personId("AX-3").reason("Chuyển công tác").build(),
                        TrainingErrorCode.TRAINING_OFFICIAL_ALREADY_DEPARTED),
                new Refusal(openClass(TrainingYear.C1, CHOM, OfficialLevel.COMMUNE, AFTER_THE_YEAR, laterDays, 10,
                        "finance").build(), TrainingErrorCode.TRAINING_CLASS_ID_IN_USE),
                new Refusal(openClass("TG-TC-2023", TAY_GIANG, OfficialLevel.COMMUNE, AFTER_THE_YEAR, laterDays, 10,
                        "finance").build(), TrainingErrorCode.TRAINING_LEVEL_RULE_BROKEN),
                new Refusal(enrol(TrainingYear.C2, A_XAN, AFTER_THE_YEAR, "CH-1"),
                        TrainingErrorCode.TRAINING_CAPACITY_EXCEEDED),
                new Refusal(cost(TrainingYear.C1, TAY_GIANG, AFTER_THE_YEAR, "chi-c1-lan-3", Money.ofMillions(1)),
                        TrainingErrorCode.TRAINING_COST_ABOVE_NORM),
                new Refusal(enrol(CLASS_2023, CHOM, AFTER_THE_YEAR, "CD-1"), ProgrammeErrorCode.PROGRAMME_OUTSIDE_DISTRICTS),
                new Refusal(openClass("NG-2023", NAM_GIANG, OfficialLevel.DISTRICT, AFTER_THE_YEAR, laterDays, 10, "finance")
                        .build(), ProgrammeErrorCode.PROGRAMME_OUTSIDE_DISTRICTS),
                // corrections (issue 18)
                new Refusal(ClassCorrectionsTest.withdraw(ClassCorrectionsTest.CLASS, A_XAN, LocalDate.of(2023, 3, 8),
                        "AX-2"), TrainingErrorCode.TRAINING_NOT_ENROLLED),
                new Refusal(ClassCorrectionsTest.reschedule(ClassCorrectionsTest.CLASS, A_XAN, LocalDate.of(2023, 3, 8),
                        List.of(LocalDate.of(2023, 3, 20))), TrainingErrorCode.TRAINING_SESSION_ALREADY_HELD),
                new Refusal(ClassCorrectionsTest.cancel(ClassCorrectionsTest.CANCELLED_CLASS, A_XAN,
                        LocalDate.of(2023, 4, 4)), TrainingErrorCode.TRAINING_CLASS_CANCELLED),
                new Refusal(ClassCorrectionsTest.correct(ClassCorrectionsTest.CLASS, A_XAN, LocalDate.of(2023, 3, 8),
                        ScoreTest.PRE, "AX-1", 35), TrainingErrorCode.TRAINING_SCORE_UNCHANGED),
                new Refusal(TrainingFixtures.attendance(ClassCorrectionsTest.CANCELLED_CLASS, A_XAN,
                        LocalDate.of(2023, 4, 10), "AX-1"), TrainingErrorCode.TRAINING_CLASS_CANCELLED),
                // technical training for households (issue 18)
                new Refusal(HouseholdTrainingTest.attendance(Fixtures.PROVINCE, HouseholdTrainingTest.DAYS.get(2),
                        HouseholdParticipant.of("HH-02", "Người khác")), TrainingErrorCode.TRAINING_NOT_A_HOUSEHOLD_MEMBER),
                new Refusal(HouseholdTrainingTest.attendance(Fixtures.PROVINCE, HouseholdTrainingTest.DAYS.get(2),
                        HouseholdParticipant.of("HH-09", "Hồ Văn Nam")), TrainingErrorCode.TRAINING_HOUSEHOLD_OUTSIDE_COMMUNE),
                new Refusal(HouseholdTrainingTest.open(Fixtures.PROVINCE, HouseholdTrainingTest.CLASS),
                        TrainingErrorCode.TRAINING_CLASS_ID_IN_USE),
                // a household class rescheduled after a flood, another cancelled at harvest
                new Refusal(HouseholdTrainingTest.attendance(Fixtures.PROVINCE, HouseholdTrainingTest.DAYS.get(3),
                        HouseholdTrainingTest.HOA), TrainingErrorCode.TRAINING_SESSION_UNKNOWN),
                new Refusal(HouseholdClassCorrectionsTest.reschedule(Fixtures.PROVINCE, HouseholdTrainingTest.CLASS,
                        HouseholdTrainingTest.DAYS.get(2), HouseholdTrainingTest.DAYS.subList(1, 4)),
                        TrainingErrorCode.TRAINING_SESSION_ALREADY_HELD),
                new Refusal(RecordHouseholdAttendance.builder().from(HouseholdTrainingTest.attendance(Fixtures.PROVINCE,
                        HouseholdClassCorrectionsTest.CANCELLED_CLASS_DAYS.get(0), HouseholdTrainingTest.HOA))
                        .classId(HouseholdClassCorrectionsTest.CANCELLED_CLASS).build(),
                        TrainingErrorCode.TRAINING_CLASS_CANCELLED),
                new Refusal(HouseholdClassCorrectionsTest.cancel(Fixtures.PROVINCE,
                        HouseholdClassCorrectionsTest.CANCELLED_CLASS, HouseholdClassCorrectionsTest.CANCELLED_ON),
                        TrainingErrorCode.TRAINING_CLASS_CANCELLED));
    }

    /**
     * The training section of a plan: two classes of Tây Giang district, and the coverage of A Xan's 12 officials
     * and Ch'ơm's 9, four classes of five a year, as CoverageTraceTest plans them.
     */
    private static PlanSection section() {
        try {
            JsonNode content = KetnghiaJson.newObjectMapper().readTree("""
                    {"classes": [{"unitCode": "QNA.TAY-GIANG", "classes": 2, "costPerClass": 30000000}],
                     "coverage": {"communes": [{"unitCode": "%s", "officials": 12, "ethnicity": "Cơ Tu"},
                                               {"unitCode": "%s", "officials": 9}],
                                  "classesPerYear": 4, "capacity": 5, "completionProbability": 0.7,
                                  "annualTurnover": 0.2, "coverageTarget": 0.8}}""".formatted(A_XAN, CHOM));
            return new PlanSection(TrainingModel.ID, "models.training", content);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the training section of the test does not parse", e);
        }
    }

    /** Training supports officials, not households: nothing of it goes on a public list. */
    @Override
    protected boolean listsSupportPublicly() {
        return false;
    }
}
