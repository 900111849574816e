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
 * Returns a submission for correction (<i>trả lại để chỉnh sửa</i>) with a reason; the reporter may then
 * resubmit with new content. Rejected as {@link ApproveReport} is, and when the reason is blank.
 *
 * <p>{@link #unitCode()} is the returning unit. Recorded by the system, a district office or the provincial
 * committee. Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonTypeName(ReturnReport.TYPE)
@JsonSerialize(as = ImmutableReturnReport.class)
@JsonDeserialize(as = ImmutableReturnReport.class)
public abstract class ReturnReport implements Command, ReasonedDecisionFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "duty.return-report";

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

    /** Builds a {@link ReturnReport}; obtain one with {@link ReturnReport#builder()}. */
    public static final class Builder extends ImmutableReturnReport.Builder {
    }
}
