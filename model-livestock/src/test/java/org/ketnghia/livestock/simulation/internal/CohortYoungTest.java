package org.ketnghia.livestock.simulation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The law of a cohort's young in a month ({@link CompiledPlan#youngCumulative}), which the Monte Carlo path draws
 * from one uniform, and its breakdown into litters for the trace ({@link CohortBirths#litters}): both against
 * what they replace, each female's own litter drawn one by one.
 */
class CohortYoungTest {

    /** The goat's default litter sizes: 1, 2 or 3 young. */
    private static final double[] GOAT_LITTER = {0.45, 0.45, 0.10};

    @ParameterizedTest(name = "p = {0}")
    @CsvSource({"0.125", "0.0875", "0", "1"})
    void theTabledLaw_isTheSumOverTheNumberOfLittersOfTheirConvolutions(double p) {
        double[][] tables = CompiledPlan.youngCumulative(8, p, GOAT_LITTER);

        for (int n = 0; n <= 8; n++) {
            double[] expected = byEnumeration(n, p, GOAT_LITTER);
            double[] cumulative = tables[n];
            assertThat(cumulative).hasSize(3 * n + 1);
            assertThat(cumulative[cumulative.length - 1]).isEqualTo(1.0);
            double sum = 0;
            for (int y = 0; y < cumulative.length; y++) {
                sum += expected[y];
                assertThat(cumulative[y]).as("n %d, y %d", n, y).isCloseTo(sum, within(1e-12));
            }
        }
    }

    @Test
    void drawingTheTotal_givesTheMeanAndVarianceOfTheLittersDrawnOneByOne() {
        int n = 12;
        double p = 0.125;
        double[] cumulative = CompiledPlan.youngCumulative(n, p, GOAT_LITTER)[n];
        SplittableRandom random = new SplittableRandom(7);
        int draws = 200_000;
        double[] tabled = new double[2];
        double[] oneByOne = new double[2];
        for (int t = 0; t < draws; t++) {
            double u = random.nextDouble();
            int y = 0;
            while (u >= cumulative[y]) {
                y++;
            }
            tabled[0] += y;
            tabled[1] += (double) y * y;
            int direct = 0;
            for (int female = 0; female < n; female++) {
                if (random.nextDouble() < p) {
                    direct += litter(random.nextDouble());
                }
            }
            oneByOne[0] += direct;
            oneByOne[1] += (double) direct * direct;
        }
        double meanLitter = 0.45 + 2 * 0.45 + 3 * 0.10;
        double meanOfSquares = 0.45 + 4 * 0.45 + 9 * 0.10;
        double mean = n * p * meanLitter;
        double variance = n * (p * meanOfSquares - p * p * meanLitter * meanLitter);
        double standardError = Math.sqrt(variance / draws);
        assertThat(tabled[0] / draws).isCloseTo(mean, within(4 * standardError));
        assertThat(oneByOne[0] / draws).isCloseTo(mean, within(4 * standardError));
        assertThat(tabled[1] / draws - Math.pow(tabled[0] / draws, 2)).isCloseTo(variance, within(0.03 * variance));
    }

    @Test
    void theTracesBreakdown_holdsTheTotal_inLittersOfPossibleSizes_oneEachForDistinctMothers() {
        SplittableRandom choice = new SplittableRandom(11);
        int[] sizes = new int[64];
        for (int young = 1; young <= 30; young++) {
            for (int n = (young + 2) / 3; n <= 12; n++) {
                int litters = CohortBirths.litters(n, 0.2, GOAT_LITTER, young, choice, sizes);
                assertThat(litters).isBetween(1, Math.min(n, young));
                int sum = 0;
                for (int b = 0; b < litters; b++) {
                    assertThat(sizes[b]).isBetween(1, 3);
                    sum += sizes[b];
                }
                assertThat(sum).as("%d young of %d females", young, n).isEqualTo(young);
            }
        }
    }

    /**
     * Given the total, the number of litters has the law it has when litters are drawn one by one and only the
     * draws of that total are kept: compared on 4 young of a cohort of 6, with the first litter's size.
     */
    @Test
    void theTracesBreakdown_hasTheConditionalLawOfTheLittersDrawnOneByOne() {
        int n = 6;
        double p = 0.3;
        int young = 4;
        SplittableRandom random = new SplittableRandom(3);
        double[] direct = new double[n + 1];
        double[] directFirstIsOne = new double[1];
        int kept = 0;
        int[] sizes = new int[n];
        while (kept < 100_000) {
            int litters = 0;
            int total = 0;
            for (int female = 0; female < n; female++) {
                if (random.nextDouble() < p) {
                    sizes[litters++] = litter(random.nextDouble());
                    total += sizes[litters - 1];
                }
            }
            if (total == young) {
                direct[litters]++;
                directFirstIsOne[0] += sizes[0] == 1 ? 1 : 0;
                kept++;
            }
        }
        double[] split = new double[n + 1];
        double splitFirstIsOne = 0;
        int[] into = new int[young];
        SplittableRandom choice = new SplittableRandom(5);
        for (int t = 0; t < kept; t++) {
            int litters = CohortBirths.litters(n, p, GOAT_LITTER, young, choice, into);
            split[litters]++;
            splitFirstIsOne += into[0] == 1 ? 1 : 0;
        }
        for (int k = 1; k <= young; k++) {
            double q = direct[k] / kept;
            double tolerance = 4 * Math.sqrt(2 * q * (1 - q) / kept) + 1e-9;
            assertThat(split[k] / kept).as("P(%d litters | %d young)", k, young).isCloseTo(q, within(tolerance));
        }
        double q = directFirstIsOne[0] / kept;
        assertThat(splitFirstIsOne / kept).isCloseTo(q, within(4 * Math.sqrt(2 * q * (1 - q) / kept)));
    }

    private static int litter(double u) {
        return u < 0.45 ? 1 : u < 0.90 ? 2 : 3;
    }

    /** The law of the young of {@code n} females, by enumerating every number of litters. */
    private static double[] byEnumeration(int n, double p, double[] litter) {
        double[] law = new double[3 * n + 1];
        for (int k = 0; k <= n; k++) {
            double choose = 1;
            for (int j = 0; j < k; j++) {
                choose = choose * (n - j) / (j + 1);
            }
            double litters = choose * Math.pow(p, k) * Math.pow(1 - p, n - k);
            double[] sum = {1.0};
            for (int j = 0; j < k; j++) {
                double[] next = new double[sum.length + 3];
                for (int y = 0; y < sum.length; y++) {
                    for (int l = 1; l <= 3; l++) {
                        next[y + l] += sum[y] * litter[l - 1];
                    }
                }
                sum = next;
            }
            for (int y = 0; y < sum.length && y < law.length; y++) {
                law[y] += litters * sum[y];
            }
        }
        return law;
    }
}
