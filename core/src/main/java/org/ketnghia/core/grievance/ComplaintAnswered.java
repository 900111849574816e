package org.ketnghia.core.grievance;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A complaint was answered (<i>đã trả lời</i>).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(ComplaintAnswered.TYPE)
@JsonSerialize(as = ImmutableComplaintAnswered.class)
@JsonDeserialize(as = ImmutableComplaintAnswered.class)
public abstract class ComplaintAnswered implements LedgerEvent, AnswerFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "grievance.complaint-answered";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ComplaintAnswered}; obtain one with {@link ComplaintAnswered#builder()}. */
    public static final class Builder extends ImmutableComplaintAnswered.Builder {
    }
}
