package org.ketnghia.startup.project;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A yearly follow-up of an approved project.
 *
 * <p>The facts it shares with its command are declared once in {@link FollowUpFacts}.
 */
@Value.Immutable
@JsonTypeName(FollowUpRecorded.TYPE)
@JsonSerialize(as = ImmutableFollowUpRecorded.class)
@JsonDeserialize(as = ImmutableFollowUpRecorded.class)
public abstract class FollowUpRecorded implements LedgerEvent, FollowUpFacts {

    /** Stable JSON type id. */
    public static final String TYPE = "startup.follow-up-recorded";

    FollowUpRecorded() {
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableFollowUpRecorded.Builder {
    }
}
