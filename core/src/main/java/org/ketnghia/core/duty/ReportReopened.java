package org.ketnghia.core.duty;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * An approved, locked period was reopened (<i>mở lại kỳ báo cáo</i>) by the approving level, with a reason.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonTypeName(ReportReopened.TYPE)
@JsonSerialize(as = ImmutableReportReopened.class)
@JsonDeserialize(as = ImmutableReportReopened.class)
public abstract class ReportReopened implements LedgerEvent, ReasonedDecisionFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "duty.report-reopened";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReportReopened}; obtain one with {@link ReportReopened#builder()}. */
    public static final class Builder extends ImmutableReportReopened.Builder {
    }
}
