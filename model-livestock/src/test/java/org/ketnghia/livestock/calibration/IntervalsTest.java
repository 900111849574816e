package org.ketnghia.livestock.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The exact intervals against published values (Garwood 1936; Clopper and Pearson 1934 tables). */
class IntervalsTest {

    @Test
    void garwood_forNoEvent_isZeroTo3Point689() {
        double[] interval = Intervals.poissonMean(0);

        assertThat(interval[0]).isZero();
        assertThat(interval[1]).isCloseTo(3.688879, within(1e-5));
    }

    @Test
    void garwood_forTenEvents_is4Point795To18Point390() {
        double[] interval = Intervals.poissonMean(10);

        assertThat(interval[0]).isCloseTo(4.795389, within(1e-5));
        assertThat(interval[1]).isCloseTo(18.390356, within(1e-5));
    }

    @Test
    void clopperPearson_atTheEdgesAndTheMiddle() {
        assertThat(Intervals.proportion(0, 10)).containsExactly(new double[] {0, 0.3084971}, within(1e-6));
        assertThat(Intervals.proportion(5, 10)).containsExactly(new double[] {0.1870860, 0.8129140}, within(1e-6));
        assertThat(Intervals.proportion(10, 10)).containsExactly(new double[] {0.6915029, 1}, within(1e-6));
    }
}
