package org.ketnghia.training.household;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Records who attended one session day ({@link #occurredOn()}) of a technical class for households (<i>điểm danh</i>):
 * members of registered households living in the class's commune that day. The day is one of the class's session
 * days as they stand (after any {@link RescheduleHouseholdClass}); a cancelled class ({@link CancelHouseholdClass})
 * takes no attendance.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(RecordHouseholdAttendance.TYPE)
@JsonSerialize(as = ImmutableRecordHouseholdAttendance.class)
@JsonDeserialize(as = ImmutableRecordHouseholdAttendance.class)
public abstract class RecordHouseholdAttendance implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "training.record-household-attendance";

    RecordHouseholdAttendance() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract Actor actor();

    /** The class's commune. */
    @Override
    public abstract String unitCode();

    /** The session day. */
    @Override
    public abstract LocalDate occurredOn();

    /** The class. */
    public abstract String classId();

    /** The members present; at least one, none twice. */
    public abstract List<HouseholdParticipant> participants();

    /** Builds a {@link RecordHouseholdAttendance}. */
    public static final class Builder extends ImmutableRecordHouseholdAttendance.Builder {
    }
}
