package org.ketnghia.examples.water;

import static org.ketnghia.testing.contract.TraceAgreement.Window.SINCE_START;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.funding.FundingErrorCode;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.ParticipantRegistryErrorCode;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.TraceContext;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.examples.water.internal.CleanWaterSimulator;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;
import org.ketnghia.testing.contract.PilotModelContract;
import org.ketnghia.testing.contract.Refusal;
import org.ketnghia.testing.contract.TraceAgreement;

/**
 * The third-party clean-water model (<i>hỗ trợ nước sạch sinh hoạt</i>) passes the pilot-model contract: three poor
 * households of thôn A Ur, two of them given a water tank (<i>bồn nước</i>) from A Xan's fund, refusals after that,
 * and a four-year trace of twenty households whose reports give the replicate's values.
 */
class CleanWaterContractTest extends PilotModelContract {

    private static final Money TANK = Money.ofDong(6_500_000);
    private static final int TARGET_HOUSEHOLDS = 20;
    private static final LocalDate PROGRAMME_START = LocalDate.of(2021, 7, 1);
    private static final int YEARS = 4;
    private static final LocalDate LATER = LocalDate.of(2024, 6, 3);

    @Override
    protected PilotModel model() {
        return new CleanWaterModel();
    }

    /** The Quảng Nam units with the villages of Tây Giang the households live in. */
    @Override
    protected AdministrativeRegistry units() {
        return Participants.units();
    }

    /**
     * 15 million đồng for A Xan; households H-1 to H-3 of A Ur with their 2024 poverty status; tanks for H-1 and H-2,
     * which leave 2 million đồng.
     */
    @Override
    protected List<Command> acceptedCommands() {
        List<Command> commands = new ArrayList<>(CleanWaterModelTest.funding(Money.ofMillions(15)));
        household(commands, "H-1", "Bríu Thị Hoa", Sex.FEMALE, PovertyCategory.POOR);
        household(commands, "H-2", "Alăng Văn Bốn", Sex.MALE, PovertyCategory.NEAR_POOR);
        household(commands, "H-3", "Clâu Thị Lan", Sex.FEMALE, PovertyCategory.POOR);
        commands.add(CleanWaterModelTest.install("H-1"));
        commands.add(CleanWaterModelTest.install("H-2"));
        return commands;
    }

    @Override
    protected List<? extends ErrorCode> errorCodes() {
        return List.of(CleanWaterErrorCode.values());
    }

    /** Twenty households of A Ur at 6.5 million đồng: 130 million đồng. */
    @Override
    protected Optional<PlanSection> budgetSection() {
        return Optional.of(new PlanSection(CleanWaterModel.ID, "models.clean-water",
                CleanWaterModelTest.section(TARGET_HOUSEHOLDS)));
    }

    /**
     * Four programme years from 1 July 2021, installations in the first three: the programme until A Xan merges into
     * Hùng Sơn (1 July 2025), so that A Xan's own report can be compared every year.
     */
    @Override
    protected Optional<SimulationScenario> scenario() {
        return Optional.of(new SimulationScenario(PROGRAMME_START, YEARS, budgetSection().orElseThrow()));
    }

    /** The commune committee of A Xan records the installations in thôn A Ur, as in CleanWaterModelTest. */
    @Override
    protected Optional<TraceContext> traceContext() {
        return Optional.of(TraceContext.builder().actor(Fixtures.PROVINCE)
                .actorFor(Participants.A_XAN, Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, Participants.A_XAN))
                .units(Participants.units()).villages(Participants.A_XAN, List.of(Participants.A_UR))
                .programme(PROGRAMME_START, PROGRAMME_START.plusYears(YEARS).minusDays(1)).build());
    }

    /** A tank's price for every target household, received by A Xan, so that every traced installation is paid. */
    @Override
    protected List<Command> traceSetUp() {
        return CleanWaterModelTest.funding(TANK.times(TARGET_HOUSEHOLDS));
    }

    /**
     * The simulator records households equipped and money spent so far, under the ids of the model's indicators; A
     * Xan is the plan's only commune.
     */
    @Override
    protected List<TraceAgreement> traceAgreements() {
        return List.of(
                TraceAgreement.total(CleanWaterSimulator.HOUSEHOLDS_EQUIPPED, CleanWaterModel.HOUSEHOLDS_EQUIPPED.id(),
                        SINCE_START),
                TraceAgreement.total(CleanWaterSimulator.SPENT, CleanWaterModel.SPENT.id(), SINCE_START),
                TraceAgreement.at(Participants.A_XAN, CleanWaterSimulator.HOUSEHOLDS_EQUIPPED,
                        CleanWaterModel.HOUSEHOLDS_EQUIPPED.id(), SINCE_START),
                TraceAgreement.at(Participants.A_XAN, CleanWaterSimulator.SPENT, CleanWaterModel.SPENT.id(),
                        SINCE_START));
    }

    @Override
    protected List<Refusal> refusals() {
        return List.of(
                new Refusal(installation("LD-H-1-bis", "H-1", TANK), CleanWaterErrorCode.CLEAN_WATER_ALREADY_EQUIPPED),
                new Refusal(installation("LD-H-1", "H-3", TANK), CleanWaterErrorCode.CLEAN_WATER_INSTALLATION_ID_IN_USE),
                new Refusal(installation("LD-H-3", "H-3", TANK), FundingErrorCode.FUNDING_INSUFFICIENT_BALANCE),
                new Refusal(installation("LD-H-9", "H-9", TANK), ParticipantRegistryErrorCode.PARTICIPANT_UNKNOWN_HOUSEHOLD),
                new Refusal(installation("LD-H-3", "H-3", Money.ZERO), CoreErrorCode.VALUE_NEGATIVE));
    }

    private static InstallWaterSystem installation(String installationId, String householdId, Money value) {
        return new InstallWaterSystem(Fixtures.PROVINCE, Participants.A_XAN, LATER, installationId, householdId,
                "Bồn nước", "Water tank", value, "PC-" + installationId);
    }

    private static void household(List<Command> commands, String id, String head, Sex sex, PovertyCategory category) {
        commands.add(Participants.household(id, Participants.A_UR, Participants.A_XAN, Participants.head(head, sex, 1970))
                .build());
        commands.add(Participants.status(id, Participants.A_XAN, 2024, category));
    }
}
