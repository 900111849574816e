package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * The commune that is the event's unit posted the results of the poverty review for {@link #reviewYear()} publicly,
 * with the rows it posted. It carries only what may be public: the head's name, the village and the category of each
 * household listed — never ethnicity, birth years, ID numbers, income or deprivations. See {@link
 * PostPovertyReviewResults}.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(PovertyReviewResultsPosted.TYPE)
@JsonSerialize(as = ImmutablePovertyReviewResultsPosted.class)
@JsonDeserialize(as = ImmutablePovertyReviewResultsPosted.class)
public abstract class PovertyReviewResultsPosted implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.poverty-review-results-posted";

    PovertyReviewResultsPosted() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The stable id of the posting. */
    public abstract String postingId();

    /** The year the statuses apply to. */
    public abstract int reviewYear();

    /** Where the list was posted, in Vietnamese. */
    public abstract List<String> places();

    /** The first day of the posting period. */
    public abstract LocalDate postedFrom();

    /** The last day of the posting period (inclusive). */
    public abstract LocalDate postedUntil();

    /** Who posted it. */
    public abstract String postedBy();

    /** The rows posted, by village then head's name. */
    public abstract List<PovertyReviewRow> rows();

    /** Builds a {@link PovertyReviewResultsPosted}. */
    public static final class Builder extends ImmutablePovertyReviewResultsPosted.Builder {
    }
}
