package org.ketnghia.core.duty;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A submission was approved by the level above (<i>đã phê duyệt</i>); its period is locked until reopened.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonTypeName(ReportApproved.TYPE)
@JsonSerialize(as = ImmutableReportApproved.class)
@JsonDeserialize(as = ImmutableReportApproved.class)
public abstract class ReportApproved implements LedgerEvent, DecisionFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "duty.report-approved";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReportApproved}; obtain one with {@link ReportApproved#builder()}. */
    public static final class Builder extends ImmutableReportApproved.Builder {
    }
}
