package org.ketnghia.core.simulation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.spi.PlanSection;

/**
 * What to simulate: the programme start, how many years, and the model's part of the plan
 * (parameters, targets, policies) that its simulator binds to its own types.
 *
 * @param start first day of programme year 1
 * @param years number of programme years to simulate (1–50)
 * @param section the model's part of the plan
 */
public record SimulationScenario(LocalDate start, int years, PlanSection section) {

    /** Validates the scenario. */
    public SimulationScenario {
        requireNonNull(start, "start");
        requireNonNull(section, "section");
        if (years < 1 || years > 50) {
            throw KetnghiaException.of(CoreErrorCode.VALUE_OUT_OF_RANGE, "years", years, 1, 50);
        }
    }
}
