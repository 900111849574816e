package org.ketnghia.startup.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;
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

    /**
     * Why the approved support may exceed the programme's norm per project ({@code startup.support-per-project},
     * <i>lý do hỗ trợ vượt định mức</i>), when it does; required then, kept on the event. Left out of the JSON
     * when absent, so approvals recorded before it existed keep their bytes.
     */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    Optional<String> aboveNormJustification();

    /** The sum of the items. */
    default Money approvedTotal() {
        return Money.sum(approvedItems().stream().map(ItemAmount::amount).toList());
    }
}
