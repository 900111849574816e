package org.ketnghia.training.course;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Withdraws an official's enrolment in a class (<i>rút tên học viên</i>) with a reason, e.g. when they cannot attend or
 * were enrolled by mistake. An official already certified for the class cannot be withdrawn. From then on the official
 * is not enrolled: no attendance, score or certificate can be recorded for them in the class, the attendance already
 * recorded stays, and the enrolment no longer counts among the class's participants.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(WithdrawEnrolment.TYPE)
@JsonSerialize(as = ImmutableWithdrawEnrolment.class)
@JsonDeserialize(as = ImmutableWithdrawEnrolment.class)
public abstract class WithdrawEnrolment implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "training.withdraw-enrolment";

    WithdrawEnrolment() {
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

    /** The official withdrawn. */
    public abstract String personId();

    /** Why; never blank. */
    public abstract String reason();

    /** Builds a {@link WithdrawEnrolment}. */
    public static final class Builder extends ImmutableWithdrawEnrolment.Builder {
    }
}
