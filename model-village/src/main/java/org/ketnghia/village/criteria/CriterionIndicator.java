package org.ketnghia.village.criteria;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.value.BilingualText;

/**
 * An indicator (<i>chỉ tiêu</i>) of a criterion: what is measured, its {@link ThresholdKind} and the
 * threshold for each zone, or — for {@link ThresholdKind#ALL_SUB_INDICATORS_MET} — the
 * sub-indicators that must all be met. Thresholds: percentage 0–100, count and amount (đồng) whole
 * and not negative, yes/no 1 (required) or 0 (not required in that zone). Use {@link
 * CriteriaSets#validate} to check a set; this value does not validate itself so that every problem
 * of a file can be listed at once. Immutable.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCriterionIndicator.class)
@JsonDeserialize(as = ImmutableCriterionIndicator.class)
public abstract class CriterionIndicator {

    /** Unique id within the whole set, e.g. "giao-thong.duong-truc-thon". */
    public abstract String id();

    /** Name in Vietnamese. */
    public abstract String nameVi();

    /** Name in English. */
    public abstract String nameEn();

    /**
     * The name in Vietnamese and English as one value. The JSON of a indicator (a data file, and the
     * ledger's {@code village.criteria-set-adopted} events) keeps its two fields {@code nameVi} and
     * {@code nameEn}; this joins them.
     *
     * @throws IllegalArgumentException if either name is blank (a set {@link CriteriaSets#validate} refuses)
     */
    @JsonIgnore
    public BilingualText name() {
        return BilingualText.of(nameVi(), nameEn());
    }

    /** How it is judged. */
    public abstract ThresholdKind kind();

    /** Threshold per zone (1–3); empty for {@link ThresholdKind#ALL_SUB_INDICATORS_MET}. */
    public abstract Map<Integer, BigDecimal> thresholds();

    /** Sub-indicators; only for {@link ThresholdKind#ALL_SUB_INDICATORS_MET}. */
    public abstract List<CriterionIndicator> subIndicators();

    /** The threshold for {@code zone}, if the indicator has one. */
    public Optional<BigDecimal> thresholdFor(int zone) {
        return Optional.ofNullable(thresholds().get(zone));
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CriterionIndicator}. */
    public static final class Builder extends ImmutableCriterionIndicator.Builder {
    }
}
