package org.ketnghia.core.simulation;

import java.util.SplittableRandom;

/**
 * A tiny stateless simulator: a herd that grows by a random number of animals each month, and an
 * exponential draw per year. The amount of work per replicate varies, so that with several threads
 * replicates finish out of order.
 */
final class GrowthSimulator implements ModelSimulator {

    static final String HERD = "test.herd";
    static final String DRAW = "test.draw";

    @Override
    public String modelId() {
        return "test";
    }

    @Override
    public void simulateReplicate(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder) {
        SimulationClock clock = SimulationClock.of(scenario);
        long herd = 10;
        for (int month = 0; month < clock.months(); month++) {
            herd += random.nextInt(0, 3);
            if (clock.isLastMonthOfYear(month)) {
                int year = clock.programmeYear(month);
                recorder.record(HERD, year, herd);
                recorder.record(DRAW, year, -Math.log(1 - random.nextDouble()));
            }
        }
        int extraWork = random.nextInt(0, 200);
        double sink = 0;
        for (int i = 0; i < extraWork; i++) {
            sink += random.nextDouble();
        }
        recorder.record("test.work", 1, sink);
    }
}
