package org.ketnghia.startup.project;

import java.util.List;
import org.ketnghia.core.money.Money;

/**
 * What an approval decides (<i>quyết định phê duyệt</i>): the budget per item, the milestones and the
 * tranches, declared once for the command ({@link ApproveApplication}) and the event ({@link
 * ApplicationApproved}, which adds what it copies from the application).
 */
public interface ApprovalFacts {

    /** The application. */
    String applicationId();

    /** The approval decision (<i>số quyết định</i>). */
    String decisionReference();

    /** The approved amount per item, at most what was requested. */
    List<ItemAmount> approvedItems();

    /** The milestones tranches wait for. */
    List<Milestone> milestones();

    /** How the items are paid. */
    List<TranchePlan> tranches();

    /** The sum of the items. */
    default Money approvedTotal() {
        return Money.sum(approvedItems().stream().map(ItemAmount::amount).toList());
    }
}
