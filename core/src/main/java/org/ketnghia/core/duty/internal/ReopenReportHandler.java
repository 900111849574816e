package org.ketnghia.core.duty.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ketnghia.core.duty.ReasonedDecisionFacts;
import org.ketnghia.core.duty.ReopenReport;
import org.ketnghia.core.duty.ReportReopened;
import org.ketnghia.core.duty.ReportStatus;
import org.ketnghia.core.duty.ReportingDuties;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;

/** Validates {@link ReopenReport} and records {@link ReportReopened}. */
public final class ReopenReportHandler implements CommandHandler<ReopenReport> {

    @Override
    public Class<ReopenReport> commandType() {
        return ReopenReport.class;
    }

    @Override
    public Set<ActorRole> permittedRoles() {
        return EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE, ActorRole.DISTRICT_OFFICE);
    }

    @Override
    public List<EventDraft> handle(ReopenReport command, LedgerState state) {
        Problems problems = new Problems();
        DecisionCheck.check(command, command.submissionId(), ReportStatus.APPROVED, state.projection(ReportingDuties.class),
                state.administrativeUnits(), problems);
        problems.check(command.reasonVi().isBlank(), CoreErrorCode.VALUE_BLANK, "reasonVi");
        problems.throwIfAny();
        return List.of(EventDraft.of(command, ReportReopened.builder().from((ReasonedDecisionFacts) command).build()));
    }
}
