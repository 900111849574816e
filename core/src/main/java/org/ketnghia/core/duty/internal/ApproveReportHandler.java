package org.ketnghia.core.duty.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ketnghia.core.duty.DecisionFacts;
import org.ketnghia.core.duty.ApproveReport;
import org.ketnghia.core.duty.ReportApproved;
import org.ketnghia.core.duty.ReportStatus;
import org.ketnghia.core.duty.ReportingDuties;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;

/** Validates {@link ApproveReport} and records {@link ReportApproved}. */
public final class ApproveReportHandler implements CommandHandler<ApproveReport> {

    @Override
    public Class<ApproveReport> commandType() {
        return ApproveReport.class;
    }

    @Override
    public Set<ActorRole> permittedRoles() {
        return EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE, ActorRole.DISTRICT_OFFICE);
    }

    @Override
    public List<EventDraft> handle(ApproveReport command, LedgerState state) {
        Problems problems = new Problems();
        DecisionCheck.check(command, command.submissionId(), ReportStatus.SUBMITTED, state.projection(ReportingDuties.class),
                state.administrativeUnits(), problems);
        problems.throwIfAny();
        return List.of(EventDraft.of(command, ReportApproved.builder().from((DecisionFacts) command).build()));
    }
}
