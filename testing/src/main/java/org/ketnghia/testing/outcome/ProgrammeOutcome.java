package org.ketnghia.testing.outcome;

import static java.util.Objects.requireNonNull;

import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.SimulationScenario;

/**
 * Programme-outcome scenarios for planners' test suites (<i>kịch bản kết quả chương trình</i>): "given this
 * plan (and these shocks, set on the simulator), simulate N replicates, then expect …".
 *
 * <pre>{@code
 * SimulatedOutcome epidemic = ProgrammeOutcome.given(scenario)
 *         .simulatedBy(new LivestockSimulator(settings.withShocks(List.of(Shock.epidemic(2, "QNA.NAM-GIANG", 0.13)))))
 *         .replicates(400).seed(2021)
 *         .simulate();
 * assertThat(epidemic).meanOf("livestock.sim.households-reached", 5).isWithinStandardErrorsOf(3, 460);
 * }</pre>
 *
 * Seeds are fixed, so a suite is deterministic; see {@code docs/testing.md} for choosing replicates and
 * tolerances.
 */
public final class ProgrammeOutcome {

    private ProgrammeOutcome() {
    }

    /** Starts a scenario on {@code scenario}: its start, years and the model's plan section. */
    public static Given given(SimulationScenario scenario) {
        return new Given(requireNonNull(scenario, "scenario"));
    }

    /** A scenario waiting for its simulator. */
    public static final class Given {
        private final SimulationScenario scenario;

        private Given(SimulationScenario scenario) {
            this.scenario = scenario;
        }

        /** The simulator, configured with the assumptions and shocks of the scenario. */
        public Simulation simulatedBy(ModelSimulator simulator) {
            return new Simulation(scenario, requireNonNull(simulator, "simulator"));
        }
    }

    /** A simulation being set up; defaults: 200 replicates, seed 2021, 2 threads. */
    public static final class Simulation {
        private final SimulationScenario scenario;
        private final ModelSimulator simulator;
        private long replicates = 200;
        private long seed = 2021;
        private int threads = 2;

        private Simulation(SimulationScenario scenario, ModelSimulator simulator) {
            this.scenario = scenario;
            this.simulator = simulator;
        }

        /** How many replicates. */
        public Simulation replicates(long value) {
            this.replicates = value;
            return this;
        }

        /** The master seed. */
        public Simulation seed(long value) {
            this.seed = value;
            return this;
        }

        /** Worker threads (the results do not depend on them). */
        public Simulation threads(int value) {
            this.threads = value;
            return this;
        }

        /** Runs the replicates. */
        public SimulatedOutcome simulate() {
            MonteCarloRunner runner = MonteCarloRunner.builder().masterSeed(seed).replicates(replicates).threads(threads)
                    .build();
            return new SimulatedOutcome(scenario, simulator, runner, runner.run(simulator, scenario));
        }
    }
}
