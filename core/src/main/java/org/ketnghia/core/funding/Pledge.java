package org.ketnghia.core.funding;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.ketnghia.core.money.Money;

/**
 * A pledge (<i>cam kết</i>) and how much of it has been received so far. Immutable snapshot.
 *
 * @param pledgeId unique id
 * @param sourceId who pledged
 * @param communeCode the recipient commune
 * @param purpose model and optional activity
 * @param amount the amount pledged
 * @param pledgedOn the date of the pledge
 * @param received the sum of receipts against it so far
 */
public record Pledge(String pledgeId, String sourceId, String communeCode, FundPurpose purpose, Money amount,
        LocalDate pledgedOn, Money received) {

    /** Checks that no part is missing. */
    public Pledge {
        requireNonNull(pledgeId, "pledgeId");
        requireNonNull(sourceId, "sourceId");
        requireNonNull(communeCode, "communeCode");
        requireNonNull(purpose, "purpose");
        requireNonNull(amount, "amount");
        requireNonNull(pledgedOn, "pledgedOn");
        requireNonNull(received, "received");
    }

    /** What is still open: {@code amount − received}, never negative for a valid ledger. */
    public Money open() {
        return amount.minus(received);
    }
}
