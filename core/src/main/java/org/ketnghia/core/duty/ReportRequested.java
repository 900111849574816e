package org.ketnghia.core.duty;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * An ad-hoc report was requested (<i>yêu cầu báo cáo đột xuất</i>) from units and sponsors, with a deadline.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonTypeName(ReportRequested.TYPE)
@JsonSerialize(as = ImmutableReportRequested.class)
@JsonDeserialize(as = ImmutableReportRequested.class)
public abstract class ReportRequested implements LedgerEvent, ReportRequestFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "duty.report-requested";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReportRequested}; obtain one with {@link ReportRequested#builder()}. */
    public static final class Builder extends ImmutableReportRequested.Builder {
    }
}
