package org.ketnghia.core.participant.poverty;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.value.BilingualText;

/**
 * One version of the multidimensional poverty standard (chuẩn nghèo đa chiều), as set by one
 * decree, with the dates it is in force. It is data, loaded from JSON by {@link PovertyStandards},
 * never constants in code: a new decree is a new entry in the data.
 *
 * <p>The rule it encodes, for a household in {@link Area} {@code a} with monthly income per person
 * {@code i} deprived in {@code n} of its {@link #indicators()}:
 *
 * <ul>
 *   <li>{@code i ≤ thresholdsFor(a).incomeLine()} and {@code n ≥ minimumDeprivationsForPoor()} —
 *       {@link PovertyCategory#POOR};
 *   <li>{@code i ≤ incomeLine} and {@code n < minimumDeprivationsForPoor()} — {@link
 *       PovertyCategory#NEAR_POOR};
 *   <li>above the line, a household that left the poor/near-poor list less than {@link
 *       #newlyEscapedYears()} years ago — {@link PovertyCategory#NEWLY_ESCAPED};
 *   <li>otherwise by income alone: up to {@code averageLivingCeiling} — {@link
 *       PovertyCategory#AVERAGE_LIVING_STANDARD}, above it — {@link PovertyCategory#ABOVE_AVERAGE}.
 * </ul>
 *
 * <p>Invariants (all reported together by the builder): non-blank id and names; {@code validUntil}
 * not before {@code validFrom}; thresholds for every {@link Area}; unique indicator ids; {@code
 * 1 ≤ minimumDeprivationsForPoor ≤ indicators().size()}; {@code newlyEscapedYears ≥ 0}.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePovertyStandard.class)
@JsonDeserialize(as = ImmutablePovertyStandard.class)
public abstract class PovertyStandard {

    PovertyStandard() {
    }

    /** A builder for a standard. */
    public static Builder builder() {
        return new Builder();
    }

    /** The stable id: the number of the legal instrument, e.g. {@code "07/2021/NĐ-CP"}. */
    public abstract String id();

    /** A short Vietnamese citation used in explanations, e.g. {@code "Nghị định 07/2021/NĐ-CP"}. */
    public abstract String nameVi();

    /** A short English citation used in explanations, e.g. {@code "Decree 07/2021/NĐ-CP"}. */
    public abstract String nameEn();

    /** The first day the standard applies to assessments. */
    public abstract LocalDate validFrom();

    /** The last day the standard applies (inclusive); empty while no end is set. */
    public abstract Optional<LocalDate> validUntil();

    /** The income thresholds of each {@link Area}; has an entry for every area. */
    public abstract Map<Area, IncomeThresholds> thresholds();

    /** The number of deprivations from which a household under the income line is poor (3). */
    public abstract int minimumDeprivationsForPoor();

    /**
     * How many years a household keeps the newly-escaped status (hộ mới thoát nghèo) after it left
     * the poor or near-poor list; 0 disables the status.
     */
    public abstract int newlyEscapedYears();

    /** The deprivation indicators of this standard, in the decree's order. */
    public abstract List<PovertyIndicator> indicators();

    /** Remarks on the data: sources, and every value still to verify, marked "(check)". */
    public abstract List<String> notes();

    /** Whether the standard applies to an assessment made on {@code date}. */
    public boolean isInForceOn(LocalDate date) {
        requireNonNull(date, "date");
        return !date.isBefore(validFrom()) && validUntil().map(until -> !date.isAfter(until)).orElse(true);
    }

    /**
     * The thresholds of the given area.
     *
     * @throws KetnghiaException never for a built standard (every area has thresholds)
     */
    public IncomeThresholds thresholdsFor(Area area) {
        requireNonNull(area, "area");
        IncomeThresholds found = thresholds().get(area);
        if (found == null) {
            throw KetnghiaException.of(CoreErrorCode.VALUE_REQUIRED, "thresholds." + area.name());
        }
        return found;
    }

    /** The indicator with the given id, if this standard has it. */
    public Optional<PovertyIndicator> indicator(String id) {
        requireNonNull(id, "id");
        return indicators().stream().filter(indicator -> indicator.id().equals(id)).findFirst();
    }

    /** The ids of the indicators, in order; immutable. */
    public Set<String> indicatorIds() {
        Set<String> ids = new LinkedHashSet<>();
        indicators().forEach(indicator -> ids.add(indicator.id()));
        return Collections.unmodifiableSet(ids);
    }

    /** The validity as text, e.g. {@code "2022-01-01 – 2026-12-31"} or {@code "2027-01-01 – …"}. */
    String validity() {
        return validFrom() + " – " + validUntil().map(LocalDate::toString).orElse("…");
    }

    @Value.Check
    void check() {
        Problems problems = new Problems();
        problems.check(id().isBlank(), CoreErrorCode.VALUE_BLANK, "id");
        problems.check(nameVi().isBlank(), CoreErrorCode.VALUE_BLANK, "nameVi");
        problems.check(nameEn().isBlank(), CoreErrorCode.VALUE_BLANK, "nameEn");
        validUntil().ifPresent(until -> problems.check(until.isBefore(validFrom()),
                CoreErrorCode.PERIOD_INVERTED, "validUntil", validFrom(), until));
        for (Area area : Area.values()) {
            problems.check(!thresholds().containsKey(area), CoreErrorCode.VALUE_REQUIRED, "thresholds." + area.name());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < indicators().size(); i++) {
            String indicatorId = indicators().get(i).id();
            problems.check(!seen.add(indicatorId), CoreErrorCode.VALUE_DUPLICATE, "indicators[" + i + "].id", indicatorId);
        }
        problems.check(minimumDeprivationsForPoor() < 1 || minimumDeprivationsForPoor() > indicators().size(),
                CoreErrorCode.VALUE_OUT_OF_RANGE, "minimumDeprivationsForPoor",
                minimumDeprivationsForPoor(), 1, indicators().size());
        problems.check(newlyEscapedYears() < 0, CoreErrorCode.VALUE_NEGATIVE, "newlyEscapedYears", newlyEscapedYears());
        problems.throwIfAny();
    }

    /** Builds a {@link PovertyStandard}; {@link #build()} throws {@code KetnghiaException} with every problem. */
    public static final class Builder extends ImmutablePovertyStandard.Builder {
    }

    /** The name in Vietnamese and English, as one value (the data files keep {@code nameVi} and {@code nameEn}). */
    @JsonIgnore
    public BilingualText name() {
        return BilingualText.of(nameVi(), nameEn());
    }
}
