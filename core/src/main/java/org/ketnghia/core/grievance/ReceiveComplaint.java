package org.ketnghia.core.grievance;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Records a complaint, feedback or petition a person raised about a posted list or a household on it (<i>tiếp nhận
 * khiếu nại, phản ánh, kiến nghị</i>), on the date received ({@link #occurredOn()}), by the official who received it:
 * the public never records in the ledger itself. {@link #unitCode()} is the posting commune (or the commune that
 * carries it on after a merger). The deadlines to answer and to close are computed from the programme's {@link
 * GrievanceRules} in force on that date and kept in the event.
 *
 * <p>Rejected when the id is blank or taken, the posting is unknown, the date is outside the posting period ({@link
 * GrievanceErrorCode#GRIEVANCE_OUTSIDE_POSTING_PERIOD}), the unit is not the posting's commune, a complaint (<i>khiếu
 * nại</i>) names no complainant, the household is unknown or outside the commune, or the summary is blank.
 *
 * <p>Recorded by the system, the provincial committee, a district office or the commune committee within its scope;
 * never by the public, a sponsor or a group leader. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(ReceiveComplaint.TYPE)
@JsonSerialize(as = ImmutableReceiveComplaint.class)
@JsonDeserialize(as = ImmutableReceiveComplaint.class)
public abstract class ReceiveComplaint implements Command, ComplaintFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "grievance.receive-complaint";

    @Override
    public abstract Actor actor();

    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReceiveComplaint}; obtain one with {@link ReceiveComplaint#builder()}. */
    public static final class Builder extends ImmutableReceiveComplaint.Builder {
    }
}
