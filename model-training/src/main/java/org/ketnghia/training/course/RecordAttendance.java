package org.ketnghia.training.course;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Set;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Record the attendance of one session (<i>điểm danh</i>): the session day is the command's date; the enrolled officials not listed present are absent.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(RecordAttendance.TYPE)
@JsonSerialize(as = ImmutableRecordAttendance.class)
@JsonDeserialize(as = ImmutableRecordAttendance.class)
public abstract class RecordAttendance implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "training.record-attendance";

    RecordAttendance() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract Actor actor();

    /** The unit recording it (for a class: the class's unit). */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The class. */
    public abstract String classId();

    /** The enrolled officials present. */
    public abstract Set<String> presentPersonIds();

    /** Builds a {@link RecordAttendance}. */
    public static final class Builder extends ImmutableRecordAttendance.Builder {
    }
}
