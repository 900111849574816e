package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Remove a member from a household (xóa nhân khẩu): a death, a member who moved away or was recorded by
 * mistake. The head cannot be removed (change the head first), nor the last member.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(RemoveHouseholdMember.TYPE)
@JsonSerialize(as = ImmutableRemoveHouseholdMember.class)
@JsonDeserialize(as = ImmutableRemoveHouseholdMember.class)
public abstract class RemoveHouseholdMember implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.remove-household-member";

    RemoveHouseholdMember() {
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

    /** The full name of the member removed, as recorded. */
    public abstract String memberName();

    /** Why, e.g. the decision or the request it comes from; never blank. */
    public abstract String reason();

    /** Builds a {@link RemoveHouseholdMember}. */
    public static final class Builder extends ImmutableRemoveHouseholdMember.Builder {
    }
}
