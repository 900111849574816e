package org.ketnghia.core.simulation;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import org.ketnghia.core.spi.PlanSection;

/** Scenarios for the simulation tests. */
final class Scenarios {

    private Scenarios() {
    }

    static SimulationScenario of(LocalDate start, int years) {
        return new SimulationScenario(start, years,
                new PlanSection("demo", "models.demo", JsonNodeFactory.instance.objectNode()));
    }
}
