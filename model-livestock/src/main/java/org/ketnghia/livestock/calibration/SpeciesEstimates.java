package org.ketnghia.livestock.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.ketnghia.livestock.AnimalSex;
import org.ketnghia.livestock.simulation.DemographyParameters;

/** Turns one species' tally into its parameter estimates (the statistics are described on {@link HerdCalibration}). */
final class SpeciesEstimates {

    private static final OptionalDouble NONE = OptionalDouble.empty();

    private final SpeciesTally tally;
    private final DemographyParameters assumed;
    private final String district;
    private final List<ParameterEstimate> estimates = new ArrayList<>();

    private SpeciesEstimates(SpeciesTally tally, DemographyParameters assumed, String district) {
        this.tally = tally;
        this.assumed = assumed;
        this.district = district;
    }

    static List<ParameterEstimate> of(SpeciesTally tally, DemographyParameters assumed, String district) {
        SpeciesEstimates estimation = new SpeciesEstimates(tally, assumed, district);
        estimation.estimateAll();
        return List.copyOf(estimation.estimates);
    }

    private void estimateAll() {
        double monthly = tally.femaleMonthsAtRisk == 0 ? 0 : (double) tally.parturitions / tally.femaleMonthsAtRisk;
        ageAtFirstParturition(monthly);
        parturitionInterval();
        List<Double> litter = assumed.litterSize();
        double tripletsOrMore = 0;
        for (int k = 2; k < litter.size(); k++) {
            tripletsOrMore += litter.get(k);
        }
        long litters = tally.litters();
        proportion(CalibrationParameter.LITTER_SINGLE, "litters", tally.littersBySize[0], litters, litter.get(0),
                HerdCalibration.MIN_LITTERS);
        proportion(CalibrationParameter.LITTER_TWINS, "litters", tally.littersBySize[1], litters,
                litter.size() > 1 ? litter.get(1) : 0, HerdCalibration.MIN_LITTERS);
        proportion(CalibrationParameter.LITTER_TRIPLETS_OR_MORE, "litters", tally.littersBySize[2], litters,
                tripletsOrMore, HerdCalibration.MIN_LITTERS);
        proportion(CalibrationParameter.FEMALE_FRACTION_AT_BIRTH, "young", tally.femaleYoung, tally.young,
                assumed.femaleFractionAtBirth(), HerdCalibration.MIN_YOUNG);
        mortality(CalibrationParameter.MORTALITY_YOUNG, AgeClass.YOUNG, assumed.mortalityYoung());
        mortality(CalibrationParameter.MORTALITY_YEARLING, AgeClass.YEARLING, assumed.mortalityYearling());
        mortality(CalibrationParameter.MORTALITY_ADULT, AgeClass.ADULT, assumed.mortalityAdult());
        maleOfftake();
    }

    /**
     * The threshold age from which females give birth: the youngest age of a programme-born female at her first
     * parturition (its MLE, every younger age being excluded by that birth's existence); the interval's lower end
     * is the youngest age a whose female-months at ages a … min−1, all without a parturition, are still plausible
     * at the monthly parturition probability: (1 − p)^M(a) ≥ 5 %.
     */
    private void ageAtFirstParturition(double monthly) {
        List<Integer> ages = tally.firstParturitionAges;
        double assumedAge = assumed.ageAtFirstParturitionMonths();
        if (ages.isEmpty()) {
            add(CalibrationParameter.AGE_AT_FIRST_PARTURITION, "females", 0, 0, NONE, NONE, NONE, assumedAge, false);
            return;
        }
        int youngest = ages.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int lower = youngest;
        long monthsWithoutBirth = 0;
        for (int age = youngest - 1; age >= 0 && monthly > 0; age--) {
            monthsWithoutBirth += tally.bornFemaleMonthsByAge.getOrDefault(age, 0L);
            if (Math.pow(1 - monthly, monthsWithoutBirth) < Intervals.ALPHA) {
                break;
            }
            lower = age;
        }
        if (monthly == 0) {
            lower = 0;
        }
        add(CalibrationParameter.AGE_AT_FIRST_PARTURITION, "females", ages.size(), ages.size(), of(youngest), of(lower),
                of(youngest), assumedAge, ages.size() >= HerdCalibration.MIN_FIRST_PARTURITIONS);
    }

    /** 1 / p, p the monthly parturition probability of a female past the age of first parturition (Clopper–Pearson). */
    private void parturitionInterval() {
        long months = tally.femaleMonthsAtRisk;
        long births = tally.parturitions;
        double assumedInterval = assumed.parturitionIntervalMonths();
        if (months == 0) {
            add(CalibrationParameter.PARTURITION_INTERVAL, "female-months", 0, 0, NONE, NONE, NONE, assumedInterval, false);
            return;
        }
        double[] p = Intervals.proportion(births, months);
        OptionalDouble estimate = births == 0 ? NONE : of((double) months / births);
        OptionalDouble upper = p[0] == 0 ? NONE : of(1 / p[0]);
        add(CalibrationParameter.PARTURITION_INTERVAL, "female-months", months, births, estimate, of(1 / p[1]), upper,
                assumedInterval, months >= HerdCalibration.MIN_FEMALE_MONTHS);
    }

    private void proportion(CalibrationParameter parameter, String unit, long successes, long trials, double assumedValue,
            long minimum) {
        if (trials == 0) {
            add(parameter, unit, 0, 0, NONE, NONE, NONE, assumedValue, false);
            return;
        }
        double[] interval = Intervals.proportion(successes, trials);
        add(parameter, unit, trials, successes, of((double) successes / trials), of(interval[0]), of(interval[1]),
                assumedValue, trials >= minimum);
    }

    /**
     * Annual mortality 1 − exp(−12 h) of the monthly death hazard h = deaths / effective exposure; each sex's
     * census months count E / −ln(1 − E/N) months of exposure, E its exits competing with death (deaths, male
     * offtake, losses) in N months — the constant-hazard exposure of a month from which E of N left — so that
     * h is the MLE of the death hazard with and without competing sales; Garwood's interval on the deaths.
     */
    private void mortality(CalibrationParameter parameter, AgeClass ageClass, double assumedValue) {
        long months = 0;
        long deaths = 0;
        double effective = 0;
        for (AnimalSex sex : AnimalSex.values()) {
            long[] cell = tally.cell(sex, ageClass);
            months += cell[SpeciesTally.MONTHS];
            deaths += cell[SpeciesTally.DEATHS];
            effective += effectiveMonths(cell);
        }
        hazard(parameter, months, deaths, effective, assumedValue);
    }

    /** Annual offtake 1 − exp(−12 h) of the offtake hazard of males of 12 months or more, exposure as for deaths. */
    private void maleOfftake() {
        long months = 0;
        long sales = 0;
        double effective = 0;
        for (AgeClass ageClass : List.of(AgeClass.YEARLING, AgeClass.ADULT)) {
            long[] cell = tally.cell(AnimalSex.MALE, ageClass);
            months += cell[SpeciesTally.MONTHS];
            sales += cell[SpeciesTally.OFFTAKE];
            effective += effectiveMonths(cell);
        }
        hazard(CalibrationParameter.MALE_OFFTAKE, months, sales, effective, assumed.maleOfftakeRate());
    }

    private void hazard(CalibrationParameter parameter, long months, long events, double effective, double assumedValue) {
        if (months == 0) {
            add(parameter, "animal-months", 0, 0, NONE, NONE, NONE, assumedValue, false);
            return;
        }
        double[] mean = Intervals.poissonMean(events);
        add(parameter, "animal-months", months, events, of(annual(events / effective)), of(annual(mean[0] / effective)),
                of(annual(mean[1] / effective)), assumedValue, months >= HerdCalibration.MIN_ANIMAL_MONTHS);
    }

    private static double effectiveMonths(long[] cell) {
        long months = cell[SpeciesTally.MONTHS];
        long exits = cell[SpeciesTally.DEATHS] + cell[SpeciesTally.OFFTAKE] + cell[SpeciesTally.LOSSES];
        if (months == 0) {
            return 0;
        }
        if (exits == 0) {
            return months;
        }
        double leaving = Math.min(exits, months - 0.5) / months;
        return exits / -Math.log1p(-leaving);
    }

    private static double annual(double monthlyHazard) {
        return -Math.expm1(-12 * monthlyHazard);
    }

    private void add(CalibrationParameter parameter, String unit, double exposure, long events, OptionalDouble estimate,
            OptionalDouble lower, OptionalDouble upper, double assumedValue, boolean sufficient) {
        boolean excludes = sufficient && lower.isPresent()
                && (assumedValue < lower.getAsDouble() - 1e-9
                        || upper.isPresent() && assumedValue > upper.getAsDouble() + 1e-9);
        estimates.add(new ParameterEstimate(tally.species, parameter, parameter.label().vi(), unit, exposure, events,
                estimate, lower, upper, assumedValue, district, sufficient, excludes));
    }

    private static OptionalDouble of(double value) {
        return OptionalDouble.of(value);
    }
}
