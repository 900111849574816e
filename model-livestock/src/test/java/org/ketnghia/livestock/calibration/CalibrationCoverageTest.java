package org.ketnghia.livestock.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.livestock.Species;

/**
 * The 95 % intervals cover the truth at their stated rate: {@value #REPLICATES} independent replicates (30 goat
 * households, 5 years each) traced into ledgers and calibrated, every interval checked against the truth.
 *
 * <p>The bounds: an exact (Garwood, Clopper–Pearson) interval covers with probability at least 95 %, so the misses
 * among n intervals are at most Binomial(n, 0.05) — for one parameter over 150 replicates 7.5 expected, standard
 * deviation 2.7, and the bound "at least 88 % covered" (at most 18 misses) is 3.9 standard deviations away; over all
 * parameters (1,500 intervals, 75 misses expected, sd 8.4) "at least 92 %" (120 misses) is 5.3 away. The parameters
 * of one replicate are not independent (the litter shares sum to 1), which widens the spread a little, not enough to
 * matter at these distances. A parameter estimated with a bias of about two standard errors would cover about half the
 * time and fail the per-parameter bound.
 */
class CalibrationCoverageTest {

    private static final int REPLICATES = 150;

    @Test
    void theIntervalsCoverTheTruth_atTheStatedRate() {
        Map<CalibrationParameter, Integer> covered = new EnumMap<>(CalibrationParameter.class);
        Map<CalibrationParameter, Integer> checked = new EnumMap<>(CalibrationParameter.class);
        for (long replicate = 0; replicate < REPLICATES; replicate++) {
            KetnghiaRuntime runtime = SimulatedLedgers.traced(30, 5, 7, replicate);
            // DEPENDS ON THE ENGINE CHANGE: before it, the first kidding comes one month early (see
            // CalibrationRecoveryTest); the age at first parturition is checked only under the birth-flow convention
            boolean birthFlow = SimulatedLedgers.birthFlowConvention(runtime);
            CalibrationReport report = HerdCalibration.estimate(runtime.ledger(), CalibrationSelection.all(),
                    LocalDate.of(2026, 6, 30), SimulatedLedgers.DEMOGRAPHY);
            for (ParameterEstimate estimate : report.estimatesOf(Species.GOAT)) {
                if (!birthFlow && estimate.parameter() == CalibrationParameter.AGE_AT_FIRST_PARTURITION) {
                    continue;
                }
                checked.merge(estimate.parameter(), 1, Integer::sum);
                if (estimate.covers(SimulatedLedgers.truth(estimate.parameter()))) {
                    covered.merge(estimate.parameter(), 1, Integer::sum);
                }
            }
        }
        int all = covered.values().stream().mapToInt(Integer::intValue).sum();
        int intervals = checked.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("calibration coverage " + covered + " of " + checked + ": " + all + "/" + intervals);

        assertThat(checked.keySet()).hasSizeGreaterThanOrEqualTo(CalibrationParameter.values().length - 1);
        checked.forEach((parameter, count) -> assertThat(covered.getOrDefault(parameter, 0))
                .as(parameter.name()).isGreaterThanOrEqualTo((int) Math.ceil(0.88 * count)));
        assertThat(all).isGreaterThanOrEqualTo((int) Math.ceil(0.92 * intervals));
    }
}
