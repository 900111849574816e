package org.ketnghia.village.scheme;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.village.criteria.Reading;

/** A reading of one indicator with its evidence (<i>minh chứng</i>): a survey, minutes, photos. Immutable. */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicatorReading.class)
@JsonDeserialize(as = ImmutableIndicatorReading.class)
public abstract class IndicatorReading {

    /** The measured indicator of the village's set. */
    public abstract String indicatorId();

    /** The value. */
    public abstract Reading reading();

    /** The evidence; never blank. */
    public abstract String evidence();

    /** A reading with evidence. */
    public static IndicatorReading of(String indicatorId, Reading reading, String evidence) {
        return builder().indicatorId(indicatorId).reading(reading).evidence(evidence).build();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link IndicatorReading}. */
    public static final class Builder extends ImmutableIndicatorReading.Builder {
    }
}
