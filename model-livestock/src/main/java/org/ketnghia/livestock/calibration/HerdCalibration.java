package org.ketnghia.livestock.calibration;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.livestock.Species;
import org.ketnghia.livestock.simulation.Demography;
import org.ketnghia.livestock.simulation.DemographyParameters;

/**
 * Calibrates the herd demography on the ledger (<i>hiệu chỉnh tham số đàn theo số liệu đã ghi sổ</i>): reads
 * the recorded livestock events of a selection of groups, communes or districts up to a date and estimates, per
 * species, each parameter of {@link DemographyParameters} that the records inform, beside the assumption.
 *
 * <p><b>Census convention</b> (DOMAIN.md, "Conventions from the anchors"): a census at the start of each month;
 * an animal counts one animal-month at the census of month m when it is in the herd and its group is selected on
 * the first day of m, in the sex and the age class of its age then. An animal born during month t is in age class
 * 0 at the census of t+1 (its first); one bought or given as a replacement counts from the first census on or
 * after the day it came, at the age recorded on delivery. Its death, sale or loss during month m ends month m's
 * exposure (the animal was counted at the census of m). Only months wholly observed by {@code asOf} count. Births:
 * a litter is the young one mother had in one month; it counts when the mother was counted at the census of that
 * month. Corrections count as the registry shows them: a reversed birth never happened, a reversed death did not
 * end the animal, a corrected sale ends it on its corrected date. Exits before an animal's first census (a kid
 * sold in its month of birth) are outside every census and are not counted.
 *
 * <p><b>Sales.</b> The ledger records a sale's buyer, not a reason; the reason is read from the buyer's text when
 * it names it ("loại thải" a cull, "bán bớt"/"vượt mức" herd-cap surplus, "xuất bán đực" male offtake, as the
 * simulator's trace writes it), otherwise from the animal: at the cull age a cull, a male of 12 months or more an
 * offtake, any other an "other sale". Deaths, losses and male offtake are competing risks within the month; a
 * cull, a surplus or other sale, and a transfer out of the selection end the exposure after the month (censoring).
 *
 * <p><b>Statistics</b> (maximum likelihood, exact 95 % intervals):
 * <ul>
 *   <li>mortality per age class (both sexes) and male offtake (males of 12 months or more): a constant monthly
 *       hazard per class, h = events / effective exposure, where a sex's N census months with E exits competing
 *       with death count E / −ln(1 − E/N) months (the exposure of a month with constant hazard from which E of N
 *       left; N when none left); annual rate 1 − exp(−12 h) — for females, 1 − (1 − deaths/N)^12 exactly;
 *       interval: Garwood's exact Poisson interval on the event count, on the same exposure;</li>
 *   <li>parturition interval: p = parturitions / female-months at or past the assumed age at first parturition
 *       (binomial: at most one parturition a month), interval 1/p, Clopper–Pearson interval on p, inverted;</li>
 *   <li>litter-size shares (1, 2, 3 or more young) over litters and the female fraction over young: binomial
 *       proportions with Clopper–Pearson intervals;</li>
 *   <li>age at first parturition: the youngest age of a programme-born female at her first parturition (the MLE
 *       of the threshold of the model "from that age a female gives birth with monthly probability p"); interval
 *       from the youngest age a whose female-months at ages a … MLE−1, all without a birth, keep (1 − p)^M ≥ 5 %,
 *       up to the MLE (no threshold above an observed birth is possible).</li>
 * </ul>
 * Data are sufficient with at least {@link #MIN_ANIMAL_MONTHS} animal-months (mortality, offtake), {@link
 * #MIN_FEMALE_MONTHS} female-months (interval), {@link #MIN_LITTERS} litters, {@link #MIN_YOUNG} young, {@link
 * #MIN_FIRST_PARTURITIONS} first parturitions; below that the estimate is shown, flagged, and never flagged as
 * excluding the assumption nor used by {@link CalibrationReport#calibratedDemography}.
 *
 * <p>The assumption shown for a species is that of the district with the most animal-months of the species
 * (the defaults when the communes have no district); the fertility exposure and the cull age read each animal's
 * own district. Stateless and thread-safe.
 */
public final class HerdCalibration {

    /** Animal-months below which a mortality or offtake estimate is "insufficient data" (10 animal-years). */
    public static final long MIN_ANIMAL_MONTHS = 120;
    /** Female-months below which the parturition interval is "insufficient data". */
    public static final long MIN_FEMALE_MONTHS = 60;
    /** Litters below which the litter-size shares are "insufficient data". */
    public static final long MIN_LITTERS = 30;
    /** Young below which the female fraction at birth is "insufficient data". */
    public static final long MIN_YOUNG = 30;
    /** First parturitions of programme-born females below which the age at first parturition is insufficient. */
    public static final long MIN_FIRST_PARTURITIONS = 10;

    private HerdCalibration() {
    }

    /**
     * Calibrates on {@code ledger}'s events (its store, read once, and its administrative units).
     *
     * @param ledger the ledger
     * @param selection the groups, communes, districts to read; {@link CalibrationSelection#all()} for every group
     * @param asOf the last day observed (inclusive); only months wholly observed count
     * @param assumed the demography in use, shown beside the estimates
     * @throws KetnghiaException {@link CalibrationErrorCode#CALIBRATION_UNKNOWN_DISTRICT}, {@code
     *     …_UNKNOWN_COMMUNE}, {@code …_UNKNOWN_GROUP} for every unknown code of the selection (field {@code
     *     selection.districtCodes[i]} …), {@code …_NO_ANIMALS} if no animal was recorded, {@code
     *     …_AS_OF_BEFORE_START} if {@code asOf} precedes the first animal entering a herd
     */
    public static CalibrationReport estimate(Ledger ledger, CalibrationSelection selection, LocalDate asOf,
            Demography assumed) {
        requireNonNull(ledger, "ledger");
        return estimate(ledger.store(), ledger.administrativeUnits(), selection, asOf, assumed);
    }

    /**
     * Calibrates on the events of {@code store} with the administrative units {@code units}; as {@link
     * #estimate(Ledger, CalibrationSelection, LocalDate, Demography)}.
     */
    public static CalibrationReport estimate(EventStore store, AdministrativeRegistry units,
            CalibrationSelection selection, LocalDate asOf, Demography assumed) {
        requireNonNull(store, "store");
        requireNonNull(units, "units");
        requireNonNull(selection, "selection");
        requireNonNull(asOf, "asOf");
        requireNonNull(assumed, "assumed");
        RecordedHerd recorded = new RecordedHerd();
        store.forEach(1, recorded::apply);
        check(recorded, units, selection, asOf);
        Map<Species, SpeciesTally> tallies = new ExposureAccounting(recorded, units, selection, asOf, assumed).count();
        List<ExposureRow> exposures = new ArrayList<>();
        List<ParameterEstimate> estimates = new ArrayList<>();
        Map<Species, List<String>> districts = new EnumMap<>(Species.class);
        tallies.forEach((species, tally) -> {
            exposures.addAll(tally.rows());
            String district = tally.dominantDistrict();
            DemographyParameters parameters = district.isEmpty() ? assumed.defaultFor(species)
                    : assumed.parameters(district, species);
            estimates.addAll(SpeciesEstimates.of(tally, parameters, district));
            districts.put(species, tally.monthsByDistrict.keySet().stream().filter(code -> !code.isEmpty()).toList());
        });
        YearMonth month = YearMonth.from(asOf);
        YearMonth lastCensus = asOf.equals(asOf.with(TemporalAdjusters.lastDayOfMonth())) ? month : month.minusMonths(1);
        return new CalibrationReport(asOf, selection, lastCensus, districts, exposures, estimates);
    }

    private static void check(RecordedHerd recorded, AdministrativeRegistry units, CalibrationSelection selection,
            LocalDate asOf) {
        Problems problems = new Problems();
        int i = 0;
        for (String district : selection.districtCodes()) {
            boolean known = units.versions(district).stream().map(AdministrativeUnit::levelId)
                    .anyMatch(AdminLevel.DISTRICT::equals);
            problems.check(!known, CalibrationErrorCode.CALIBRATION_UNKNOWN_DISTRICT,
                    "selection.districtCodes[" + i++ + "]", district);
        }
        i = 0;
        for (String commune : selection.communeCodes()) {
            problems.check(units.unit(commune).isEmpty(), CalibrationErrorCode.CALIBRATION_UNKNOWN_COMMUNE,
                    "selection.communeCodes[" + i++ + "]", commune);
        }
        i = 0;
        for (String group : selection.groupIds()) {
            problems.check(recorded.groups.group(group).isEmpty(), CalibrationErrorCode.CALIBRATION_UNKNOWN_GROUP,
                    "selection.groupIds[" + i++ + "]", group);
        }
        LocalDate start = recorded.enteredOn.values().stream().min(LocalDate::compareTo).orElse(null);
        if (start == null) {
            problems.add(CalibrationErrorCode.CALIBRATION_NO_ANIMALS, "asOf");
        } else {
            problems.check(asOf.isBefore(start), CalibrationErrorCode.CALIBRATION_AS_OF_BEFORE_START, "asOf", asOf, start);
        }
        problems.throwIfAny();
    }
}
