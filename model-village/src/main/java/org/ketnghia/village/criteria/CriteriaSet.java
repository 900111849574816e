package org.ketnghia.village.criteria;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.value.BilingualText;

/**
 * A criteria set for model new-rural villages (<i>Bộ tiêu chí thôn nông thôn mới kiểu mẫu</i>) as
 * issued by a province: the issuing decision, the validity, the zones it sets thresholds for and
 * its criteria. A set is data, loaded and validated by {@link CriteriaSets}; {@link #sample()}
 * marks the illustrative set shipped with the library, never to be used as the province's own.
 *
 * <p>The evaluation methods judge the latest readings of a village of a given zone. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCriteriaSet.class)
@JsonDeserialize(as = ImmutableCriteriaSet.class)
public abstract class CriteriaSet {

    /** Unique id, e.g. "qna-2254-2022". */
    public abstract String id();

    /** Name in Vietnamese. */
    public abstract String nameVi();

    /** Name in English. */
    public abstract String nameEn();

    /**
     * The name in Vietnamese and English as one value. The JSON of a set (a data file, and the
     * ledger's {@code village.criteria-set-adopted} events) keeps its two fields {@code nameVi} and
     * {@code nameEn}; this joins them.
     *
     * @throws IllegalArgumentException if either name is blank (a set {@link CriteriaSets#validate} refuses)
     */
    @JsonIgnore
    public BilingualText name() {
        return BilingualText.of(nameVi(), nameEn());
    }

    /** True for a sample (<i>bộ tiêu chí mẫu</i>) that is not an issued set. */
    @Value.Default
    public boolean sample() {
        return false;
    }

    /** A note on where the set comes from. */
    public abstract Optional<String> note();

    /** The issuing decision. */
    public abstract IssuingDecision decision();

    /** First day in force. */
    public abstract LocalDate validFrom();

    /** Last day in force, if any. */
    public abstract Optional<LocalDate> validTo();

    /** The zones (1–3) the set has thresholds for. */
    public abstract List<Integer> zones();

    /** The criteria, in the order of the decision. */
    public abstract List<Criterion> criteria();

    /** Whether the set is in force on {@code date}. */
    public boolean isInForce(LocalDate date) {
        return !date.isBefore(validFrom()) && validTo().map(last -> !date.isAfter(last)).orElse(true);
    }

    /** The criterion with this id. */
    public Optional<Criterion> criterion(String criterionId) {
        return criteria().stream().filter(criterion -> criterion.id().equals(criterionId)).findFirst();
    }

    /** Every measured indicator (sub-indicators included, composites excluded), by id, in order. */
    @JsonIgnore
    @Value.Lazy
    public Map<String, CriterionIndicator> measuredIndicators() {
        Map<String, CriterionIndicator> measured = new LinkedHashMap<>();
        for (Criterion criterion : criteria()) {
            collect(criterion.indicators(), measured);
        }
        return java.util.Collections.unmodifiableMap(measured);
    }

    /** The measured indicator with this id. */
    public Optional<CriterionIndicator> measuredIndicator(String indicatorId) {
        return Optional.ofNullable(measuredIndicators().get(indicatorId));
    }

    /** Whether {@code indicator} is met in {@code zone} given the latest readings by indicator id. */
    public boolean isMet(CriterionIndicator indicator, int zone, Map<String, Reading> latest) {
        if (indicator.kind() == ThresholdKind.ALL_SUB_INDICATORS_MET) {
            return !indicator.subIndicators().isEmpty()
                    && indicator.subIndicators().stream().allMatch(sub -> isMet(sub, zone, latest));
        }
        Optional<BigDecimal> threshold = indicator.thresholdFor(zone);
        Reading reading = latest.get(indicator.id());
        if (threshold.isEmpty()) {
            return false;
        }
        if (indicator.kind() == ThresholdKind.YES_NO && threshold.get().signum() == 0) {
            return true;
        }
        if (reading == null) {
            return false;
        }
        return switch (indicator.kind()) {
            case PERCENTAGE_AT_LEAST, COUNT_AT_LEAST ->
                    reading.number().map(value -> value.compareTo(threshold.get()) >= 0).orElse(false);
            case AMOUNT_AT_LEAST ->
                    reading.amount().map(value -> BigDecimal.valueOf(value.dong()).compareTo(threshold.get()) >= 0)
                            .orElse(false);
            case YES_NO -> reading.yes().orElse(false);
            case ALL_SUB_INDICATORS_MET -> false;
        };
    }

    /** Whether {@code criterion} is met in {@code zone}: every indicator met. */
    public boolean isMet(Criterion criterion, int zone, Map<String, Reading> latest) {
        return criterion.indicators().stream().allMatch(indicator -> isMet(indicator, zone, latest));
    }

    /** The ids of the criteria not met in {@code zone}, in order. */
    public List<String> unmetCriteria(int zone, Map<String, Reading> latest) {
        List<String> unmet = new ArrayList<>();
        for (Criterion criterion : criteria()) {
            if (!isMet(criterion, zone, latest)) {
                unmet.add(criterion.id());
            }
        }
        return List.copyOf(unmet);
    }

    private static void collect(List<CriterionIndicator> indicators, Map<String, CriterionIndicator> into) {
        for (CriterionIndicator indicator : indicators) {
            if (indicator.kind().isMeasured()) {
                into.putIfAbsent(indicator.id(), indicator);
            } else {
                collect(indicator.subIndicators(), into);
            }
        }
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CriteriaSet}; validate it with {@link CriteriaSets#validate}. */
    public static final class Builder extends ImmutableCriteriaSet.Builder {
    }
}
