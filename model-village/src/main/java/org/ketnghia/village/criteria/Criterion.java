package org.ketnghia.village.criteria;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.core.value.BilingualText;

/**
 * A criterion (<i>tiêu chí</i>) of a criteria set, e.g. "Giao thông": it is met when every one of
 * its indicators is met. Immutable.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCriterion.class)
@JsonDeserialize(as = ImmutableCriterion.class)
public abstract class Criterion {

    /** Unique id within the set, e.g. "giao-thong". */
    public abstract String id();

    /** Name in Vietnamese. */
    public abstract String nameVi();

    /** Name in English. */
    public abstract String nameEn();

    /**
     * The name in Vietnamese and English as one value. The JSON of a criterion (a data file, and the
     * ledger's {@code village.criteria-set-adopted} events) keeps its two fields {@code nameVi} and
     * {@code nameEn}; this joins them.
     *
     * @throws IllegalArgumentException if either name is blank (a set {@link CriteriaSets#validate} refuses)
     */
    @JsonIgnore
    public BilingualText name() {
        return BilingualText.of(nameVi(), nameEn());
    }

    /** Its indicators; all must be met. */
    public abstract List<CriterionIndicator> indicators();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Criterion}. */
    public static final class Builder extends ImmutableCriterion.Builder {
    }
}
