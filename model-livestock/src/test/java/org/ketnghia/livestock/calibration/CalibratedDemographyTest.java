package org.ketnghia.livestock.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.ketnghia.livestock.Species;
import org.ketnghia.livestock.simulation.Demography;
import org.ketnghia.livestock.simulation.DemographyParameters;

/** The calibrated demography keeps every parameter set valid and sane, whatever the estimates. */
class CalibratedDemographyTest {

    private static ParameterEstimate cattle(CalibrationParameter parameter, double estimate, boolean sufficient) {
        return new ParameterEstimate(Species.CATTLE, parameter, parameter.label().vi(), "animal-months", 1000, 10,
                OptionalDouble.of(estimate), OptionalDouble.of(estimate * 0.9), OptionalDouble.of(estimate * 1.1), 0, "",
                sufficient, false);
    }

    private static Demography calibrate(ParameterEstimate... estimates) {
        CalibrationReport report = new CalibrationReport(LocalDate.of(2024, 6, 30), CalibrationSelection.all(),
                YearMonth.of(2024, 6), Map.of(), List.of(), List.of(estimates));
        return report.calibratedDemography(Demography.standard());
    }

    @Test
    void singleBirthsOnly_keepALitterDistributionOfOne() {
        Demography calibrated = calibrate(cattle(CalibrationParameter.LITTER_SINGLE, 1.0, true),
                cattle(CalibrationParameter.LITTER_TWINS, 0, true),
                cattle(CalibrationParameter.LITTER_TRIPLETS_OR_MORE, 0, true));

        assertThat(calibrated.defaultFor(Species.CATTLE).litterSize()).containsExactly(1.0);
    }

    @Test
    void withoutDistricts_theDefaultsAreCalibrated_roundedAndBounded() {
        Demography calibrated = calibrate(cattle(CalibrationParameter.AGE_AT_FIRST_PARTURITION, 40.4, true),
                cattle(CalibrationParameter.MORTALITY_YOUNG, 0.995, true),
                cattle(CalibrationParameter.PARTURITION_INTERVAL, 0.5, true),
                cattle(CalibrationParameter.MORTALITY_ADULT, 0.2, false));

        DemographyParameters cattle = calibrated.defaultFor(Species.CATTLE);
        DemographyParameters assumed = Demography.standard().defaultFor(Species.CATTLE);
        assertThat(cattle.ageAtFirstParturitionMonths()).isEqualTo(40);
        assertThat(cattle.mortalityYoung()).isEqualTo(0.99);
        assertThat(cattle.parturitionIntervalMonths()).isEqualTo(1.0);
        assertThat(cattle.mortalityAdult()).as("insufficient data").isEqualTo(assumed.mortalityAdult());
        assertThat(cattle.problems("")).isEmpty();
        assertThat(calibrated.defaultFor(Species.GOAT)).isEqualTo(Demography.standard().defaultFor(Species.GOAT));
        assertThat(calibrated.districts()).isEmpty();
    }

    @Test
    void anAgeAtFirstParturitionPastTheCullAge_staysBelowIt() {
        Demography calibrated = calibrate(cattle(CalibrationParameter.AGE_AT_FIRST_PARTURITION, 500, true));

        DemographyParameters cattle = calibrated.defaultFor(Species.CATTLE);
        assertThat(cattle.ageAtFirstParturitionMonths()).isEqualTo(cattle.cullAgeMonths() - 1);
        assertThat(cattle.problems("")).isEmpty();
    }
}
