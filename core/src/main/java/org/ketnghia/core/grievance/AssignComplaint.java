package org.ketnghia.core.grievance;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Assigns a received complaint to the official or body that will handle it (<i>giao xử lý</i>); assigning again hands
 * it over. Rejected when the complaint is unknown or closed, the unit is not its commune, the date is before the
 * previous step, or the assignee is blank.
 *
 * <p>Recorded by the system, the provincial committee, a district office or the commune committee within its scope.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(AssignComplaint.TYPE)
@JsonSerialize(as = ImmutableAssignComplaint.class)
@JsonDeserialize(as = ImmutableAssignComplaint.class)
public abstract class AssignComplaint implements Command, AssignmentFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "grievance.assign-complaint";

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

    /** Builds a {@link AssignComplaint}; obtain one with {@link AssignComplaint#builder()}. */
    public static final class Builder extends ImmutableAssignComplaint.Builder {
    }
}
