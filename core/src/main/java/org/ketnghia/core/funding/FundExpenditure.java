package org.ketnghia.core.funding;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.ketnghia.core.money.Money;

/**
 * An expenditure with the receipts that paid for it, first in first out. Immutable snapshot.
 *
 * @param expenditureId unique id
 * @param communeCode the commune that spent
 * @param purpose model and optional activity
 * @param description what was paid for
 * @param amount the amount
 * @param documentReference the <i>chứng từ</i>
 * @param spentOn the date
 * @param allocations the receipts that paid, in the order drawn; they sum to {@code amount}
 */
public record FundExpenditure(String expenditureId, String communeCode, FundPurpose purpose, String description,
        Money amount, String documentReference, LocalDate spentOn, List<FundAllocation> allocations) {

    /** Copies the allocations. */
    public FundExpenditure {
        requireNonNull(expenditureId, "expenditureId");
        requireNonNull(communeCode, "communeCode");
        requireNonNull(purpose, "purpose");
        requireNonNull(description, "description");
        requireNonNull(amount, "amount");
        requireNonNull(documentReference, "documentReference");
        requireNonNull(spentOn, "spentOn");
        allocations = List.copyOf(allocations);
    }

    /** The sum of the allocations; equal to {@link #amount()} in a consistent ledger. */
    public Money traced() {
        return Money.sum(allocations.stream().map(FundAllocation::amount).toList());
    }
}
