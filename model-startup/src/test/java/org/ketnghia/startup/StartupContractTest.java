package org.ketnghia.startup;

import static org.ketnghia.startup.StartupTestKit.A_NONG;
import static org.ketnghia.startup.StartupTestKit.A_XAN;
import static org.ketnghia.startup.StartupTestKit.CALL;
import static org.ketnghia.startup.StartupTestKit.FAILED_ON;
import static org.ketnghia.startup.StartupTestKit.FIRST_FOLLOW_UP;
import static org.ketnghia.startup.StartupTestKit.SECOND_PAID;
import static org.ketnghia.startup.StartupTestKit.TAY_GIANG;
import static org.ketnghia.testing.contract.TraceAgreement.Window.IN_YEAR;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.programme.ProgrammeErrorCode;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.TraceContext;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.startup.indicators.StartupIndicators;
import org.ketnghia.startup.policy.ApplicantKind;
import org.ketnghia.startup.project.ItemAmount;
import org.ketnghia.startup.project.OpenCall;
import org.ketnghia.startup.project.ProjectOutcome;
import org.ketnghia.startup.simulation.PortfolioLine;
import org.ketnghia.startup.simulation.SectorRates;
import org.ketnghia.startup.simulation.StartupPlan;
import org.ketnghia.startup.simulation.StartupSimulator;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;
import org.ketnghia.testing.contract.PilotModelContract;
import org.ketnghia.testing.contract.Refusal;
import org.ketnghia.testing.contract.TraceAgreement;

/**
 * The start-up support model (<i>hỗ trợ khởi nghiệp</i>) passes the pilot-model contract: the 2024 call of huyện
 * Tây Giang played from the call to a failure and a completion, refusals after it, the budget of a portfolio of
 * fruit and processing projects, and that portfolio traced over the four programme years before the 2025 mergers.
 */
class StartupContractTest extends PilotModelContract {

    private static final LocalDate PROGRAMME_START = LocalDate.of(2021, 7, 1);
    private static final int YEARS = 4;

    /**
     * Five fruit projects in the district (the trace spreads them over A Xan and A Nông) with the fruit rates of the
     * plan, and three processing projects in A Xan with the configuration's rates.
     */
    private static final StartupPlan PORTFOLIO = new StartupPlan(List.of(
            new PortfolioLine(TAY_GIANG, "fruit", 5, Money.ofMillions(50), Money.ofMillions(60)),
            new PortfolioLine(A_XAN, "processing", 3, Money.ofDong(70_000_001), Money.ofMillions(90))),
            List.of(new SectorRates("fruit", 0.25, 0.08, 0.1)));

    /** A-11, approved above the norm, brought back to it by an amendment (issue 18). */
    private static final LocalDate A_11_AMENDED = LocalDate.of(2025, 6, 10);

    private List<Command> played;

    @Override
    protected PilotModel model() {
        return new StartupModel(StartupConfiguration.quangNam2021());
    }

    /** The Quảng Nam units with the villages of Tây Giang the samples live in. */
    @Override
    protected AdministrativeRegistry units() {
        return Participants.units();
    }

    /**
     * The whole call of the test kit: participants and funds, eight applications, screening, six approvals and two
     * rejections, tranches against a milestone, follow-ups, one failure and one completion; then the plan declared for
     * Tây Giang with its norm of support per project, and the 2025 call with an approval above the norm, justified.
     */
    @Override
    protected List<Command> acceptedCommands() {
        if (played == null) {
            StartupTestKit kit = new StartupTestKit();
            kit.playCall();
            kit.playProgrammeCall();
            kit.submit(AmendmentTest.reduceSeedlings("A-11", A_XAN, A_11_AMENDED));
            played = kit.submitted();
        }
        return played;
    }

    @Override
    protected List<? extends ErrorCode> errorCodes() {
        return List.of(StartupErrorCode.values());
    }

    @Override
    protected Optional<PlanSection> budgetSection() {
        return Optional.of(section());
    }

    @Override
    protected Optional<SimulationScenario> scenario() {
        return Optional.of(new SimulationScenario(PROGRAMME_START, YEARS, section()));
    }

    /** The commune committees record for their projects, the district office for its call, the province the rest. */
    @Override
    protected Optional<TraceContext> traceContext() {
        return Optional.of(TraceContext.builder().actor(Fixtures.PROVINCE)
                .actorFor(A_XAN, Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, A_XAN))
                .actorFor(A_NONG, Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, A_NONG))
                .actorFor(TAY_GIANG, Fixtures.actor(ActorRole.DISTRICT_OFFICE, TAY_GIANG))
                .units(Participants.units()).villages(A_XAN, List.of(Participants.A_UR))
                .villages(A_NONG, List.of(Participants.PA_RONG))
                .programme(PROGRAMME_START, PROGRAMME_START.plusYears(YEARS).minusDays(1)).build());
    }

    /**
     * The year's revenue of the operating projects, as the follow-ups report it: in the report's total, in the
     * district that holds every project and in the province. The simulator's other values (projects operating, their
     * share) have no indicator that reads the same: the reports count failures in a period and survival from each
     * project's approval date.
     */
    @Override
    protected List<TraceAgreement> traceAgreements() {
        return List.of(
                TraceAgreement.total(StartupSimulator.REVENUE, StartupIndicators.REVENUE, IN_YEAR),
                TraceAgreement.at(TAY_GIANG, StartupSimulator.REVENUE, StartupIndicators.REVENUE, IN_YEAR),
                TraceAgreement.at("QNA", StartupSimulator.REVENUE, StartupIndicators.REVENUE, IN_YEAR));
    }

    @Override
    protected List<Refusal> refusals() {
        return List.of(
                new Refusal(StartupTestKit.screen(CALL), StartupErrorCode.STARTUP_CALL_ALREADY_SCREENED),
                new Refusal(StartupTestKit.application("A-98", A_XAN, ApplicantKind.INDIVIDUAL, "P-03", "HN-03").build(),
                        StartupErrorCode.STARTUP_CALL_CLOSED),
                new Refusal(StartupTestKit.approval("A-05", A_XAN), StartupErrorCode.STARTUP_OUT_OF_ORDER),
                new Refusal(StartupTestKit.tranche("A-03", A_XAN, 2, SECOND_PAID,
                        ItemAmount.of("seedlings", Money.ofMillions(10)), ItemAmount.of("fertiliser", Money.ofMillions(10))),
                        StartupErrorCode.STARTUP_TRANCHE_ALREADY_DISBURSED),
                new Refusal(StartupTestKit.followUp("A-03", A_XAN, 1, FIRST_FOLLOW_UP).build(),
                        StartupErrorCode.STARTUP_FOLLOW_UP_DUPLICATE),
                new Refusal(StartupTestKit.close("A-07", A_XAN, ProjectOutcome.FAILED, FAILED_ON, "Lần nữa"),
                        StartupErrorCode.STARTUP_OUT_OF_ORDER),
                new Refusal(StartupTestKit.milestone("A-01", A_XAN), StartupErrorCode.STARTUP_OUT_OF_ORDER),
                new Refusal(StartupTestKit.close("A-03", A_XAN, ProjectOutcome.FAILED, StartupTestKit.APPROVED.minusDays(1),
                        "Ngừng sản xuất"), StartupErrorCode.STARTUP_BEFORE_APPROVAL),
                new Refusal(StartupTestKit.approvalOn("A-12", A_XAN, StartupTestKit.APPROVED_2025),
                        StartupErrorCode.STARTUP_SUPPORT_ABOVE_NORM),
                new Refusal(OpenCall.builder().actor(Fixtures.PROVINCE).unitCode("QNA.DAI-LOC")
                        .occurredOn(StartupTestKit.OPENED_2025).callId("kg-dai-loc-2025").title("Kêu gọi ngoài địa bàn")
                        .deadline(StartupTestKit.OPENED_2025.plusMonths(1)).budget(Money.ofMillions(10)).build(),
                        ProgrammeErrorCode.PROGRAMME_OUTSIDE_DISTRICTS),
                // amendments (issue 18): below what A-03 was paid, and A-11's plan already in force
                new Refusal(AmendmentTest.reduceSeedlings("A-03", A_XAN, A_11_AMENDED),
                        StartupErrorCode.STARTUP_AMENDMENT_BELOW_DISBURSED),
                new Refusal(AmendmentTest.reduceSeedlings("A-11", A_XAN, A_11_AMENDED),
                        StartupErrorCode.STARTUP_AMENDMENT_UNCHANGED));
    }

    private static PlanSection section() {
        return new PlanSection(StartupModel.ID, "models.startup", KetnghiaJson.newObjectMapper().valueToTree(PORTFOLIO));
    }
}
