package org.ketnghia.livestock.scenarios;

import java.time.LocalDate;
import java.util.List;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.livestock.LivestockModel;
import org.ketnghia.livestock.Species;
import org.ketnghia.livestock.passon.PassOnPolicies;
import org.ketnghia.livestock.programme.DistrictPlan;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.livestock.programme.SupportPackage;
import org.ketnghia.livestock.simulation.Demography;

/** A small programme and grids for the scenario tests. */
final class SweepFixtures {

    static final LocalDate START = LocalDate.of(2021, 7, 1);
    static final int YEARS = 6;

    private SweepFixtures() {
    }

    /** One cattle and one goat district of 20 households each, over {@value #YEARS} years. */
    static SimulationScenario small() {
        LivestockProgramme programme = LivestockProgramme.builder().planDate(START)
                .addPackages(SupportPackage.builder().species(Species.CATTLE).headPerHousehold(2)
                        .unitPrice(Money.ofMillions(20)).build())
                .addPackages(SupportPackage.builder().species(Species.GOAT).headPerHousehold(5)
                        .unitPrice(Money.ofMillions(4)).build())
                .addDistricts(district("QNA.NAM-GIANG", Species.CATTLE, 20, 2))
                .addDistricts(district("QNA.TAY-GIANG", Species.GOAT, 20, 5))
                .build();
        return new SimulationScenario(START, YEARS, new PlanSection(LivestockModel.ID, "models.livestock",
                KetnghiaJson.newObjectMapper().valueToTree(programme)));
    }

    private static DistrictPlan district(String code, Species species, int households, int head) {
        return DistrictPlan.builder().districtCode(code).prioritySpecies(species)
                .pilotCommunes(List.of(code + ".X")).targetHouseholds(households).targetHead(households * head)
                .build();
    }

    /** Two policies, prices 0.8 / 1 / 1.2 (baseline 1), assumed demography, no shock or a heavy epidemic in year 2. */
    static ScenarioGrid grid() {
        return ScenarioGrid.builder()
                .policies(ScenarioGrid.policiesNamed(PassOnPolicies.standard(),
                        List.of(PassOnPolicies.FIRST_FEMALE_OFFSPRING, PassOnPolicies.FIRST_CALF_ANY_SEX)))
                .priceLevels(List.of(PriceLevel.of("0.8"), PriceLevel.of("1"), PriceLevel.of("1.2")))
                .baselinePrice("1")
                .demographies(List.of(DemographyLevel.assumed(Demography.standard())))
                .shockLevels(ShockLevel.standardSet(List.of(2), 0.5, List.of(3), 0.3).subList(0, 2))
                .build();
    }
}
