package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * The head of a household changed (thay đổi chủ hộ). The head's name is public on a posted list.
 * Produced by {@link ChangeHouseholdHead}.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(HouseholdHeadChanged.TYPE)
@JsonSerialize(as = ImmutableHouseholdHeadChanged.class)
@JsonDeserialize(as = ImmutableHouseholdHeadChanged.class)
public abstract class HouseholdHeadChanged implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.household-head-changed";

    HouseholdHeadChanged() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The household. */
    public abstract String householdId();

    /** The new head's full name. */
    public abstract String newHeadName();

    /** The former head's relation now. */
    public abstract HouseholdRelation formerHeadRelation();

    /** Why. */
    public abstract String reason();

    /** Builds a {@link HouseholdHeadChanged}. */
    public static final class Builder extends ImmutableHouseholdHeadChanged.Builder {
    }
}
