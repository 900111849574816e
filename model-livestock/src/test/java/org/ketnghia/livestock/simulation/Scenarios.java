package org.ketnghia.livestock.simulation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.livestock.LivestockModel;
import org.ketnghia.livestock.Species;
import org.ketnghia.livestock.programme.DistrictPlan;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.livestock.programme.SupportPackage;

/** Scenarios for the simulation tests. */
final class Scenarios {

    static final ObjectMapper MAPPER = KetnghiaJson.newObjectMapper();
    static final LocalDate START = LocalDate.of(2021, 7, 1);

    private Scenarios() {
    }

    static SimulationScenario of(LivestockProgramme programme, int years) {
        return new SimulationScenario(START, years,
                new PlanSection(LivestockModel.ID, "models.livestock", MAPPER.valueToTree(programme)));
    }

    static SimulationScenario quangNam(int years) {
        return of(LivestockProgramme.quangNam2021(), years);
    }

    /** One cattle district and one goat district of {@code households} households each. */
    static LivestockProgramme small(int households) {
        return LivestockProgramme.builder().planDate(START)
                .addPackages(SupportPackage.builder().species(Species.CATTLE).headPerHousehold(2)
                        .unitPrice(Money.ofMillions(20)).build())
                .addPackages(SupportPackage.builder().species(Species.GOAT).headPerHousehold(5)
                        .unitPrice(Money.ofMillions(4)).build())
                .addDistricts(district("QNA.NAM-GIANG", Species.CATTLE, households, 2))
                .addDistricts(district("QNA.TAY-GIANG", Species.GOAT, households, 5))
                .build();
    }

    private static DistrictPlan district(String code, Species species, int households, int head) {
        return DistrictPlan.builder().districtCode(code).prioritySpecies(species)
                .pilotCommunes(List.of(code + ".X")).targetHouseholds(households).targetHead(households * head)
                .build();
    }
}
