package org.ketnghia.startup.project;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * An approved project reached a milestone.
 *
 * <p>The facts it shares with its command are declared once in {@link MilestoneFacts}.
 */
@Value.Immutable
@JsonTypeName(MilestoneReached.TYPE)
@JsonSerialize(as = ImmutableMilestoneReached.class)
@JsonDeserialize(as = ImmutableMilestoneReached.class)
public abstract class MilestoneReached implements LedgerEvent, MilestoneFacts {

    /** Stable JSON type id. */
    public static final String TYPE = "startup.milestone-reached";

    MilestoneReached() {
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableMilestoneReached.Builder {
    }
}
