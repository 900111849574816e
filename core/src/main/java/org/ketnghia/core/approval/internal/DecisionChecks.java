package org.ketnghia.core.approval.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ketnghia.core.approval.ApprovalErrorCode;
import org.ketnghia.core.approval.ApprovalRegister;
import org.ketnghia.core.approval.ApprovalRequest;
import org.ketnghia.core.approval.ApprovalStatus;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.JsonTypeRegistry;
import org.ketnghia.core.ledger.LedgerState;

/** What approving and rejecting a request both check. */
final class DecisionChecks {

    /** People decide, never the system: four eyes are two persons. */
    static final Set<ActorRole> DECIDING_ROLES = EnumSet.of(ActorRole.PROVINCIAL_COMMITTEE, ActorRole.DISTRICT_OFFICE,
            ActorRole.COMMUNE_COMMITTEE, ActorRole.GROUP_LEADER, ActorRole.SPONSOR);

    private DecisionChecks() {
    }

    /**
     * The request, open on {@code today}, decided in its own unit and programme; every other problem found is
     * added to {@code problems}.
     *
     * @throws KetnghiaException {@link ApprovalErrorCode#APPROVAL_UNKNOWN_REQUEST} if there is no such request
     */
    static ApprovalRequest openRequest(String requestId, Command decision, LedgerState state, LocalDate today,
            Problems problems) {
        ApprovalRequest request = state.projection(ApprovalRegister.class).request(requestId).orElseThrow(
                () -> KetnghiaException.of(ApprovalErrorCode.APPROVAL_UNKNOWN_REQUEST, "requestId", requestId));
        ApprovalStatus status = request.statusAsOf(today);
        problems.check(status == ApprovalStatus.APPROVED || status == ApprovalStatus.REJECTED,
                ApprovalErrorCode.APPROVAL_ALREADY_DECIDED, "requestId", requestId, status.label().vi());
        problems.check(status == ApprovalStatus.EXPIRED, ApprovalErrorCode.APPROVAL_EXPIRED, "requestId", requestId,
                request.expiresOn());
        problems.check(!decision.unitCode().equals(request.unitCode()), ApprovalErrorCode.APPROVAL_UNIT_MISMATCH, "unitCode",
                decision.unitCode(), request.unitCode());
        problems.check(!state.programmeId().equals(request.programmeId()), ApprovalErrorCode.APPROVAL_PROGRAMME_MISMATCH,
                "programmeId", state.programmeId().orElse("—"), request.programmeId().orElse("—"));
        return request;
    }

    /**
     * Adds why the decision's actor may not record the request's command in its unit (a role the command
     * permits, in scope), headed by {@link ApprovalErrorCode#APPROVAL_NOT_AUTHORISED}; returns whether refused.
     */
    static boolean checkAuthorised(Command decision, ApprovalRequest request, LedgerState state, Problems problems) {
        List<Problem> refusals = state.refusals(decision.actor(), request.command());
        if (refusals.isEmpty()) {
            return false;
        }
        problems.add(ApprovalErrorCode.APPROVAL_NOT_AUTHORISED, "actor", decision.actor().name(),
                JsonTypeRegistry.typeIdOf(request.command().getClass()), request.unitCode());
        problems.addAll(refusals);
        return true;
    }
}
