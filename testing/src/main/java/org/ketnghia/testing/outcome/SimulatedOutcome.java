package org.ketnghia.testing.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoublePredicate;
import org.ketnghia.core.simulation.IndicatorStatistics;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.ReplicateValues;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.SimulationSummary;

/**
 * The result of a programme-outcome scenario: the Monte Carlo summary and, when a probability is asked, the
 * replicates' own values (recomputed one by one: each replicate depends only on the seed and its index).
 * Not thread-safe.
 */
public final class SimulatedOutcome {

    private final SimulationScenario scenario;
    private final ModelSimulator simulator;
    private final MonteCarloRunner runner;
    private final SimulationSummary summary;
    private List<ReplicateValues> replicates;

    SimulatedOutcome(SimulationScenario scenario, ModelSimulator simulator, MonteCarloRunner runner,
            SimulationSummary summary) {
        this.scenario = scenario;
        this.simulator = simulator;
        this.runner = runner;
        this.summary = summary;
    }

    /** The Monte Carlo summary. */
    public SimulationSummary summary() {
        return summary;
    }

    /** The statistics of {@code indicatorId} in programme year {@code year}. */
    public Optional<IndicatorStatistics> statistics(String indicatorId, int year) {
        return summary.statistics(indicatorId, year);
    }

    /** The replicates' values, in index order. */
    public List<ReplicateValues> replicates() {
        if (replicates == null) {
            List<ReplicateValues> values = new ArrayList<>();
            for (long index = 0; index < summary.replicates(); index++) {
                values.add(runner.replicate(simulator, scenario, index));
            }
            replicates = List.copyOf(values);
        }
        return replicates;
    }

    /** The share of replicates whose value of {@code indicatorId} in {@code year} satisfies {@code outcome}. */
    public double probability(String indicatorId, int year, DoublePredicate outcome) {
        long hits = replicates().stream().map(values -> values.value(indicatorId, year))
                .filter(value -> value.isPresent() && outcome.test(value.get())).count();
        return (double) hits / summary.replicates();
    }
}
