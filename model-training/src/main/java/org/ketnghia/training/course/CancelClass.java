package org.ketnghia.training.course;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Cancels a class (<i>hủy lớp</i>) with the reason: from its date on the class records no enrolment, attendance,
 * score, certificate or cost. A class that has issued certificates cannot be cancelled.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(CancelClass.TYPE)
@JsonSerialize(as = ImmutableCancelClass.class)
@JsonDeserialize(as = ImmutableCancelClass.class)
public abstract class CancelClass implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "training.cancel-class";

    CancelClass() {
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

    /** The class. */
    public abstract String classId();

    /** Why; never blank. */
    public abstract String reason();

    /** Builds a {@link CancelClass}. */
    public static final class Builder extends ImmutableCancelClass.Builder {
    }
}
