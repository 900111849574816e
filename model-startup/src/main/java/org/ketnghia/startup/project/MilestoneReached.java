package org.ketnghia.startup.project;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * An approved project reached a milestone.
 */
@Value.Immutable
@JsonTypeName(MilestoneReached.TYPE)
@JsonSerialize(as = ImmutableMilestoneReached.class)
@JsonDeserialize(as = ImmutableMilestoneReached.class)
public abstract class MilestoneReached implements LedgerEvent {

    /** Stable JSON type id. */
    public static final String TYPE = "startup.milestone-reached";

    MilestoneReached() {
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The application. */
    public abstract String applicationId();

    /** The milestone. */
    public abstract String milestoneId();

    /** The proof. */
    public abstract String evidence();

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableMilestoneReached.Builder {
    }
}
