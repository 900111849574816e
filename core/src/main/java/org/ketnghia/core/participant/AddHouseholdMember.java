package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Add a member to a household (bổ sung nhân khẩu): a birth, a marriage, a member registered late. The new
 * member is never the head ({@link ChangeHouseholdHead} makes one) and must not share a name with a member.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(AddHouseholdMember.TYPE)
@JsonSerialize(as = ImmutableAddHouseholdMember.class)
@JsonDeserialize(as = ImmutableAddHouseholdMember.class)
public abstract class AddHouseholdMember implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.add-household-member";

    AddHouseholdMember() {
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

    /** The new member; its relation is not {@link HouseholdRelation#HEAD}. */
    public abstract HouseholdMember member();

    /** Why, e.g. the decision or the request it comes from; never blank. */
    public abstract String reason();

    /** Builds a {@link AddHouseholdMember}. */
    public static final class Builder extends ImmutableAddHouseholdMember.Builder {
    }
}
