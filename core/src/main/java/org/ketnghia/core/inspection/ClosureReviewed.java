package org.ketnghia.core.inspection;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A re-check (<i>phúc tra</i>) confirmed a closed action, or reopened it with a new deadline, on the event's date.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(ClosureReviewed.TYPE)
@JsonSerialize(as = ImmutableClosureReviewed.class)
@JsonDeserialize(as = ImmutableClosureReviewed.class)
public abstract class ClosureReviewed implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "inspection.closure-reviewed";

    /** The inspection that required the action. */
    public abstract String inspectionId();

    /** The action reviewed. */
    public abstract String actionId();

    /** The re-check inspection. */
    public abstract String recheckInspectionId();

    /** Confirmed or reopened. */
    public abstract RecheckOutcome outcome();

    /** For a reopening: the new deadline. */
    public abstract Optional<LocalDate> newDeadline();

    /** Why, in Vietnamese, if given. */
    public abstract Optional<String> reasonVi();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ClosureReviewed}; obtain one with {@link ClosureReviewed#builder()}. */
    public static final class Builder extends ImmutableClosureReviewed.Builder {
    }
}
