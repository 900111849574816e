package org.ketnghia.livestock.calibration;

import java.util.OptionalDouble;
import org.ketnghia.livestock.Species;

/**
 * The estimate of one demography parameter of one species (<i>ước lượng tham số</i>), beside the
 * assumption in use. Immutable.
 *
 * <p>{@code estimate}, {@code lower95} and {@code upper95} are empty when there is no exposure at all;
 * {@code excludesAssumption} is true only when the data are sufficient and the 95 % interval leaves the
 * assumed value out — the flag a planner reads as "our herds do not behave as assumed".
 *
 * @param species the species
 * @param parameter the parameter (its constant name is the stable id)
 * @param labelVi the parameter's Vietnamese label
 * @param exposureUnit what {@code exposure} counts: {@code "animal-months"}, {@code "female-months"},
 *     {@code "litters"}, {@code "young"} or {@code "females"} (programme-born females seen at a first
 *     parturition)
 * @param exposure the exposure the estimate rests on
 * @param events the events counted (deaths, sales, parturitions, litters of the size, female young)
 * @param estimate the maximum-likelihood estimate, in the parameter's unit
 * @param lower95 lower end of the 95 % confidence interval
 * @param upper95 upper end of the 95 % confidence interval
 * @param assumed the value of the demography in use
 * @param assumptionDistrictCode the district whose demography gave {@code assumed}; empty text for the defaults
 * @param sufficientData whether the exposure reaches the minimum of {@link HerdCalibration} for this parameter
 * @param excludesAssumption whether the data are sufficient and the interval excludes {@code assumed}
 */
public record ParameterEstimate(Species species, CalibrationParameter parameter, String labelVi,
        String exposureUnit, double exposure, long events, OptionalDouble estimate, OptionalDouble lower95,
        OptionalDouble upper95, double assumed, String assumptionDistrictCode, boolean sufficientData,
        boolean excludesAssumption) {

    /** Whether {@code value} lies in the 95 % interval (false when there is none). */
    public boolean covers(double value) {
        return lower95.isPresent() && upper95.isPresent() && value >= lower95.getAsDouble() - 1e-9
                && value <= upper95.getAsDouble() + 1e-9;
    }
}
