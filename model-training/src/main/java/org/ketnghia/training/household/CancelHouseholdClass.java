package org.ketnghia.training.household;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Cancels a technical class for households (<i>hủy lớp tập huấn</i>, e.g. after a flood or at harvest) with the
 * reason: from its date on the class takes no attendance, no new schedule and no second cancellation; the sessions
 * already held keep their attendance. Recorded for the class's commune by those who may open such a class (district
 * offices, the province, the system).
 *
 * <p>As {@link org.ketnghia.training.course.CancelClass} for an officials' class, with two differences: a household
 * class issues no certificates, so the rule that a certified class cannot be cancelled has no counterpart here; and
 * the commune committee, which records attendance but does not open household classes, does not cancel them either.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(CancelHouseholdClass.TYPE)
@JsonSerialize(as = ImmutableCancelHouseholdClass.class)
@JsonDeserialize(as = ImmutableCancelHouseholdClass.class)
public abstract class CancelHouseholdClass implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "training.cancel-household-class";

    CancelHouseholdClass() {
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

    /** The class. */
    public abstract String classId();

    /** Why; never blank. */
    public abstract String reason();

    /** Builds a {@link CancelHouseholdClass}. */
    public static final class Builder extends ImmutableCancelHouseholdClass.Builder {
    }
}
