package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Command;

/**
 * Records an animal lost or stolen (<i>thất lạc, bị trộm</i>) with the report’s reference. Immutable.
 */
@Value.Immutable
@JsonTypeName(RecordLoss.TYPE)
@JsonSerialize(as = ImmutableRecordLoss.class)
@JsonDeserialize(as = ImmutableRecordLoss.class)
public abstract class RecordLoss implements LossFacts, Command {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.record-loss";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RecordLoss}. */
    public static final class Builder extends ImmutableRecordLoss.Builder {
    }
}
