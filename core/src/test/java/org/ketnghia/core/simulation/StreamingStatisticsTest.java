package org.ketnghia.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.simulation.internal.StreamingStatistics;

class StreamingStatisticsTest {

    @Test
    void smallSample_hasExactMeanDeviationAndPercentiles() {
        StreamingStatistics statistics = new StreamingStatistics();
        for (double value : new double[] {2, 4, 4, 4, 5, 5, 7, 9}) {
            statistics.add(value);
        }

        IndicatorStatistics summary = statistics.snapshot();

        assertThat(summary.count()).isEqualTo(8);
        assertThat(summary.mean()).isEqualTo(5.0);
        assertThat(summary.standardDeviation()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
        assertThat(summary.min()).isEqualTo(2);
        assertThat(summary.max()).isEqualTo(9);
        assertThat(summary.p50()).isEqualTo(4.5);
        assertThat(summary.p5()).isCloseTo(2 + 0.35 * 2, within(1e-12)); // h = 7 × 0.05 = 0.35
        assertThat(summary.p95()).isCloseTo(7 + 0.65 * 2, within(1e-12)); // h = 6.65
    }

    @Test
    void singleValue_hasZeroDeviation_andEmptyStreamIsAllZero() {
        StreamingStatistics statistics = new StreamingStatistics();
        assertThat(statistics.snapshot()).isEqualTo(new IndicatorStatistics(0, 0, 0, 0, 0, 0, 0, 0));

        statistics.add(3.5);

        assertThat(statistics.snapshot()).isEqualTo(new IndicatorStatistics(1, 3.5, 0, 3.5, 3.5, 3.5, 3.5, 3.5));
    }

    @Test
    void percentilesOfAnExponentialDistribution_areWithinTolerance() {
        SplittableRandom random = new SplittableRandom(7);
        StreamingStatistics statistics = new StreamingStatistics();
        for (int i = 0; i < 200_000; i++) {
            statistics.add(-Math.log(1 - random.nextDouble()));
        }

        IndicatorStatistics summary = statistics.snapshot();

        assertThat(summary.mean()).isCloseTo(1.0, within(0.01));
        assertThat(summary.standardDeviation()).isCloseTo(1.0, within(0.01));
        assertThat(summary.p5()).isCloseTo(-Math.log(0.95), within(0.005));
        assertThat(summary.p50()).isCloseTo(Math.log(2), within(0.01));
        assertThat(summary.p95()).isCloseTo(-Math.log(0.05), within(0.03));
    }

    @Test
    void percentilesOfAUniformDistribution_areWithinTolerance_justAfterTheExactSampleEnds() {
        SplittableRandom random = new SplittableRandom(11);
        StreamingStatistics statistics = new StreamingStatistics();
        for (int i = 0; i < 2_000; i++) {
            statistics.add(100 * random.nextDouble());
        }

        IndicatorStatistics summary = statistics.snapshot();

        assertThat(summary.p5()).isCloseTo(5, within(2.0));
        assertThat(summary.p50()).isCloseTo(50, within(3.0));
        assertThat(summary.p95()).isCloseTo(95, within(2.0));
        assertThat(summary.p5()).isLessThan(summary.p50()).isGreaterThanOrEqualTo(summary.min());
    }

    @Test
    void percentilesOfASeededStream_areBitForBitThoseOfTheEstimatorsAsFirstWritten() {
        // recorded from the estimators before their markers moved into one array: the summaries must not move
        SplittableRandom random = new SplittableRandom(2021);
        StreamingStatistics statistics = new StreamingStatistics();
        for (int i = 0; i < 5_000; i++) {
            statistics.add(Math.floor(10 * -Math.log(1 - random.nextDouble())));
        }

        IndicatorStatistics summary = statistics.snapshot();

        assertThat(Double.doubleToLongBits(summary.p5())).isEqualTo(4539368459207281040L);
        assertThat(Double.doubleToLongBits(summary.p50())).isEqualTo(4619368576219141666L);
        assertThat(Double.doubleToLongBits(summary.p95())).isEqualTo(4629050474994439511L);
    }
}
