package org.ketnghia.core.duty;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A submission was returned for correction (<i>trả lại để chỉnh sửa</i>) with a reason.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonTypeName(ReportReturned.TYPE)
@JsonSerialize(as = ImmutableReportReturned.class)
@JsonDeserialize(as = ImmutableReportReturned.class)
public abstract class ReportReturned implements LedgerEvent, ReasonedDecisionFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "duty.report-returned";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReportReturned}; obtain one with {@link ReportReturned#builder()}. */
    public static final class Builder extends ImmutableReportReturned.Builder {
    }
}
