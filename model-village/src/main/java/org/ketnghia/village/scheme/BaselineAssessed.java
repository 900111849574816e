package org.ketnghia.village.scheme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * The baseline of a village was assessed.
 */
@Value.Immutable
@JsonTypeName(BaselineAssessed.TYPE)
@JsonSerialize(as = ImmutableBaselineAssessed.class)
@JsonDeserialize(as = ImmutableBaselineAssessed.class)
public abstract class BaselineAssessed implements LedgerEvent {

    /** Stable JSON type id. */
    public static final String TYPE = "village.baseline-assessed";

    /** The village. */
    public abstract String villageCode();

    /** The readings, each with its evidence. */
    public abstract List<IndicatorReading> readings();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link BaselineAssessed}; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableBaselineAssessed.Builder {
    }
}
