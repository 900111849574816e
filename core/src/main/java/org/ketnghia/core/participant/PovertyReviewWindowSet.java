package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.MonthDay;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * The window of the annual poverty review (<i>thời gian rà soát hộ nghèo, hộ cận nghèo</i>) was set for the province
 * that is the event's unit, in force from {@link #effectiveFrom()}. See {@link SetPovertyReviewWindow}.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(PovertyReviewWindowSet.TYPE)
@JsonSerialize(as = ImmutablePovertyReviewWindowSet.class)
@JsonDeserialize(as = ImmutablePovertyReviewWindowSet.class)
public abstract class PovertyReviewWindowSet implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.poverty-review-window-set";

    PovertyReviewWindowSet() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The first day of the review each year. */
    public abstract MonthDay windowStart();

    /** The last day of the review each year (inclusive). */
    public abstract MonthDay windowEnd();

    /** The first day the window is in force. */
    public abstract LocalDate effectiveFrom();

    /** The decision that sets it. */
    public abstract String basis();

    /** Builds a {@link PovertyReviewWindowSet}. */
    public static final class Builder extends ImmutablePovertyReviewWindowSet.Builder {
    }
}
