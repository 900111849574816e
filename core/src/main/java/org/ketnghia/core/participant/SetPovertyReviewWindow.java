package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.MonthDay;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Set the window of the annual poverty review (<i>thời gian rà soát hộ nghèo, hộ cận nghèo hằng năm</i>) for a
 * province, in force from {@link #effectiveFrom()}: by default 1 September to 14 December (Nghị định 07/2021/NĐ-CP).
 * While a window is in force, {@link RecordPovertyStatus} for year Y is accepted only when recorded within the window
 * of year Y − 1 (the review made in autumn decides the status of the following year); {@link CorrectPovertyStatus}
 * stays allowed at any time. A later window for the same province supersedes it from its own date.
 *
 * <p>Rejected when the unit is not a province on {@link #effectiveFrom()}, the window ends before it starts (a window
 * lies within one calendar year) or the basis is blank. Recorded by the system or the provincial committee.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(SetPovertyReviewWindow.TYPE)
@JsonSerialize(as = ImmutableSetPovertyReviewWindow.class)
@JsonDeserialize(as = ImmutableSetPovertyReviewWindow.class)
public abstract class SetPovertyReviewWindow implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.set-poverty-review-window";

    /** The default first day of the review: 1 September. */
    public static final MonthDay DEFAULT_START = MonthDay.of(9, 1);

    /** The default last day of the review: 14 December. */
    public static final MonthDay DEFAULT_END = MonthDay.of(12, 14);

    SetPovertyReviewWindow() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract Actor actor();

    /** The province the window is set for. */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The first day of the review each year; 1 September unless given. */
    @Value.Default
    public MonthDay windowStart() {
        return DEFAULT_START;
    }

    /** The last day of the review each year (inclusive); 14 December unless given. */
    @Value.Default
    public MonthDay windowEnd() {
        return DEFAULT_END;
    }

    /** The first day the window is in force (compared with the date a status is recorded). */
    public abstract LocalDate effectiveFrom();

    /** The decision that sets it, e.g. {@code "Nghị định 07/2021/NĐ-CP; Kế hoạch 456/KH-UBND"}. */
    public abstract String basis();

    /** Builds a {@link SetPovertyReviewWindow}. */
    public static final class Builder extends ImmutableSetPovertyReviewWindow.Builder {
    }
}
