package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Change the head of a household (thay đổi chủ hộ) to another of its members; the former head stays a
 * member with the relation given. Who was the head on a date stays answerable ({@link
 * ParticipantRegistry#headAsOf}).
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(ChangeHouseholdHead.TYPE)
@JsonSerialize(as = ImmutableChangeHouseholdHead.class)
@JsonDeserialize(as = ImmutableChangeHouseholdHead.class)
public abstract class ChangeHouseholdHead implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.change-household-head";

    ChangeHouseholdHead() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract Actor actor();

    /** The unit recording it: the household's commune, or a unit containing it. */
    @Override
    public abstract String unitCode();

    /** The date the change took effect (a correction: the date it was established). */
    @Override
    public abstract LocalDate occurredOn();

    /** The household. */
    public abstract String householdId();

    /** The full name of the member who becomes the head. */
    public abstract String newHeadName();

    /** The former head's relation to the new head; not {@link HouseholdRelation#HEAD}. */
    public abstract HouseholdRelation formerHeadRelation();

    /** Why, e.g. the decision or the request it comes from; never blank. */
    public abstract String reason();

    /** Builds a {@link ChangeHouseholdHead}. */
    public static final class Builder extends ImmutableChangeHouseholdHead.Builder {
    }
}
