package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Record that the commune {@link #unitCode()} posted the results of the poverty review for {@link #reviewYear()}
 * publicly (<i>niêm yết công khai kết quả rà soát hộ nghèo, hộ cận nghèo</i>): where, from when to when, by whom. The
 * handler lists the households of the commune on {@link #postedFrom()} (its villages as of that date: a commune merged
 * on 1 July 2025 is succeeded by the new commune, which posts for the villages it took over) whose status for the
 * year is poor, near-poor or newly escaped, and records for each only the head's name, the village and the category
 * ({@link PovertyReviewRow}).
 *
 * <p>Rejected when the id is blank or taken, the unit is not a commune on {@link #postedFrom()}, the year is out of
 * range, the period is inverted, no place is given or a place is blank, or who posted it is blank. Recorded by the
 * system, the provincial committee, a district office or the commune committee within its scope.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(PostPovertyReviewResults.TYPE)
@JsonSerialize(as = ImmutablePostPovertyReviewResults.class)
@JsonDeserialize(as = ImmutablePostPovertyReviewResults.class)
public abstract class PostPovertyReviewResults implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.post-poverty-review-results";

    PostPovertyReviewResults() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract Actor actor();

    /** The commune that posts the list. */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The stable id of the posting, e.g. {@code "NY-RS-2025-A-XAN"}. */
    public abstract String postingId();

    /** The year the statuses apply to (the review was made in the year before). */
    public abstract int reviewYear();

    /** Where the list was posted, in Vietnamese (e.g. "Trụ sở UBND xã", "Nhà văn hóa thôn A Ur"); at least one. */
    public abstract List<String> places();

    /** The first day of the posting period; the list is made as of this date. */
    public abstract LocalDate postedFrom();

    /** The last day of the posting period (inclusive). */
    public abstract LocalDate postedUntil();

    /** Who posted it: the official or body (e.g. "Công chức Lao động - Thương binh và Xã hội xã"). */
    public abstract String postedBy();

    /** Builds a {@link PostPovertyReviewResults}. */
    public static final class Builder extends ImmutablePostPovertyReviewResults.Builder {
    }
}
