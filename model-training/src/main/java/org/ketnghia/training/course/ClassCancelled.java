package org.ketnghia.training.course;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A class was cancelled on the event's date, after {@link #sessionsHeld()} sessions with recorded attendance (a class
 * cancelled before any session is no longer counted among the classes opened).
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(ClassCancelled.TYPE)
@JsonSerialize(as = ImmutableClassCancelled.class)
@JsonDeserialize(as = ImmutableClassCancelled.class)
public abstract class ClassCancelled implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "training.class-cancelled";

    ClassCancelled() {
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

    /** Builds a {@link ClassCancelled}. */
    public static final class Builder extends ImmutableClassCancelled.Builder {
    }
}
