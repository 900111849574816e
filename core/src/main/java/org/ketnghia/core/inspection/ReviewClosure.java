package org.ketnghia.core.inspection;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Records what a re-check (<i>phúc tra</i>) concluded about a closed action: {@link RecheckOutcome#CONFIRMED
 * confirmed} for good, or {@link RecheckOutcome#REOPENED reopened} with a new deadline and the reason.
 *
 * <p>Rejected when the inspection or the action is unknown; the action is not closed (open, or already
 * confirmed); the re-check is unknown, is not a re-check, or was made before the closure or after this review;
 * a reopening has no new deadline, a deadline before the review, or no reason; a confirmation carries a new
 * deadline. Recorded by the system, the provincial committee, a district office within its scope, or a sponsor
 * on its own behalf — not by the commune whose closure is reviewed. Every rule is checked at once; a rejected
 * command appends nothing. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(ReviewClosure.TYPE)
@JsonSerialize(as = ImmutableReviewClosure.class)
@JsonDeserialize(as = ImmutableReviewClosure.class)
public abstract class ReviewClosure implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "inspection.review-closure";

    @Override
    public abstract Actor actor();

    @Override
    public abstract String unitCode();

    /** The day of the conclusion. */
    @Override
    public abstract LocalDate occurredOn();

    /** The sponsor on whose behalf it is recorded, if a sponsor records it. */
    @Override
    public abstract Optional<String> sponsorId();

    /** The inspection that required the action. */
    public abstract String inspectionId();

    /** The action reviewed. */
    public abstract String actionId();

    /** The re-check inspection (kind {@link InspectionKind#RE_CHECK}) that looked at it. */
    public abstract String recheckInspectionId();

    /** Confirmed or reopened. */
    public abstract RecheckOutcome outcome();

    /** For a reopening: the new deadline. */
    public abstract Optional<LocalDate> newDeadline();

    /** Why, in Vietnamese; required for a reopening. */
    public abstract Optional<String> reasonVi();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReviewClosure}; obtain one with {@link ReviewClosure#builder()}. */
    public static final class Builder extends ImmutableReviewClosure.Builder {
    }
}
