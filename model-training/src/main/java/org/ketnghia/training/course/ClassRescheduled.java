package org.ketnghia.training.course;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A class's session days were changed on the event's date; the class as opened stays in the ledger, and the
 * training record shows the new days from then on.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(ClassRescheduled.TYPE)
@JsonSerialize(as = ImmutableClassRescheduled.class)
@JsonDeserialize(as = ImmutableClassRescheduled.class)
public abstract class ClassRescheduled implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "training.class-rescheduled";

    ClassRescheduled() {
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

    /** Builds a {@link ClassRescheduled}. */
    public static final class Builder extends ImmutableClassRescheduled.Builder {
    }
}
