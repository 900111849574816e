package org.ketnghia.training.course;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Reschedules a class (<i>điều chỉnh lịch học</i>): its session days as they stand after the change, with the reason.
 * Days whose attendance is recorded are kept, a new day is not before the change, and a class that has issued
 * certificates keeps its schedule.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(RescheduleClass.TYPE)
@JsonSerialize(as = ImmutableRescheduleClass.class)
@JsonDeserialize(as = ImmutableRescheduleClass.class)
public abstract class RescheduleClass implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "training.reschedule-class";

    RescheduleClass() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract Actor actor();

    /** The unit recording it: the class's unit. */
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

    /** Builds a {@link RescheduleClass}. */
    public static final class Builder extends ImmutableRescheduleClass.Builder {
    }
}
