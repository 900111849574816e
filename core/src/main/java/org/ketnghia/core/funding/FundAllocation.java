package org.ketnghia.core.funding;

import static java.util.Objects.requireNonNull;

import org.ketnghia.core.money.Money;

/**
 * The part of an expenditure paid from one receipt: the trace from source to expenditure
 * (<i>truy vết nguồn</i>). Immutable.
 *
 * @param expenditureId the expenditure
 * @param receiptId the receipt (or cash counterpart contribution) that paid
 * @param sourceId the receipt's funding source
 * @param amount how much of the expenditure it paid
 */
public record FundAllocation(String expenditureId, String receiptId, String sourceId, Money amount) {

    /** Checks that no part is missing. */
    public FundAllocation {
        requireNonNull(expenditureId, "expenditureId");
        requireNonNull(receiptId, "receiptId");
        requireNonNull(sourceId, "sourceId");
        requireNonNull(amount, "amount");
    }
}
