package org.ketnghia.core.duty;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * Reporting duties of a programme were declared (<i>quy định chế độ báo cáo</i>); from then on their periods are due.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonTypeName(ReportingDutiesDeclared.TYPE)
@JsonSerialize(as = ImmutableReportingDutiesDeclared.class)
@JsonDeserialize(as = ImmutableReportingDutiesDeclared.class)
public abstract class ReportingDutiesDeclared implements LedgerEvent, ReportingCalendarFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "duty.reporting-duties-declared";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReportingDutiesDeclared}; obtain one with {@link ReportingDutiesDeclared#builder()}. */
    public static final class Builder extends ImmutableReportingDutiesDeclared.Builder {
    }
}
