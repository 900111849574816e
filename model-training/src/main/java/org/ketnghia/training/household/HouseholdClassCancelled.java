package org.ketnghia.training.household;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A technical class for households was cancelled on the event's date, after {@link #sessionsHeld()} sessions with
 * recorded attendance (a class cancelled before any session is no longer counted among the household classes
 * opened; one cancelled later was held in part and still counts, with its attendance).
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(HouseholdClassCancelled.TYPE)
@JsonSerialize(as = ImmutableHouseholdClassCancelled.class)
@JsonDeserialize(as = ImmutableHouseholdClassCancelled.class)
public abstract class HouseholdClassCancelled implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "training.household-class-cancelled";

    HouseholdClassCancelled() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The class. */
    public abstract String classId();

    /** Why. */
    public abstract String reason();

    /** The sessions whose attendance was recorded before the cancellation. */
    public abstract int sessionsHeld();

    /** Builds a {@link HouseholdClassCancelled}. */
    public static final class Builder extends ImmutableHouseholdClassCancelled.Builder {
    }
}
