package org.ketnghia.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.simulation.internal.StreamingStatistics;

class MonteCarloRunnerTest {

    private static final SimulationScenario SCENARIO = Scenarios.of(LocalDate.of(2021, 7, 1), 5);

    private static MonteCarloRunner runner(long replicates, int threads) {
        return MonteCarloRunner.builder().replicates(replicates).masterSeed(2021).threads(threads).build();
    }

    @Test
    void sameSeed_givesBitForBitTheSameSummary_withOneTwoOrThreeThreads() {
        SimulationSummary oneThread = runner(2_000, 1).run(new GrowthSimulator(), SCENARIO);
        SimulationSummary twoThreads = runner(2_000, 2).run(new GrowthSimulator(), SCENARIO);
        SimulationSummary threeThreadsNarrowWindow = MonteCarloRunner.builder().replicates(2_000).masterSeed(2021)
                .threads(3).window(3).build().run(new GrowthSimulator(), SCENARIO);

        assertThat(twoThreads).isEqualTo(oneThread);
        assertThat(threeThreadsNarrowWindow).isEqualTo(oneThread);
        IndicatorStatistics herdYear5 = oneThread.statistics(GrowthSimulator.HERD, 5).orElseThrow();
        assertThat(Double.doubleToLongBits(twoThreads.statistics(GrowthSimulator.HERD, 5).orElseThrow().p95()))
                .isEqualTo(Double.doubleToLongBits(herdYear5.p95()));
        assertThat(herdYear5.count()).isEqualTo(2_000);
        assertThat(herdYear5.mean()).isCloseTo(10 + 60, within(1.0)); // 60 months × mean 1
    }

    /** Records 400 indicators × 5 years per replicate, with uneven work, so that the sharded fold is exercised. */
    private static final class ManyIndicators implements ModelSimulator {
        static final int INDICATORS = 400;

        @Override
        public String modelId() {
            return "many";
        }

        @Override
        public void simulateReplicate(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder) {
            for (int year = 1; year <= scenario.years(); year++) {
                for (int i = 0; i < INDICATORS; i++) {
                    recorder.record("many.household-" + i, year, random.nextInt(0, 1 + i % 7) + random.nextDouble());
                }
            }
            recorder.record("many.household-3", 2, -1); // recorded twice: the last value counts
            double sink = 0;
            for (int i = random.nextInt(0, 20_000); i > 0; i--) {
                sink += random.nextDouble();
            }
            recorder.record("many.work", 1, sink);
        }
    }

    @Test
    void manyIndicators_giveBitForBitTheSameSummary_withOneTwoOrThreeThreads_asFoldedOneByOne() {
        ManyIndicators simulator = new ManyIndicators();
        SimulationSummary oneThread = runner(400, 1).run(simulator, SCENARIO);
        SimulationSummary twoThreads = runner(400, 2).run(simulator, SCENARIO);
        SimulationSummary threeThreadsNarrowWindow = MonteCarloRunner.builder().replicates(400).masterSeed(2021)
                .threads(3).window(3).build().run(simulator, SCENARIO);
        StreamingStatistics expected = new StreamingStatistics();
        StreamingStatistics twice = new StreamingStatistics();
        MonteCarloRunner serial = runner(400, 1);
        for (long index = 0; index < 400; index++) {
            ReplicateValues values = serial.replicate(simulator, SCENARIO, index);
            expected.add(values.value("many.household-399", 5).orElseThrow());
            twice.add(values.value("many.household-3", 2).orElseThrow());
        }

        assertThat(twoThreads).isEqualTo(oneThread);
        assertThat(threeThreadsNarrowWindow).isEqualTo(oneThread);
        assertThat(oneThread.indicators()).hasSize(ManyIndicators.INDICATORS + 1);
        assertThat(twoThreads.statistics("many.household-399", 5)).contains(expected.snapshot());
        assertThat(threeThreadsNarrowWindow.statistics("many.household-3", 2)).contains(twice.snapshot());
        assertThat(twice.snapshot().max()).isEqualTo(-1);
        assertThat(oneThread.statistics("many.household-399", 5).orElseThrow().count()).isEqualTo(400);
    }

    @Test
    void differentMasterSeeds_giveDifferentResults() {
        SimulationSummary seed2021 = runner(200, 2).run(new GrowthSimulator(), SCENARIO);
        SimulationSummary seed2022 = MonteCarloRunner.builder().replicates(200).masterSeed(2022).threads(2).build()
                .run(new GrowthSimulator(), SCENARIO);

        assertThat(seed2022.statistics(GrowthSimulator.HERD, 3)).isNotEqualTo(seed2021.statistics(GrowthSimulator.HERD, 3));
    }

    @Test
    void summary_equalsStatisticsOfTheReplicatesRunOneByOne_inReplicateOrder() {
        MonteCarloRunner runner = runner(300, 2);
        StreamingStatistics expected = new StreamingStatistics();
        for (long index = 0; index < 300; index++) {
            expected.add(runner.replicate(new GrowthSimulator(), SCENARIO, index).value(GrowthSimulator.DRAW, 2).orElseThrow());
        }

        SimulationSummary summary = runner.run(new GrowthSimulator(), SCENARIO);

        assertThat(summary.statistics(GrowthSimulator.DRAW, 2)).contains(expected.snapshot());
        assertThat(summary.modelId()).isEqualTo("test");
        assertThat(summary.replicates()).isEqualTo(300);
        assertThat(summary.indicators().keySet()).containsExactly(GrowthSimulator.DRAW, GrowthSimulator.HERD, "test.work");
    }

    @Test
    void replicatesFoldedTogether_thatRecordOtherStatistics_giveTheStatisticsOfTheReplicatesAddedOneByOne() {
        // a third of the replicates record one indicator more and one twice: waiting replicates are folded statistic
        // by statistic only while they recorded the same statistics in the same order
        ModelSimulator uneven = new ModelSimulator() {
            @Override
            public String modelId() {
                return "uneven";
            }

            @Override
            public void simulateReplicate(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder) {
                boolean more = random.nextInt(3) == 0;
                for (int i = 0; i < 30; i++) {
                    recorder.record(INDICATOR_IDS[i], 1 + i % scenario.years(), random.nextDouble());
                    if (more && i == 10) {
                        recorder.record("uneven.extra", 2, random.nextDouble());
                    }
                }
                if (more) {
                    recorder.record(INDICATOR_IDS[3], 4, -1); // recorded twice: the last value counts
                }
            }
        };
        java.util.Map<String, StreamingStatistics> oneByOne = new java.util.TreeMap<>();
        MonteCarloRunner serial = runner(300, 1);
        for (long index = 0; index < 300; index++) {
            serial.replicate(uneven, SCENARIO, index).values().forEach((id, byYear) -> byYear.forEach((year, value) ->
                    oneByOne.computeIfAbsent(id + "@" + year, key -> new StreamingStatistics()).add(value)));
        }

        for (int threads = 1; threads <= 2; threads++) {
            SimulationSummary summary = runner(300, threads).run(uneven, SCENARIO);
            oneByOne.forEach((key, expected) -> {
                String[] idAndYear = key.split("@");
                assertThat(summary.statistics(idAndYear[0], Integer.parseInt(idAndYear[1]))).contains(expected.snapshot());
            });
        }
        assertThat(oneByOne.get("uneven.extra@2").count()).isBetween(60L, 140L);
        assertThat(oneByOne.get(INDICATOR_IDS[3] + "@4").snapshot().min()).isEqualTo(-1);
    }

    private static final String[] INDICATOR_IDS = new String[30];

    static {
        for (int i = 0; i < INDICATOR_IDS.length; i++) {
            INDICATOR_IDS[i] = "uneven.x" + i;
        }
    }

    @Test
    void idsRecordedInAnOrderThatChangesFromReplicateToReplicate_goToTheirOwnStatistics() {
        // the fold finds a value's statistics where the worker's last replicate put the same id object and year
        ModelSimulator shuffling = new ModelSimulator() {
            @Override
            public String modelId() {
                return "shuffling";
            }

            @Override
            public void simulateReplicate(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder) {
                for (int k = 0; k < 4; k++) { // (a, 1), (b, 1), (a, 2), (b, 2) in an order of its own, some ids copied
                    int turn = random.nextInt(4);
                    for (int j = 0; j < 4; j++) {
                        int which = (turn + j) % 4;
                        String id = which % 2 == 0 ? "shuffling.a" : "shuffling.b";
                        recorder.record(random.nextBoolean() ? id : new String(id), 1 + which / 2, which % 2 == 0 ? 1 : 100);
                    }
                }
            }
        };

        SimulationSummary summary = runner(500, 2).run(shuffling, SCENARIO);

        assertThat(summary.statistics("shuffling.a", 1).orElseThrow().max()).isEqualTo(1);
        assertThat(summary.statistics("shuffling.a", 2).orElseThrow().min()).isEqualTo(1);
        assertThat(summary.statistics("shuffling.b", 1).orElseThrow().min()).isEqualTo(100);
        assertThat(summary.statistics("shuffling.b", 2).orElseThrow().max()).isEqualTo(100);
        assertThat(summary.statistics("shuffling.a", 1).orElseThrow().count()).isEqualTo(500);
        assertThat(summary.statistics("shuffling.b", 2).orElseThrow().count()).isEqualTo(500);
        assertThat(runner(500, 1).run(shuffling, SCENARIO)).isEqualTo(summary);
    }

    @Test
    void twentyThousandTinyReplicates_giveTheKnownPercentilesOfAnExponential() {
        SimulationSummary summary = runner(20_000, 2).run(new ModelSimulator() {
            @Override
            public String modelId() {
                return "exponential";
            }

            @Override
            public void simulateReplicate(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder) {
                recorder.record("x", 1, -Math.log(1 - random.nextDouble()));
            }
        }, Scenarios.of(LocalDate.of(2021, 7, 1), 1));

        IndicatorStatistics x = summary.statistics("x", 1).orElseThrow();
        assertThat(x.count()).isEqualTo(20_000);
        assertThat(x.mean()).isCloseTo(1.0, within(0.03));
        assertThat(x.standardDeviation()).isCloseTo(1.0, within(0.05));
        assertThat(x.p5()).isCloseTo(-Math.log(0.95), within(0.01));
        assertThat(x.p50()).isCloseTo(Math.log(2), within(0.03));
        assertThat(x.p95()).isCloseTo(-Math.log(0.05), within(0.1));
    }

    @Test
    void progress_isReportedOncePerReplicate_inIncreasingOrder() {
        List<Long> done = Collections.synchronizedList(new ArrayList<>());
        MonteCarloRunner runner = MonteCarloRunner.builder().replicates(500).threads(2)
                .progress((finished, total) -> {
                    assertThat(total).isEqualTo(500);
                    done.add(finished);
                }).build();

        runner.run(new GrowthSimulator(), SCENARIO);

        assertThat(done).hasSize(500).isSorted().startsWith(1L).endsWith(500L);
    }

    @Test
    void progressListenerThatThrows_stopsTheRunInsteadOfHangingIt() {
        MonteCarloRunner runner = MonteCarloRunner.builder().replicates(10_000).threads(2).progress((finished, total) -> {
            if (finished == 100) {
                throw new IllegalStateException("progress bar closed");
            }
        }).build();

        IllegalStateException error = catchThrowableOfType(() -> runner.run(new GrowthSimulator(), SCENARIO),
                IllegalStateException.class);

        assertThat(error).hasMessage("progress bar closed");
    }

    @Test
    void aValueRecordedTwiceForTheSameYear_countsOnce_theLastOne_asInTheReplicatesValues() {
        ModelSimulator twice = new ModelSimulator() {
            @Override
            public String modelId() {
                return "twice";
            }

            @Override
            public void simulateReplicate(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder) {
                recorder.record("x", 1, 1);
                recorder.record("y", 2, random.nextInt(10));
                recorder.record("x", 1, 3);
            }
        };

        SimulationSummary summary = runner(40, 2).run(twice, SCENARIO);

        IndicatorStatistics x = summary.statistics("x", 1).orElseThrow();
        assertThat(x.count()).isEqualTo(40);
        assertThat(x.min()).isEqualTo(3.0);
        assertThat(summary.statistics("y", 2).orElseThrow().count()).isEqualTo(40);
        assertThat(summary.statistics("x", 2)).isEmpty();
        assertThat(summary.indicators().keySet()).containsExactly("x", "y");
        assertThat(runner(40, 1).run(twice, SCENARIO)).isEqualTo(summary);
        assertThat(runner(1, 1).replicate(twice, SCENARIO, 0).value("x", 1)).contains(3.0);
    }

    @Test
    void failingReplicate_stopsTheRun_andItsExceptionIsRethrown() {
        AtomicInteger calls = new AtomicInteger();
        ModelSimulator failing = new ModelSimulator() {
            @Override
            public String modelId() {
                return "failing";
            }

            @Override
            public void simulateReplicate(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder) {
                if (calls.incrementAndGet() == 50) {
                    throw KetnghiaException.of(CoreErrorCode.VALUE_UNKNOWN, "herd", "herd");
                }
                recorder.record("x", 1, 1);
            }
        };

        KetnghiaException error = catchThrowableOfType(() -> runner(100_000, 2).run(failing, SCENARIO),
                KetnghiaException.class);

        assertThat(error.code()).isEqualTo(CoreErrorCode.VALUE_UNKNOWN);
        assertThat(calls.get()).isLessThan(100_000);
    }

    @Test
    void recordedYearOutsideTheScenario_andNonFiniteValue_areBothReported() {
        ModelSimulator broken = new ModelSimulator() {
            @Override
            public String modelId() {
                return "broken";
            }

            @Override
            public void simulateReplicate(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder) {
                recorder.record("x", 6, Double.NaN);
            }
        };

        KetnghiaException error = catchThrowableOfType(() -> runner(10, 1).run(broken, SCENARIO), KetnghiaException.class);

        assertThat(error.problems()).extracting(Problem::code, Problem::field).containsExactly(
                Tuple.tuple(SimulationErrorCode.SIMULATION_YEAR_OUT_OF_RANGE, "year"),
                Tuple.tuple(SimulationErrorCode.SIMULATION_VALUE_NOT_FINITE, "value"));
    }

    @Test
    void settingsOutOfRange_areAllReportedAtOnce() {
        KetnghiaException error = catchThrowableOfType(
                () -> MonteCarloRunner.builder().replicates(0).threads(0).build(), KetnghiaException.class);
        assertThat(error.problems()).extracting(Problem::field).containsExactly("replicates", "threads");

        KetnghiaException window = catchThrowableOfType(
                () -> MonteCarloRunner.builder().threads(4).window(2).build(), KetnghiaException.class);
        assertThat(window.code()).isEqualTo(SimulationErrorCode.SIMULATION_WINDOW_OUT_OF_RANGE);
        assertThat(MonteCarloRunner.builder().build().threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }
}
