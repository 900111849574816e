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
 * Reschedules a technical class for households (<i>điều chỉnh lịch tập huấn</i>, e.g. when a flood cuts the road or
 * the harvest comes early): its session days as they stand after the change, with the reason. Days whose attendance
 * is recorded are kept, a new day is neither before the change nor before the class was opened, and a cancelled
 * class keeps no schedule to change. Recorded for the class's commune by those who may open such a class (district
 * offices, the province, the system).
 *
 * <p>As {@link org.ketnghia.training.course.RescheduleClass} for an officials' class, with three differences: a
 * household class issues no certificates, so the rule that a certified class keeps its schedule has no counterpart
 * here; a new day must also keep the opening rule that no session is before the class was opened (which the
 * change's own date implies unless the change is dated before the opening); and the commune committee, which records
 * attendance but does not open household classes, does not reschedule them either.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(RescheduleHouseholdClass.TYPE)
@JsonSerialize(as = ImmutableRescheduleHouseholdClass.class)
@JsonDeserialize(as = ImmutableRescheduleHouseholdClass.class)
public abstract class RescheduleHouseholdClass implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "training.reschedule-household-class";

    RescheduleHouseholdClass() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract Actor actor();

    /** The unit recording it: the class's commune. */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The session days after the change; at least one, no repeats. */
    public abstract List<LocalDate> sessionDays();

    /** The class. */
    public abstract String classId();

    /** Why; never blank. */
    public abstract String reason();

    /** Builds a {@link RescheduleHouseholdClass}. */
    public static final class Builder extends ImmutableRescheduleHouseholdClass.Builder {
    }
}
