package org.ketnghia.core.participant.poverty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.money.MoneyErrorCode;
import org.ketnghia.core.participant.ethnicity.ParticipantErrorCode;

/**
 * The income thresholds of a poverty standard for one {@link Area}, per person per month.
 *
 * <ul>
 *   <li>income ≤ {@link #incomeLine()} — poor or near-poor, depending on deprivations;
 *   <li>{@link #incomeLine()} &lt; income ≤ {@link #averageLivingCeiling()} — average living
 *       standard (unless newly escaped);
 *   <li>income &gt; {@link #averageLivingCeiling()} — above average.
 * </ul>
 *
 * <p>Invariant: 0 ≤ line &lt; ceiling. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIncomeThresholds.class)
@JsonDeserialize(as = ImmutableIncomeThresholds.class)
public abstract class IncomeThresholds {

    IncomeThresholds() {
    }

    /** A builder for thresholds. */
    public static Builder builder() {
        return new Builder();
    }

    /** Thresholds with the given line and ceiling. */
    public static IncomeThresholds of(Money incomeLine, Money averageLivingCeiling) {
        return builder().incomeLine(incomeLine).averageLivingCeiling(averageLivingCeiling).build();
    }

    /** The poverty line (chuẩn nghèo / cận nghèo về thu nhập): income at or below it is poor or near-poor. */
    public abstract Money incomeLine();

    /** The highest income of an average-living-standard household (mức sống trung bình), inclusive. */
    public abstract Money averageLivingCeiling();

    @Value.Check
    void check() {
        Problems problems = new Problems();
        problems.check(incomeLine().isNegative(), MoneyErrorCode.MONEY_NEGATIVE, "incomeLine", incomeLine());
        problems.check(!averageLivingCeiling().isGreaterThan(incomeLine()),
                ParticipantErrorCode.PARTICIPANT_AVERAGE_BAND_NOT_ABOVE_LINE, "averageLivingCeiling",
                averageLivingCeiling(), incomeLine());
        problems.throwIfAny();
    }

    /** Builds {@link IncomeThresholds}; {@link #build()} throws {@code KetnghiaException} on invalid values. */
    public static final class Builder extends ImmutableIncomeThresholds.Builder {
    }
}
