package org.ketnghia.village.scheme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Records the decision revoking the recognition of the village {@link #unitCode()} after a failed re-assessment (<i>thu hồi quyết định công nhận</i>), dated {@link #occurredOn()}.
 */
@Value.Immutable
@JsonTypeName(RevokeRecognition.TYPE)
@JsonSerialize(as = ImmutableRevokeRecognition.class)
@JsonDeserialize(as = ImmutableRevokeRecognition.class)
public abstract class RevokeRecognition implements Command {

    /** Stable JSON type id. */
    public static final String TYPE = "village.revoke-recognition";

    @Override
    public abstract Actor actor();

    /** The village concerned. */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The revoking decision's number. */
    public abstract String decisionNumber();

    /** Why, e.g. the criteria no longer met. */
    public abstract String reason();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RevokeRecognition}; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableRevokeRecognition.Builder {
    }
}
