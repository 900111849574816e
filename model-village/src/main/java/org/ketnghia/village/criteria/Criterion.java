package org.ketnghia.village.criteria;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

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
