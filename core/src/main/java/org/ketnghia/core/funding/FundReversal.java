package org.ketnghia.core.funding;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.ketnghia.core.money.Money;

/**
 * A recorded reversal of a receipt or an expenditure (<i>bút toán điều chỉnh</i>), naming what it reverses.
 * Immutable snapshot.
 *
 * @param reversalId unique id of the reversal
 * @param kind what was reversed
 * @param reversedId the id of the receipt or expenditure reversed
 * @param communeCode the commune whose fund it concerns
 * @param amount the amount reversed
 * @param reason why
 * @param documentReference the accounting document of the reversal
 * @param reversedOn the date of the reversal
 */
public record FundReversal(String reversalId, Kind kind, String reversedId, String communeCode, Money amount,
        String reason, String documentReference, LocalDate reversedOn) {

    /** What a reversal reverses. */
    public enum Kind {
        /** A receipt or cash counterpart contribution (<i>khoản thu</i>). */
        RECEIPT,
        /** An expenditure (<i>khoản chi</i>). */
        EXPENDITURE
    }

    /** Checks that no part is missing. */
    public FundReversal {
        requireNonNull(reversalId, "reversalId");
        requireNonNull(kind, "kind");
        requireNonNull(reversedId, "reversedId");
        requireNonNull(communeCode, "communeCode");
        requireNonNull(amount, "amount");
        requireNonNull(reason, "reason");
        requireNonNull(documentReference, "documentReference");
        requireNonNull(reversedOn, "reversedOn");
    }
}
