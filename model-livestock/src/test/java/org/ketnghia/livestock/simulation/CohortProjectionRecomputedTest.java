package org.ketnghia.livestock.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ketnghia.livestock.Species;

/**
 * The cohort projection recomputed independently, from DemographyParameters alone, with a few lines of plain
 * matrix code and the birth-flow census convention of DOMAIN.md: the newborns of month {@code t} are in age class
 * 0 at the census of month {@code t+1} with no mortality step; deaths apply to the animals alive at the census;
 * births come from the females alive at the census at or past the age at first parturition.
 */
class CohortProjectionRecomputedTest {

    private static final int MONTHS = 240;

    @ParameterizedTest
    @EnumSource(Species.class)
    void theProjectionIsThePlainMatrixProduct_monthByMonth_andLambdaItsGrowth(Species species) {
        DemographyParameters p = Demography.standard().defaultFor(species);
        int c = p.cullAgeMonths();
        double d = p.meanLitterSize() / p.parturitionIntervalMonths() * p.femaleFractionAtBirth();
        double sonsPerDaughter = (1 - p.femaleFractionAtBirth()) / p.femaleFractionAtBirth();
        double[][] m = new double[c][c];
        for (int a = 0; a < c; a++) {
            double q = a < 12 ? p.mortalityYoung() : a < 36 ? p.mortalityYearling() : p.mortalityAdult();
            if (a + 1 < c) {
                m[a + 1][a] = Math.pow(1 - q, 1.0 / 12);
            }
            if (a >= p.ageAtFirstParturitionMonths()) {
                m[0][a] = d;
            }
        }
        double[] females = new double[c];
        double[] males = new double[c];
        females[p.founderAgeMonths()] = 1;
        CohortProjection.Result result = CohortProjection.of(p).project(MONTHS);
        for (int t = 1; t <= MONTHS; t++) {
            double[] nextFemales = multiply(m, females);
            double[] nextMales = multiply(m, males);
            // sons are born to the females, not to the males: replace the males' birth row
            nextMales[0] = nextFemales[0] * sonsPerDaughter;
            females = nextFemales;
            males = nextMales;
            assertThat(result.femalesByMonth()[t]).as("females, month %d", t).isCloseTo(sum(females), within(1e-12));
            assertThat(result.malesByMonth()[t]).as("males, month %d", t).isCloseTo(sum(males), within(1e-12));
        }
        // λ: the growth of the plain product over a long run
        double[] x = new double[c];
        java.util.Arrays.fill(x, 1.0);
        double growth = 0;
        for (int t = 0; t < 20_000; t++) {
            double[] y = multiply(m, x);
            growth = sum(y) / sum(x);
            x = y;
            double norm = sum(x);
            for (int a = 0; a < c; a++) {
                x[a] /= norm;
            }
        }
        assertThat(CohortProjection.of(p).monthlyLambda()).isCloseTo(growth, within(1e-10));
        assertThat(CohortProjection.of(p).annualLambda()).isCloseTo(Math.pow(growth, 12), within(1e-9));
        assertThat(CohortProjection.of(p).monthlyMatrix()).isDeepEqualTo(m);
    }

    @Test
    void aBreedingFoundersDaughtersAreInClassZeroAtTheNextCensus_withoutAMortalityStep() {
        DemographyParameters goat = Demography.standard().defaultFor(Species.GOAT);
        DemographyParameters breeding = new DemographyParameters(goat.species(), goat.ageAtFirstParturitionMonths(),
                goat.parturitionIntervalMonths(), List.copyOf(goat.litterSize()), goat.femaleFractionAtBirth(),
                goat.mortalityYoung(), goat.mortalityYearling(), goat.mortalityAdult(), goat.cullAgeMonths(),
                goat.ageAtFirstParturitionMonths(), goat.maleOfftakeRate(), goat.herdCap(), goat.priceYoungFemale(),
                goat.priceYoungMale(), goat.priceAdultFemale(), goat.priceAdultMale());
        CohortProjection.Result result = CohortProjection.of(breeding).project(1);
        double daughters = 1.3 / 8.5 * 0.5;
        double founderSurvives = Math.pow(1 - 0.10, 1.0 / 12);
        assertThat(result.femalesByMonth()[1]).isCloseTo(founderSurvives + daughters, within(1e-15));
        assertThat(result.malesByMonth()[1]).isCloseTo(daughters, within(1e-15));
    }

    private static double[] multiply(double[][] m, double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double s = 0;
            for (int j = 0; j < v.length; j++) {
                s += m[i][j] * v[j];
            }
            out[i] = s;
        }
        return out;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
