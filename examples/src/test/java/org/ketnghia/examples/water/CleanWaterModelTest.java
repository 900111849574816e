package org.ketnghia.examples.water;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.funding.FundingErrorCode;
import org.ketnghia.core.funding.MakePledge;
import org.ketnghia.core.funding.RecordReceipt;
import org.ketnghia.core.funding.RegisterFundingSource;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;
import org.ketnghia.testing.Participants;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.ReplicateValues;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.TraceContext;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.core.twinning.RegisterSponsor;
import org.ketnghia.core.twinning.Sponsor;
import org.ketnghia.core.twinning.SponsorKind;
import org.junit.jupiter.api.Test;

/** The third-party clean-water model through the public SPI only. */
class CleanWaterModelTest {

    private static final ObjectMapper MAPPER = KetnghiaJson.newObjectMapper();
    private static final LocalDate ON = LocalDate.of(2024, 5, 2);

    private final KetnghiaRuntime runtime = KetnghiaRuntime.builder().addModel(new CleanWaterModel())
            .administrativeUnits(Participants.units()).clock(Fixtures.CLOCK).build();
    private final Ledger ledger = runtime.ledger();

    /** The clean-water section: a water tank for 6.5 million đồng, half the waiting households a year, 3 years, A Ur. */
    static JsonNode section(int target) {
        return MAPPER.valueToTree(java.util.Map.of("itemVi", "Bồn nước", "itemEn", "Water tank", "unitPrice", 6_500_000,
                "annualUptake", 0.5, "installationYears", 3, "communes", List.of(java.util.Map.of("communeCode",
                        Participants.A_XAN, "villageCode", Participants.A_UR, "ethnicity", "Cơ Tu", "targetHouseholds", target))));
    }

    private static SimulationScenario scenario(int target) {
        return new SimulationScenario(LocalDate.of(2021, 7, 1), 5, new PlanSection(CleanWaterModel.ID, "models.clean-water",
                section(target)));
    }

    private void fund(Money amount) {
        funding(amount).forEach(ledger::submit);
    }

    /** An enterprise sponsor's {@code amount} for clean water, pledged to and received by A Xan in 2021. */
    static List<Command> funding(Money amount) {
        return List.of(
                RegisterSponsor.builder().actor(Fixtures.PROVINCE).unitCode("QNA").occurredOn(LocalDate.of(2021, 7, 1))
                        .sponsor(Sponsor.builder().id("dn").name("Doanh nghiệp").kind(SponsorKind.ENTERPRISE).build())
                        .build(),
                RegisterFundingSource.builder().actor(Fixtures.PROVINCE).unitCode("QNA").occurredOn(LocalDate.of(2021, 7, 1))
                        .sourceId("nguon-dn").name("Nguồn doanh nghiệp").kind(FundingSourceKind.ENTERPRISE).sponsorId("dn")
                        .build(),
                MakePledge.builder().actor(Fixtures.PROVINCE).unitCode(Participants.A_XAN)
                        .occurredOn(LocalDate.of(2021, 7, 2)).sponsorId("dn").pledgeId("ck").sourceId("nguon-dn")
                        .modelId(CleanWaterModel.ID).amount(amount).build(),
                RecordReceipt.builder().actor(Fixtures.PROVINCE).unitCode(Participants.A_XAN)
                        .occurredOn(LocalDate.of(2021, 8, 2)).receiptId("thu").pledgeId("ck").amount(amount).build());
    }

    @Test
    void budget_isTargetHouseholdsTimesUnitPrice() {
        var budget = new CleanWaterModel().estimateBudget(new PlanSection(CleanWaterModel.ID, "models.clean-water",
                section(20)), runtime.context()).orElseThrow();

        assertThat(budget.total()).isEqualTo(Money.ofDong(130_000_000));
    }

    @Test
    void invalidSection_listsEveryProblemUnderItsLocation() {
        JsonNode broken = MAPPER.valueToTree(java.util.Map.of("itemVi", "", "itemEn", "x", "unitPrice", 0,
                "annualUptake", 2, "communes", List.of()));

        assertThatThrownBy(() -> new CleanWaterModel().estimateBudget(new PlanSection(CleanWaterModel.ID,
                "models.clean-water", broken), runtime.context()))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems())
                        .extracting(problem -> problem.field())
                        .contains("models.clean-water.itemVi", "models.clean-water.unitPrice",
                                "models.clean-water.annualUptake", "models.clean-water.communes"));
    }

    @Test
    void traceOfReplicateZero_recordsTheSameValuesAsTheMonteCarloReplicate() {
        fund(Money.ofDong(20 * 6_500_000L));
        MonteCarloRunner runner = MonteCarloRunner.builder().masterSeed(42).replicates(3).threads(1).build();
        ModelSimulator simulator = runtime.model(CleanWaterModel.ID).simulator().orElseThrow();
        ReplicateValues plain = runner.replicate(simulator, scenario(20), 0);
        List<Command> commands = new ArrayList<>();
        Actor communeCommittee = Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, Participants.A_XAN);
        TraceContext context = TraceContext.builder().actor(Fixtures.PROVINCE).actorFor(Participants.A_XAN, communeCommittee)
                .units(runtime.administrativeUnits()).villages(Participants.A_XAN, List.of(Participants.A_UR))
                .programme(LocalDate.of(2021, 7, 1), LocalDate.of(2026, 6, 30)).build();
        ReplicateValues traced = runner.trace(simulator, scenario(20), 0, context, command -> {
            commands.add(command);
            ledger.submit(command);
        });

        assertThat(traced).isEqualTo(plain);
        assertThat(commands).isNotEmpty().allSatisfy(command -> assertThat(command.actor()).isEqualTo(communeCommittee));
        assertThat(commands).filteredOn(RegisterHousehold.class::isInstance).map(RegisterHousehold.class::cast)
                .allSatisfy(household -> assertThat(household.members().get(0).fullName())
                        .isEqualTo(context.participants().fullName(household.householdId(), household.members().get(0).sex())));
        long equipped = (long) plain.values().get(CleanWaterModel.HOUSEHOLDS_EQUIPPED.id()).get(5).doubleValue();
        assertThat(commands.stream().filter(InstallWaterSystem.class::isInstance).count()).isEqualTo(equipped);
        int count = ledger.read(WaterSystems.class, WaterSystems::equippedCount);
        assertThat(count).isEqualTo((int) equipped);
        assertThat(ledger.verifyChain().isIntact()).isTrue();
    }

    @Test
    void installationBeyondTheFund_isRejected_andAppendsNothing() {
        fund(Money.ofDong(1_000_000));
        ledger.submit(Participants.household("H-1", Participants.A_UR, Participants.A_XAN,
                Participants.head("Bríu Thị Hoa", Sex.FEMALE, 1970)).build());
        ledger.submit(Participants.status("H-1", Participants.A_XAN, 2024, PovertyCategory.POOR));
        long before = ledger.lastSequence();

        assertThatThrownBy(() -> ledger.submit(install("H-1")))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.has(FundingErrorCode.FUNDING_INSUFFICIENT_BALANCE)).isTrue());
        assertThat(ledger.lastSequence()).isEqualTo(before);
    }

    @Test
    void secondInstallationForAHousehold_isRejected() {
        fund(Money.ofDong(20_000_000));
        ledger.submit(Participants.household("H-1", Participants.A_UR, Participants.A_XAN,
                Participants.head("Bríu Thị Hoa", Sex.FEMALE, 1970)).build());
        ledger.submit(install("H-1"));
        long before = ledger.lastSequence();

        assertThatThrownBy(() -> ledger.submit(new InstallWaterSystem(Fixtures.PROVINCE, Participants.A_XAN, ON, "LD-2",
                "H-1", "Bồn nước", "Water tank", Money.ofDong(6_500_000), "PC-2")))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.has(CleanWaterErrorCode.CLEAN_WATER_ALREADY_EQUIPPED)).isTrue());
        assertThat(ledger.lastSequence()).isEqualTo(before);
    }

    @Test
    void commandAndEvent_roundTripThroughTheirBaseTypes() throws Exception {
        Command command = install("H-1");
        LedgerEvent event = new WaterSystemInstalled("LD-1", "H-1", CleanWaterModel.ID, "Bồn nước", "Water tank",
                Money.ofDong(6_500_000), ON);
        ObjectMapper mapper = runtime.objectMapper();

        assertThat(mapper.readValue(mapper.writeValueAsString(command), Command.class)).isEqualTo(command);
        assertThat(mapper.readValue(mapper.writeValueAsString(event), LedgerEvent.class)).isEqualTo(event);
    }

    /** A water tank of 6.5 million đồng for {@code householdId} of A Xan on 2 May 2024, installation {@code LD-<household>}. */
    static InstallWaterSystem install(String householdId) {
        return new InstallWaterSystem(Fixtures.PROVINCE, Participants.A_XAN, ON, "LD-" + householdId, householdId,
                "Bồn nước", "Water tank", Money.ofDong(6_500_000), "PC-" + householdId);
    }
}
