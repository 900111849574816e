package org.ketnghia.livestock.herd.internal;

import org.ketnghia.core.funding.CommuneFunds;
import org.ketnghia.core.funding.FundPurpose;

/**
 * How a group's revolving fund (<i>quỹ quay vòng của tổ</i>) appears in the core funding ledger: the purpose
 * {@code livestock/quy-quay-vong:<groupId>}, one source of kind {@code REVOLVING_REPAYMENT} per group (registered
 * in the batch of the group's first cash payment), one receipt per obligation paid in cash.
 */
final class RevolvingFunds {

    private RevolvingFunds() {
    }

    /** The purpose money of the group's revolving fund is earmarked for. */
    static FundPurpose purpose(String groupId) {
        return CommuneFunds.revolvingFund(ProcurementHandlers.MODEL_ID, groupId);
    }

    /** The funding source of the group's households' repayments. */
    static String sourceId(String groupId) {
        return ProcurementHandlers.MODEL_ID + "-hoan-tra-" + groupId;
    }

    /** The receipt of the cash paid for an obligation (an obligation is paid in cash at most once). */
    static String receiptId(String obligationId) {
        return ProcurementHandlers.MODEL_ID + "-nop-tien-" + obligationId;
    }
}
