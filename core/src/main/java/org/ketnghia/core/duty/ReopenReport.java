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
 * Reopens an approved, locked period (<i>mở lại kỳ báo cáo đã khóa</i>) with a reason, so that the
 * reporter may resubmit. Rejected, with every problem at once, when the submission is unknown or superseded,
 * not approved, the reopening unit is not the approving level as of the date, the actor's role is not that
 * level's, the reason is blank, or the date is before the approval.
 *
 * <p>{@link #unitCode()} is the reopening unit. Recorded by the system, a district office or the provincial
 * committee. Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonTypeName(ReopenReport.TYPE)
@JsonSerialize(as = ImmutableReopenReport.class)
@JsonDeserialize(as = ImmutableReopenReport.class)
public abstract class ReopenReport implements Command, ReasonedDecisionFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "duty.reopen-report";

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

    /** Builds a {@link ReopenReport}; obtain one with {@link ReopenReport#builder()}. */
    public static final class Builder extends ImmutableReopenReport.Builder {
    }
}
