package org.ketnghia.training.course;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * An official's enrolment in a class was withdrawn on the event's date (<i>rút tên</i>); the enrolment stays in the
 * ledger.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(EnrolmentWithdrawn.TYPE)
@JsonSerialize(as = ImmutableEnrolmentWithdrawn.class)
@JsonDeserialize(as = ImmutableEnrolmentWithdrawn.class)
public abstract class EnrolmentWithdrawn implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "training.enrolment-withdrawn";

    EnrolmentWithdrawn() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The class. */
    public abstract String classId();

    /** The official. */
    public abstract String personId();

    /** Why. */
    public abstract String reason();

    /** Builds a {@link EnrolmentWithdrawn}. */
    public static final class Builder extends ImmutableEnrolmentWithdrawn.Builder {
    }
}
