package org.ketnghia.livestock.herd;

import org.ketnghia.core.money.Money;

/**
 * The facts of cash paid into the revolving fund instead of animals (<i>nộp tiền thay con giống</i>),
 * declared once for {@link PayCashInstead} and {@link CashPaidInstead}.
 */
public interface CashPaymentFacts {

    /** The obligation. */
    String obligationId();

    /** The amount paid. */
    Money amount();

    /** The receipt's reference. */
    String receiptReference();
}
