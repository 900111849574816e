package org.ketnghia.core.duty;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A report was submitted (<i>đã nộp báo cáo</i>) by the unit of the event ({@link org.ketnghia.core.ledger.EventEnvelope#unitCode()})
 * or, when {@link #sponsorId()} is present, by that sponsor; its content is fixed by {@link #contentSha256()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonTypeName(ReportSubmitted.TYPE)
@JsonSerialize(as = ImmutableReportSubmitted.class)
@JsonDeserialize(as = ImmutableReportSubmitted.class)
public abstract class ReportSubmitted implements LedgerEvent, SubmissionFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "duty.report-submitted";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReportSubmitted}; obtain one with {@link ReportSubmitted#builder()}. */
    public static final class Builder extends ImmutableReportSubmitted.Builder {
    }
}
