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
 * Enrol officials in a class (<i>ghi danh học viên</i>). Refused as a whole if any official is unknown, not in service, already enrolled, of another level than the class without an exception reason, in a class at the same time, or if the class would exceed its capacity; and, when the ledger declares a programme, if an official's work unit (district, commune or village, followed to its successor commune after 1 July 2025) lies outside the programme's districts ({@code PROGRAMME_OUTSIDE_DISTRICTS}): the plan trains officials of its districts (mục 3.2).
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(EnrolOfficials.TYPE)
@JsonSerialize(as = ImmutableEnrolOfficials.class)
@JsonDeserialize(as = ImmutableEnrolOfficials.class)
public abstract class EnrolOfficials implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "training.enrol-officials";

    EnrolOfficials() {
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

    /** The officials; at least one. */
    public abstract List<String> personIds();

    /** Builds a {@link EnrolOfficials}. */
    public static final class Builder extends ImmutableEnrolOfficials.Builder {
    }
}
