package org.ketnghia.startup.project;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * A yearly follow-up of an approved project (<i>theo dõi, đánh giá</i>).
 *
 * <p>The facts it shares with its event are declared once in {@link FollowUpFacts}.
 */
@Value.Immutable
@JsonTypeName(RecordFollowUp.TYPE)
@JsonSerialize(as = ImmutableRecordFollowUp.class)
@JsonDeserialize(as = ImmutableRecordFollowUp.class)
public abstract class RecordFollowUp implements Command, FollowUpFacts {

    /** Stable JSON type id. */
    public static final String TYPE = "startup.record-follow-up";

    RecordFollowUp() {
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Who records it. */
    @Override
    public abstract Actor actor();

    /** The commune (or, for a call, the unit) it concerns. */
    @Override
    public abstract String unitCode();

    /** The date it happened. */
    @Override
    public abstract LocalDate occurredOn();

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableRecordFollowUp.Builder {
    }
}
