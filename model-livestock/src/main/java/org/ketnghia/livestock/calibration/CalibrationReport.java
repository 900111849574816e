package org.ketnghia.livestock.calibration;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ketnghia.livestock.Species;
import org.ketnghia.livestock.simulation.Demography;
import org.ketnghia.livestock.simulation.DemographyParameters;

/**
 * What a calibration found (<i>kết quả hiệu chỉnh tham số đàn</i>): the exposure table and, per species, the
 * estimate of each demography parameter beside the assumption, with the flags a planner reads. Serializes to
 * JSON as its components (Jackson records; {@code OptionalDouble} needs the JDK 8 module that {@code
 * KetnghiaJson.newObjectMapper()} registers); {@link #estimateRows()} and {@link #exposureRows()} give the
 * same as CSV-ready text rows. Immutable and thread-safe.
 *
 * @param asOf the last day of the observation
 * @param selection the groups, communes and districts read
 * @param lastCensus the last census month counted (the last month wholly observed by {@code asOf})
 * @param districtCodes per species, the districts whose animals were counted (sorted); empty when the
 *     communes have no district
 * @param exposures the exposure table, per species, sex and age class
 * @param estimates the estimates, per species in {@link CalibrationParameter} order
 */
public record CalibrationReport(LocalDate asOf, CalibrationSelection selection, YearMonth lastCensus,
        Map<Species, List<String>> districtCodes, List<ExposureRow> exposures, List<ParameterEstimate> estimates) {

    /** Copies the collections. */
    public CalibrationReport {
        Map<Species, List<String>> codes = new EnumMap<>(Species.class);
        (districtCodes == null ? Map.<Species, List<String>>of() : districtCodes)
                .forEach((species, list) -> codes.put(species, List.copyOf(list)));
        districtCodes = java.util.Collections.unmodifiableMap(codes);
        exposures = exposures == null ? List.of() : List.copyOf(exposures);
        estimates = estimates == null ? List.of() : List.copyOf(estimates);
    }

    /** The estimates of {@code species}, in parameter order; empty if it had no animal-month. */
    public List<ParameterEstimate> estimatesOf(Species species) {
        return estimates.stream().filter(e -> e.species() == species).toList();
    }

    /** The estimate of {@code parameter} for {@code species}, if the species had any animal-month. */
    public Optional<ParameterEstimate> estimate(Species species, CalibrationParameter parameter) {
        return estimates.stream().filter(e -> e.species() == species && e.parameter() == parameter).findFirst();
    }

    /** The estimates whose interval excludes the assumption (data sufficient). */
    public List<ParameterEstimate> departures() {
        return estimates.stream().filter(ParameterEstimate::excludesAssumption).toList();
    }

    /**
     * The demography {@code assumed} with, for each species counted, the parameters that have sufficient data
     * replaced by their estimates (<i>tham số đã hiệu chỉnh</i>) — in each district counted for that species (as
     * a district override), or in the defaults when the communes have no district. Everything else stays as
     * assumed: cull age, founder age, herd cap, prices, and any parameter without enough data. The litter
     * distribution is replaced only when all three shares are estimated, then normalised to sum to 1 (trailing
     * zero shares dropped); the age at first parturition is rounded to whole months and kept below the cull age;
     * the interval is at least 1 month; mortality stays below 1. A parameter set that would still be invalid keeps
     * the assumed one.
     *
     * @throws org.ketnghia.core.error.KetnghiaException if {@code assumed} has no parameters for a species counted
     */
    public Demography calibratedDemography(Demography assumed) {
        java.util.Objects.requireNonNull(assumed, "assumed");
        Demography calibrated = assumed;
        for (Species species : Species.values()) {
            List<ParameterEstimate> own = estimatesOf(species);
            if (own.isEmpty()) {
                continue;
            }
            List<String> districts = districtCodes.getOrDefault(species, List.of());
            if (districts.isEmpty()) {
                List<DemographyParameters> defaults = new ArrayList<>(calibrated.defaults());
                defaults.replaceAll(p -> p.species() == species ? calibrate(p, own) : p);
                calibrated = new Demography(defaults, calibrated.districts());
            } else {
                for (String district : districts) {
                    calibrated = calibrated.withDistrict(district, calibrate(assumed.parameters(district, species), own));
                }
            }
        }
        return calibrated;
    }

    private static DemographyParameters calibrate(DemographyParameters base, List<ParameterEstimate> estimates) {
        int firstParturition = value(estimates, CalibrationParameter.AGE_AT_FIRST_PARTURITION)
                .map(age -> (int) Math.max(1, Math.min(Math.round(age), base.cullAgeMonths() - 1)))
                .orElse(base.ageAtFirstParturitionMonths());
        double interval = value(estimates, CalibrationParameter.PARTURITION_INTERVAL).map(i -> Math.max(1, i))
                .orElse(base.parturitionIntervalMonths());
        List<Double> litter = litter(base, estimates);
        double female = value(estimates, CalibrationParameter.FEMALE_FRACTION_AT_BIRTH).orElse(base.femaleFractionAtBirth());
        double young = mortality(estimates, CalibrationParameter.MORTALITY_YOUNG, base.mortalityYoung());
        double yearling = mortality(estimates, CalibrationParameter.MORTALITY_YEARLING, base.mortalityYearling());
        double adult = mortality(estimates, CalibrationParameter.MORTALITY_ADULT, base.mortalityAdult());
        double offtake = mortality(estimates, CalibrationParameter.MALE_OFFTAKE, base.maleOfftakeRate());
        DemographyParameters calibrated = new DemographyParameters(base.species(), firstParturition, interval, litter,
                female, young, yearling, adult, base.cullAgeMonths(), base.founderAgeMonths(), offtake, base.herdCap(),
                base.priceYoungFemale(), base.priceYoungMale(), base.priceAdultFemale(), base.priceAdultMale());
        return calibrated.problems("").isEmpty() ? calibrated : base;
    }

    private static List<Double> litter(DemographyParameters base, List<ParameterEstimate> estimates) {
        Optional<Double> single = value(estimates, CalibrationParameter.LITTER_SINGLE);
        Optional<Double> twins = value(estimates, CalibrationParameter.LITTER_TWINS);
        Optional<Double> more = value(estimates, CalibrationParameter.LITTER_TRIPLETS_OR_MORE);
        if (single.isEmpty() || twins.isEmpty() || more.isEmpty()) {
            return base.litterSize();
        }
        List<Double> shares = new ArrayList<>(List.of(single.get(), twins.get(), more.get()));
        while (shares.size() > 1 && shares.get(shares.size() - 1) == 0) {
            shares.remove(shares.size() - 1);
        }
        double sum = shares.stream().mapToDouble(Double::doubleValue).sum();
        if (!(sum > 0)) {
            return base.litterSize();
        }
        shares.replaceAll(share -> share / sum);
        double rest = 1;
        for (int k = 0; k < shares.size() - 1; k++) {
            rest -= shares.get(k);
        }
        shares.set(shares.size() - 1, Math.max(0, rest)); // exact sum for the ± 1e-9 check
        return List.copyOf(shares);
    }

    private static double mortality(List<ParameterEstimate> estimates, CalibrationParameter parameter, double assumed) {
        return value(estimates, parameter).map(rate -> Math.min(rate, 0.99)).orElse(assumed);
    }

    /** The estimate of {@code parameter} when its data are sufficient. */
    private static Optional<Double> value(List<ParameterEstimate> estimates, CalibrationParameter parameter) {
        return estimates.stream().filter(e -> e.parameter() == parameter && e.sufficientData() && e.estimate().isPresent())
                .map(e -> e.estimate().getAsDouble()).findFirst();
    }

    /** The estimates as CSV-ready rows, a header first; numbers with a dot, empty where there is none. */
    public List<List<String>> estimateRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("species", "parameter", "label", "exposure_unit", "exposure", "events", "estimate", "lower95",
                "upper95", "assumed", "assumption_district", "sufficient_data", "excludes_assumption"));
        for (ParameterEstimate e : estimates) {
            rows.add(List.of(e.species().name(), e.parameter().name(), e.labelVi(), e.exposureUnit(), number(e.exposure()),
                    Long.toString(e.events()), number(e.estimate()), number(e.lower95()), number(e.upper95()),
                    number(e.assumed()), e.assumptionDistrictCode(), Boolean.toString(e.sufficientData()),
                    Boolean.toString(e.excludesAssumption())));
        }
        return List.copyOf(rows);
    }

    /** The exposure table as CSV-ready rows, a header first. */
    public List<List<String>> exposureRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("species", "sex", "age_class", "animal_months", "deaths", "offtake_sales", "culls",
                "surplus_sales", "other_sales", "losses"));
        for (ExposureRow r : exposures) {
            rows.add(List.of(r.species().name(), r.sex().name(), r.ageClass().name(), Long.toString(r.animalMonths()),
                    Long.toString(r.deaths()), Long.toString(r.offtakeSales()), Long.toString(r.culls()),
                    Long.toString(r.surplusSales()), Long.toString(r.otherSales()), Long.toString(r.losses())));
        }
        return List.copyOf(rows);
    }

    private static String number(OptionalDouble value) {
        return value.isPresent() ? number(value.getAsDouble()) : "";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }
}
