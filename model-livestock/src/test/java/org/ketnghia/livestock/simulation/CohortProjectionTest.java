package org.ketnghia.livestock.simulation;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ketnghia.livestock.Species;
import org.ketnghia.livestock.simulation.internal.DominantEigenvalue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CohortProjectionTest {

    @ParameterizedTest
    @EnumSource(Species.class)
    void lambdaIsTheGrowthTheProjectionShowsOverALongHorizon(Species species) {
        CohortProjection projection = CohortProjection.of(Demography.standard().defaultFor(species));
        double lambda = projection.annualLambda();
        CohortProjection.Result result = projection.project(12 * 300);
        double shown = result.femalesAtYear(300) / result.femalesAtYear(299);
        assertThat(shown).isCloseTo(lambda, within(1e-9));
    }

    @ParameterizedTest
    @EnumSource(Species.class)
    void powerIterationAgreesWithTheEulerLotkaRootTo1e9(Species species) {
        CohortProjection projection = CohortProjection.of(Demography.standard().defaultFor(species));
        assertThat(projection.monthlyLambda()).isCloseTo(projection.monthlyLambdaByEulerLotka(), within(1e-9));
    }

    @Test
    void defaultGrowthRatesArePlausibleForMountainHerds() {
        double cattle = CohortProjection.of(Demography.standard().defaultFor(Species.CATTLE)).annualLambda();
        double goats = CohortProjection.of(Demography.standard().defaultFor(Species.GOAT)).annualLambda();
        assertThat(cattle).isBetween(1.0, 1.15);
        assertThat(goats).isBetween(1.1, 1.6);
    }

    @Test
    void theFirstMonthFollowsTheConvention() {
        DemographyParameters cattle = Demography.standard().defaultFor(Species.CATTLE);
        CohortProjection.Result result = CohortProjection.of(cattle).project(1);
        // a 24-month founder: no birth yet, survives with (1 − 0.05)^(1/12)
        assertThat(result.femalesByMonth()[1]).isCloseTo(Math.pow(0.95, 1.0 / 12), within(1e-15));
    }

    /**
     * Anton, H. and Rorres, C., <i>Elementary Linear Algebra, Applications Version</i> (Wiley), the
     * chapter "Leslie Matrix Models of Population Growth", Example 1: three age classes with
     * fertilities 0, 4, 3 and survivals 1/2, 1/4; the published dominant eigenvalue is λ₁ = 3/2
     * (characteristic polynomial λ³ − 2λ − 3/8, of which 3/2 is a root).
     */
    @Test
    void reproducesTheTextbookLeslieMatrixOfAntonAndRorres() {
        double[][] leslie = {{0, 4, 3}, {0.5, 0, 0}, {0, 0.25, 0}};
        assertThat(DominantEigenvalue.powerIteration(leslie, 1e-15, 100_000)).isCloseTo(1.5, within(1e-12));
        assertThat(DominantEigenvalue.leslieRoot(new double[] {0, 4, 3}, new double[] {0.5, 0.25}))
                .isCloseTo(1.5, within(1e-12));
    }

    @Test
    void aDroughtLowersGrowth() {
        DemographyParameters goat = Demography.standard().defaultFor(Species.GOAT);
        assertThat(CohortProjection.of(goat, 0.7).annualLambda()).isLessThan(CohortProjection.of(goat).annualLambda());
    }
}
