package org.ketnghia.livestock.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.ReplicateValues;
import org.ketnghia.core.simulation.SimulationScenario;

/**
 * A Monte Carlo replicate reuses the herd arrays and calendars of its thread's previous replicate: its
 * values must not depend on what ran before it on the thread, whether a larger plan, a shorter one or none.
 */
class ReplicateIsolationTest {

    private static final MonteCarloRunner RUNNER = MonteCarloRunner.builder().masterSeed(42).build();

    @Test
    void aReplicateGivesTheSameValuesWhateverRanBeforeItOnItsThread() throws Exception {
        LivestockSimulator simulator = new LivestockSimulator();
        SimulationScenario small = Scenarios.of(Scenarios.small(3), 6);
        ReplicateValues fresh = onFreshThread(() -> RUNNER.replicate(simulator, small, 5));

        ReplicateValues afterOthers = onFreshThread(() -> {
            // a larger plan first (more households, more slots), then a plan without sales (other flags left)
            RUNNER.replicate(simulator, Scenarios.quangNam(10), 0);
            RUNNER.replicate(new LivestockSimulator(SimulationSettings.defaults().withPassOnAndSales(false, false)),
                    small, 1);
            return RUNNER.replicate(simulator, small, 5);
        });

        assertThat(afterOthers.values()).isEqualTo(fresh.values());
    }

    private static ReplicateValues onFreshThread(java.util.function.Supplier<ReplicateValues> work) throws Exception {
        AtomicReference<ReplicateValues> result = new AtomicReference<>();
        Thread thread = new Thread(() -> result.set(work.get()));
        thread.start();
        thread.join();
        assertThat(result.get()).as("the replicate ran").isNotNull();
        return result.get();
    }
}
