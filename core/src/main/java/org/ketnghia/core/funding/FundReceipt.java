package org.ketnghia.core.funding;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.ketnghia.core.money.Money;

/**
 * Money that entered a commune's fund: a receipt, or a counterpart contribution in cash.
 * Immutable snapshot, including how much of it has been spent (wherever it is held now).
 *
 * @param receiptId id of the receipt or of the cash counterpart contribution
 * @param communeCode the commune that received it
 * @param sourceId where it came from
 * @param pledgeId the pledge it filled, if any
 * @param purpose model and optional activity
 * @param amount the amount received, net of any reversal ({@link ReverseReceipt})
 * @param receivedOn the date
 * @param counterpart true for a cash counterpart contribution (<i>đối ứng bằng tiền</i>)
 * @param spent how much of it expenditures have used so far
 */
public record FundReceipt(String receiptId, String communeCode, String sourceId, Optional<String> pledgeId,
        FundPurpose purpose, Money amount, LocalDate receivedOn, boolean counterpart, Money spent) {

    /** Checks that no part is missing. */
    public FundReceipt {
        requireNonNull(receiptId, "receiptId");
        requireNonNull(communeCode, "communeCode");
        requireNonNull(sourceId, "sourceId");
        pledgeId = pledgeId == null ? Optional.empty() : pledgeId;
        requireNonNull(purpose, "purpose");
        requireNonNull(amount, "amount");
        requireNonNull(receivedOn, "receivedOn");
        requireNonNull(spent, "spent");
    }

    /** What is left of it: {@code amount − spent}. */
    public Money remaining() {
        return amount.minus(spent);
    }

    FundReceipt withAmount(Money newAmount) {
        return new FundReceipt(receiptId, communeCode, sourceId, pledgeId, purpose, newAmount, receivedOn, counterpart,
                spent);
    }

    FundReceipt withSpent(Money newSpent) {
        return new FundReceipt(receiptId, communeCode, sourceId, pledgeId, purpose, amount, receivedOn, counterpart,
                newSpent);
    }
}
