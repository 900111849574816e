package org.ketnghia.livestock.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.programme.DeclareProgramme;
import org.ketnghia.core.programme.ProgrammeTerms;
import org.ketnghia.core.programme.SpendingNorm;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.simulation.LedgerCommandSink;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.TraceContext;
import org.ketnghia.livestock.LivestockErrorCode;
import org.ketnghia.livestock.LivestockModel;
import org.ketnghia.livestock.Species;
import org.ketnghia.livestock.herd.AnimalsHandedOver;
import org.ketnghia.livestock.herd.Herd;
import org.ketnghia.livestock.herd.PurchaseLotRecorded;
import org.ketnghia.livestock.herd.PurchasedAnimal;
import org.ketnghia.livestock.programme.DistrictPlan;
import org.ketnghia.livestock.programme.LivestockNorms;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * A traced replicate recorded into a ledger that declares its programme keeps the plan's rules: its groups are in
 * the pilot commune, each round-1 household receives its whole package (5 goats) once, and its lots are bought at
 * the package's price, which must not be above the declared norm.
 */
class TracePlanRulesTest {

    private static final LivestockProgramme A_XAN_GOATS = LivestockProgramme.builder().planDate(Scenarios.START)
            .packages(LivestockProgramme.quangNam2021().packages())
            .addDistricts(DistrictPlan.builder().districtCode(Participants.TAY_GIANG_DISTRICT)
                    .prioritySpecies(Species.GOAT).pilotCommunes(List.of(Participants.A_XAN)).targetHouseholds(6)
                    .targetHead(30).build())
            .build();
    private static final SimulationScenario SCENARIO = Scenarios.of(A_XAN_GOATS, 5);
    private static final TraceContext CONTEXT = TraceContext.builder().actor(Fixtures.PROVINCE)
            .units(Participants.units()).villages(Participants.A_XAN, List.of(Participants.A_UR))
            .programme(Scenarios.START, LocalDate.of(2026, 6, 30)).build();

    @Test
    void aTracedReplicate_keepsThePackage_theNorms_andTheScope() {
        KetnghiaRuntime runtime = declared(Money.ofMillions(4));

        MonteCarloRunner.builder().masterSeed(2021).build().trace(new LivestockSimulator(), SCENARIO, 0, CONTEXT,
                new LedgerCommandSink(runtime.ledger()));

        List<EventEnvelope> events = runtime.ledger().store().readAll();
        List<AnimalsHandedOver> roundOne = events.stream().map(EventEnvelope::payload)
                .filter(AnimalsHandedOver.class::isInstance).map(AnimalsHandedOver.class::cast)
                .filter(handOver -> handOver.round() == 1).toList();
        assertThat(roundOne).hasSize(6).allSatisfy(handOver -> {
            assertThat(handOver.earTags()).hasSize(5);
            Map<Species, Integer> received = runtime.ledger().<Herd, Map<Species, Integer>>read(Herd.class,
                    herd -> herd.roundOneReceived(handOver.householdId()));
            assertThat(received).isEqualTo(Map.of(Species.GOAT, 5));
        });
        List<PurchaseLotRecorded> lots = events.stream().map(EventEnvelope::payload)
                .filter(PurchaseLotRecorded.class::isInstance).map(PurchaseLotRecorded.class::cast).toList();
        assertThat(lots).isNotEmpty().allSatisfy(lot -> {
            assertThat(lot.aboveNormJustification()).isEmpty();
            assertThat(lot.animals()).extracting(PurchasedAnimal::price).containsOnly(Money.ofMillions(4));
        });
    }

    @Test
    void aNormBelowThePackagePrice_stopsTheTrace_atItsPurchase() {
        KetnghiaRuntime runtime = declared(Money.ofDong(3_500_000));

        assertThatThrownBy(() -> MonteCarloRunner.builder().masterSeed(2021).build().trace(new LivestockSimulator(),
                SCENARIO, 0, CONTEXT, new LedgerCommandSink(runtime.ledger())))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        refused -> assertThat(refused.has(LivestockErrorCode.LIVESTOCK_PRICE_ABOVE_NORM)).isTrue());
    }

    /** A runtime whose ledger, declared simulated, declares the programme of A Xan with {@code goatNorm} a head. */
    private static KetnghiaRuntime declared(Money goatNorm) {
        KetnghiaRuntime runtime = KetnghiaRuntime.builder().addModel(new LivestockModel(A_XAN_GOATS))
                .administrativeUnits(Participants.units())
                .clock(java.time.Clock.fixed(java.time.Instant.parse("2027-01-04T02:00:00Z"), KetnghiaRuntime.VIETNAM))
                .build();
        ProgrammeTerms terms = ProgrammeTerms.builder().id("a-xan-de").titleVi("Thí điểm chăn nuôi dê sinh sản xã A Xan")
                .decision("Kế hoạch thí điểm").addLegalBases("Kế hoạch năm 2021").provinceCode("QNA")
                .start(Scenarios.START).years(5).addDistrictCodes(Participants.TAY_GIANG_DISTRICT)
                .addPilotCommuneCodes(Participants.A_XAN)
                .addNorms(SpendingNorm.builder().key(LivestockNorms.pricePerHead(Species.GOAT)).amount(goatNorm).unit("con")
                        .legalBasis("Kế hoạch 2021, mục II.1.3").build())
                .build();
        runtime.ledger().submit(Fixtures.simulatedLedger(Scenarios.START));
        runtime.ledger().submit(DeclareProgramme.builder().actor(Fixtures.PROVINCE).unitCode("QNA")
                .occurredOn(Scenarios.START).terms(terms).build());
        return runtime;
    }
}
