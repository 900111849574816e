package org.ketnghia.core.grievance;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A complaint, feedback or petition about a posted list was received (<i>đã tiếp nhận</i>), with the deadlines it
 * must be answered and closed by, as the rules in force on the date received set them.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(ComplaintReceived.TYPE)
@JsonSerialize(as = ImmutableComplaintReceived.class)
@JsonDeserialize(as = ImmutableComplaintReceived.class)
public abstract class ComplaintReceived implements LedgerEvent, ComplaintFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "grievance.complaint-received";

    /** The programme whose rules set the deadlines; empty when none did and {@link GrievanceRules#DEFAULT} applied. */
    public abstract Optional<String> rulesProgrammeId();

    /** The last day to answer. */
    public abstract LocalDate answerDueOn();

    /** The last day to close. */
    public abstract LocalDate closeDueOn();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ComplaintReceived}; obtain one with {@link ComplaintReceived#builder()}. */
    public static final class Builder extends ImmutableComplaintReceived.Builder {
    }
}
