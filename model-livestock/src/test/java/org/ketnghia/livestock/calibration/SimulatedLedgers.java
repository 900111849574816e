package org.ketnghia.livestock.calibration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.simulation.LedgerCommandSink;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.SimulationClock;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.TraceContext;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.livestock.LivestockModel;
import org.ketnghia.livestock.Species;
import org.ketnghia.livestock.herd.AnimalStatus;
import org.ketnghia.livestock.herd.Herd;
import org.ketnghia.livestock.programme.DistrictPlan;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.livestock.simulation.Demography;
import org.ketnghia.livestock.simulation.DemographyParameters;
import org.ketnghia.livestock.simulation.LivestockSimulator;
import org.ketnghia.livestock.simulation.SimulationSettings;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * Ledgers recorded from traced replicates with known goat demography: one goat group in A Xan (Tây Giang), no
 * pass-on (so every command is a life event of the founders' households), sales on.
 */
final class SimulatedLedgers {

    static final LocalDate START = LocalDate.of(2021, 7, 1);
    static final String DISTRICT = Participants.TAY_GIANG_DISTRICT;

    /**
     * Goats with values unlike the defaults: first kidding at 12 months, a kidding every 9 months, litters 65 / 28 /
     * 7 %, 45 % females, annual mortality 25 % young, 12 % yearling, 8 % adult, male offtake 40 %, herd cap 15.
     */
    static final DemographyParameters TRUTH = new DemographyParameters(Species.GOAT, 12, 9.0,
            List.of(0.65, 0.28, 0.07), 0.45, 0.25, 0.12, 0.08, 84, 8, 0.4, 15, Money.ofDong(1_500_000),
            Money.ofDong(1_200_000), Money.ofDong(4_000_000), Money.ofDong(3_500_000));
    static final Demography DEMOGRAPHY = new Demography(
            List.of(Demography.standard().defaultFor(Species.CATTLE), TRUTH), java.util.Map.of());

    private SimulatedLedgers() {
    }

    /** A ledger of {@code households} goat households traced for {@code years} years, replicate {@code replicate}. */
    static KetnghiaRuntime traced(int households, int years, long masterSeed, long replicate) {
        LivestockProgramme programme = LivestockProgramme.builder().planDate(START)
                .packages(LivestockProgramme.quangNam2021().packages())
                .addDistricts(DistrictPlan.builder().districtCode(DISTRICT).prioritySpecies(Species.GOAT)
                        .pilotCommunes(List.of(Participants.A_XAN)).targetHouseholds(households)
                        .targetHead(households * 5).build())
                .build();
        SimulationScenario scenario = new SimulationScenario(START, years, new PlanSection(LivestockModel.ID,
                "models.livestock", KetnghiaJson.newObjectMapper().valueToTree(programme)));
        LocalDate end = SimulationClock.of(scenario).yearEnd(years);
        KetnghiaRuntime runtime = KetnghiaRuntime.builder().addModel(new LivestockModel(programme))
                .administrativeUnits(Participants.units())
                .clock(Clock.fixed(Instant.parse(end.plusDays(2) + "T02:00:00Z"), Fixtures.CLOCK.getZone())).build();
        TraceContext context = TraceContext.builder().actor(Fixtures.PROVINCE).units(Participants.units())
                .villages(Participants.A_XAN, List.of(Participants.A_UR)).programme(START, end).build();
        LivestockSimulator simulator = new LivestockSimulator(
                SimulationSettings.defaults().withDemography(DEMOGRAPHY).withPassOnAndSales(false, true));
        MonteCarloRunner.builder().masterSeed(masterSeed).build().trace(simulator, scenario, replicate, context,
                new LedgerCommandSink(runtime.ledger()));
        return runtime;
    }

    /**
     * Whether the trace follows the birth-flow convention of issue 20 (a young born during month t is first
     * counted, in class 0, at the census of t+1, with no mortality step before): then no young dies in its month
     * of birth. The engine before that change aged a young one month, through a month of young mortality, in its
     * month of birth, so that some of them die in it and the first parturition comes one month early.
     */
    static boolean birthFlowConvention(KetnghiaRuntime runtime) {
        return runtime.ledger().read(Herd.class, herd -> herd.animals().stream()
                .filter(animal -> animal.motherTag().isPresent() && animal.status() == AnimalStatus.DEAD)
                .noneMatch(animal -> YearMonth.from(animal.statusSince()).equals(YearMonth.from(animal.bornOn()))));
    }

    /** The truth of {@code parameter}, in the unit of its estimate. */
    static double truth(CalibrationParameter parameter) {
        return switch (parameter) {
            case AGE_AT_FIRST_PARTURITION -> TRUTH.ageAtFirstParturitionMonths();
            case PARTURITION_INTERVAL -> TRUTH.parturitionIntervalMonths();
            case LITTER_SINGLE -> TRUTH.litterSize().get(0);
            case LITTER_TWINS -> TRUTH.litterSize().get(1);
            case LITTER_TRIPLETS_OR_MORE -> TRUTH.litterSize().get(2);
            case FEMALE_FRACTION_AT_BIRTH -> TRUTH.femaleFractionAtBirth();
            case MORTALITY_YOUNG -> TRUTH.mortalityYoung();
            case MORTALITY_YEARLING -> TRUTH.mortalityYearling();
            case MORTALITY_ADULT -> TRUTH.mortalityAdult();
            case MALE_OFFTAKE -> TRUTH.maleOfftakeRate();
        };
    }
}
