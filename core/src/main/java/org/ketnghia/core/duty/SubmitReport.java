package org.ketnghia.core.duty;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Submits a report (<i>nộp báo cáo</i>), its content fixed by its SHA-256, with the dispatch number and
 * date, answering a duty's period or a request; also the commune's written list of supported households
 * ({@link SubmissionKind#SUPPORTED_HOUSEHOLD_LIST}). Rejected, with every problem at once, when the id is
 * blank or used, the programme, duty, period or request is unknown, both or neither of a duty and a request
 * are named, the kind differs from what is asked, the unit or sponsor is not one that owes it, the actor's
 * role is not that of the reporting level, the hash is malformed, the dispatch is blank or dated after the
 * submission, the period has not begun, a submission awaits its decision, the period is locked (approved and
 * not reopened), or a resubmission repeats the content of the last one.
 *
 * <p>{@link #unitCode()} is the reporting unit; for a sponsor, the province it reports to. Recorded by the
 * system, the commune committee (its own commune), the district office (its district), the provincial
 * committee (the province's report) or a sponsor (its own part, {@link #sponsorId()}). Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonTypeName(SubmitReport.TYPE)
@JsonSerialize(as = ImmutableSubmitReport.class)
@JsonDeserialize(as = ImmutableSubmitReport.class)
public abstract class SubmitReport implements Command, SubmissionFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "duty.submit-report";

    @Override
    public abstract Actor actor();

    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    @Override
    public abstract Optional<String> sponsorId();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SubmitReport}; obtain one with {@link SubmitReport#builder()}. */
    public static final class Builder extends ImmutableSubmitReport.Builder {
    }
}
