package org.ketnghia.village.scheme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * Indicators of a village were measured.
 */
@Value.Immutable
@JsonTypeName(IndicatorsMeasured.TYPE)
@JsonSerialize(as = ImmutableIndicatorsMeasured.class)
@JsonDeserialize(as = ImmutableIndicatorsMeasured.class)
public abstract class IndicatorsMeasured implements LedgerEvent {

    /** Stable JSON type id. */
    public static final String TYPE = "village.indicators-measured";

    /** The village. */
    public abstract String villageCode();

    /** The readings, each with its evidence. */
    public abstract List<IndicatorReading> readings();

    /** Whether it was a re-assessment after recognition. */
    @Value.Default
    public boolean reassessment() {
        return false;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link IndicatorsMeasured}; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableIndicatorsMeasured.Builder {
    }
}
