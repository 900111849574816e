package org.ketnghia.training.household;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * The attendance of one session day (the event's date) of a technical class for households.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(HouseholdAttendanceRecorded.TYPE)
@JsonSerialize(as = ImmutableHouseholdAttendanceRecorded.class)
@JsonDeserialize(as = ImmutableHouseholdAttendanceRecorded.class)
public abstract class HouseholdAttendanceRecorded implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "training.household-attendance-recorded";

    HouseholdAttendanceRecorded() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The class. */
    public abstract String classId();

    /** The members present, by household then name (so that the event hashes the same when read back). */
    @Value.NaturalOrder
    public abstract SortedSet<HouseholdParticipant> participants();

    /** Builds a {@link HouseholdAttendanceRecorded}. */
    public static final class Builder extends ImmutableHouseholdAttendanceRecorded.Builder {
    }
}
