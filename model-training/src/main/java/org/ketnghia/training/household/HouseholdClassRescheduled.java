package org.ketnghia.training.household;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A technical class for households had its session days changed on the event's date; the class as opened stays in
 * the ledger, and {@link HouseholdTraining} takes attendance on the new days from then on.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(HouseholdClassRescheduled.TYPE)
@JsonSerialize(as = ImmutableHouseholdClassRescheduled.class)
@JsonDeserialize(as = ImmutableHouseholdClassRescheduled.class)
public abstract class HouseholdClassRescheduled implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "training.household-class-rescheduled";

    HouseholdClassRescheduled() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The class. */
    public abstract String classId();

    /** The session days after the change, in date order. */
    public abstract List<LocalDate> sessionDays();

    /** The session days before the change, in date order. */
    public abstract List<LocalDate> previousSessionDays();

    /** Why. */
    public abstract String reason();

    /** Builds a {@link HouseholdClassRescheduled}. */
    public static final class Builder extends ImmutableHouseholdClassRescheduled.Builder {
    }
}
