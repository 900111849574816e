package org.ketnghia.training.course;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * The attendance of one session day (the event's date) of a class.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(AttendanceRecorded.TYPE)
@JsonSerialize(as = ImmutableAttendanceRecorded.class)
@JsonDeserialize(as = ImmutableAttendanceRecorded.class)
public abstract class AttendanceRecorded implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "training.attendance-recorded";

    AttendanceRecorded() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The class. */
    public abstract String classId();

    /**
     * Officials present, in id order: a set read back from JSON keeps that order, so the event
     * hashes the same after a durable store has read it back.
     */
    @Value.NaturalOrder
    public abstract SortedSet<String> presentPersonIds();

    /** Enrolled officials absent, in id order (see {@link #presentPersonIds()}). */
    @Value.NaturalOrder
    public abstract SortedSet<String> absentPersonIds();

    /** Builds a {@link AttendanceRecorded}. */
    public static final class Builder extends ImmutableAttendanceRecorded.Builder {
    }
}
