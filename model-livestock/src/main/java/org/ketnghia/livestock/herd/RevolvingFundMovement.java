package org.ketnghia.livestock.herd;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.ketnghia.core.money.Money;

/**
 * One movement of a group's revolving fund (<i>quỹ quay vòng của tổ</i>): cash a household paid in
 * instead of passing animals on, or a purchase lot paid from the fund at its acceptance. Immutable.
 *
 * @param date the day it was recorded
 * @param kind in or out
 * @param amount the amount moved, positive
 * @param reference the obligation paid (cash in) or the lot paid for (out)
 * @param documentReference the receipt (<i>phiếu thu</i>) or the payment document (<i>chứng từ chi</i>)
 * @param balanceAfter the fund's balance after it
 */
public record RevolvingFundMovement(LocalDate date, Kind kind, Money amount, String reference, String documentReference,
        Money balanceAfter) {

    /** Checks that no part is missing. */
    public RevolvingFundMovement {
        requireNonNull(date, "date");
        requireNonNull(kind, "kind");
        requireNonNull(amount, "amount");
        requireNonNull(reference, "reference");
        requireNonNull(documentReference, "documentReference");
        requireNonNull(balanceAfter, "balanceAfter");
    }

    /** Which way the money moved. */
    public enum Kind {
        /** Cash paid in instead of animals (<i>nộp tiền thay con giống</i>). */
        CASH_PAID_IN,
        /** Breeding animals bought for the next household (<i>mua con giống cho hộ tiếp theo</i>). */
        LOT_PAID
    }
}
