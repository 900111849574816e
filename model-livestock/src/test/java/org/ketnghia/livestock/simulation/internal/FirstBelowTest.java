package org.ketnghia.livestock.simulation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The engine's searches: the result is the binary search's whatever the guess, and the guess's logarithm is close. */
class FirstBelowTest {

    @Test
    void theRoughLogarithmIsWithinOneHundredThousandthOfTheLogarithm() {
        SplittableRandom random = new SplittableRandom(1);
        for (int k = 0; k < 100_000; k++) {
            double r = 1.0 - random.nextDouble();
            assertThat(FirstBelow.roughLog(r)).as("log %s", r).isCloseTo(Math.log(r), within(1.1e-5));
        }
        for (double r : new double[] {1.0, 0.5, Math.ulp(1.0) / 2, Double.MIN_NORMAL, 0x1.fffffffffffffp-1}) {
            assertThat(FirstBelow.roughLog(r)).as("log %s", r).isCloseTo(Math.log(r), within(1.1e-5));
        }
    }

    @Test
    void everyGuessFindsTheFirstMonthBelowTheThreshold() {
        SplittableRandom random = new SplittableRandom(2);
        double[] table = new double[61];
        table[0] = 1;
        for (int m = 0; m < 60; m++) {
            table[m + 1] = table[m] * (1 - 0.2 * random.nextDouble());
        }
        for (int k = 0; k < 2_000; k++) {
            int low = random.nextInt(30);
            double threshold = table[59 + 1] + (table[low] - table[59 + 1]) * random.nextDouble();
            int expected = low;
            while (!(table[expected + 1] < threshold)) {
                expected++;
            }
            for (int guess = low; guess <= 59; guess++) {
                assertThat(FirstBelow.of(table, threshold, low, guess, 59)).isEqualTo(expected);
            }
        }
    }

    /** The product form, with a second table flat in places (a shock factor: 1 before an epidemic, lower after). */
    @Test
    void everyGuessFindsTheFirstMonthWhoseProductIsBelowTheThreshold() {
        SplittableRandom random = new SplittableRandom(3);
        double[] survival = new double[81];
        double[] shock = new double[81];
        survival[0] = 1;
        shock[0] = 1;
        for (int m = 0; m < 80; m++) {
            survival[m + 1] = survival[m] * (1 - 0.1 * random.nextDouble());
            shock[m + 1] = shock[m] * (m >= 24 && m < 36 ? 0.9 : 1);
        }
        for (int k = 0; k < 2_000; k++) {
            int a0 = random.nextInt(20);
            int m0 = random.nextInt(20);
            int span = 40 + random.nextInt(19);
            double top = survival[a0] * shock[m0];
            double bottom = survival[a0 + span + 1] * shock[m0 + span + 1];
            double threshold = random.nextInt(10) == 0 ? survival[a0 + 5] * shock[m0 + 5] // a tie: an entry equals it
                    : bottom + (top - bottom) * random.nextDouble();
            int expected = 0;
            while (!(survival[a0 + expected + 1] * shock[m0 + expected + 1] < threshold)) {
                expected++;
            }
            for (int guess = 0; guess <= span; guess++) {
                assertThat(FirstBelow.ofProduct(survival, a0, shock, m0, threshold, guess, span))
                        .as("a0 %d, m0 %d, guess %d", a0, m0, guess).isEqualTo(expected);
            }
        }
    }

    @Test
    void aGuideTableGivesTheInverseOrStartsItWhereTheWalkFromZeroWouldStop() {
        SplittableRandom random = new SplittableRandom(3);
        for (double[] cumulative : new double[][] {
                CompiledPlan.youngCumulative(41, 0.118, new double[] {0.75, 0.2, 0.05})[16],
                CompiledPlan.youngCumulative(41, 0.9, new double[] {0.75, 0.2, 0.05})[41],
                CompiledPlan.binomialCumulative(1, 0.5), {1.0}}) {
            int[] guide = CompiledPlan.guide(cumulative);
            for (int k = 0; k < 20_000; k++) {
                // the buckets' ends, then uniforms
                double u = k < CompiledPlan.GUIDE ? (double) k / CompiledPlan.GUIDE
                        : k < 2 * CompiledPlan.GUIDE ? Math.nextDown((double) (k - CompiledPlan.GUIDE + 1) / CompiledPlan.GUIDE)
                        : random.nextDouble();
                int expected = 0;
                while (u >= cumulative[expected]) {
                    expected++;
                }
                int entry = guide[(int) (u * CompiledPlan.GUIDE)];
                if (entry >= 0) { // the bucket's one inverse
                    assertThat(entry).as("u %s", u).isEqualTo(expected);
                    continue;
                }
                int start = ~entry;
                assertThat(start).as("u %s", u).isLessThanOrEqualTo(expected);
                int y = start;
                while (u >= cumulative[y]) {
                    y++;
                }
                assertThat(y).as("u %s", u).isEqualTo(expected);
            }
        }
    }

    @Test
    void aNewbornsExitGuideStartsAtOrBelowTheFirstAgeWhoseSurvivalFallsBelowTheUniform() {
        SplittableRandom random = new SplittableRandom(4);
        double[] survival = new double[85];
        survival[0] = 1;
        for (int a = 0; a < 84; a++) {
            survival[a + 1] = survival[a] * Math.exp(-(a < 12 ? 0.0184 : 0.0088));
        }
        int[] guide = CompiledPlan.newbornExitGuide(survival);
        double[] noEpidemic = new double[85];
        java.util.Arrays.fill(noEpidemic, 1.0);
        for (int k = 0; k < 50_000; k++) {
            double r = k == 0 ? 1.0 : 1.0 - random.nextDouble();
            if (!(survival[84] < r)) {
                continue; // culled: no exit month to find
            }
            int expected = FirstBelow.searchProduct(survival, 0, noEpidemic, 0, r, 0, 83);
            int start = guide[Math.min((int) (r * CompiledPlan.EXIT_GUIDE), CompiledPlan.EXIT_GUIDE - 1)];
            assertThat(start).as("r %s", r).isLessThanOrEqualTo(expected);
            int low = start;
            while (survival[low + 1] >= r) {
                low++;
            }
            assertThat(low).as("r %s", r).isEqualTo(expected);
        }
    }
}
