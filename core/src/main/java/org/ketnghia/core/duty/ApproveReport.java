package org.ketnghia.core.duty;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Approves a submission (<i>phê duyệt báo cáo</i>) and so locks its period. Rejected, with every problem
 * at once, when the submission is unknown or superseded, already approved or returned, the approving unit is
 * not the level above the reporter as of the date (the district until 30 June 2025, then the province, for a
 * commune), the actor's role is not that level's, the approver is the one who submitted, or the date is before
 * the last act on the report.
 *
 * <p>{@link #unitCode()} is the approving unit. Recorded by the system, a district office or the provincial
 * committee. Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonTypeName(ApproveReport.TYPE)
@JsonSerialize(as = ImmutableApproveReport.class)
@JsonDeserialize(as = ImmutableApproveReport.class)
public abstract class ApproveReport implements Command, DecisionFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "duty.approve-report";

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

    /** Builds a {@link ApproveReport}; obtain one with {@link ApproveReport#builder()}. */
    public static final class Builder extends ImmutableApproveReport.Builder {
    }
}
