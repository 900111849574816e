package org.ketnghia.core.duty.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ketnghia.core.duty.ReasonedDecisionFacts;
import org.ketnghia.core.duty.ReturnReport;
import org.ketnghia.core.duty.ReportReturned;
import org.ketnghia.core.duty.ReportStatus;
import org.ketnghia.core.duty.ReportingDuties;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;

/** Validates {@link ReturnReport} and records {@link ReportReturned}. */
public final class ReturnReportHandler implements CommandHandler<ReturnReport> {

    @Override
    public Class<ReturnReport> commandType() {
        return ReturnReport.class;
    }

    @Override
    public Set<ActorRole> permittedRoles() {
        return EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE, ActorRole.DISTRICT_OFFICE);
    }

    @Override
    public List<EventDraft> handle(ReturnReport command, LedgerState state) {
        Problems problems = new Problems();
        DecisionCheck.check(command, command.submissionId(), ReportStatus.SUBMITTED, state.projection(ReportingDuties.class),
                state.administrativeUnits(), problems);
        problems.check(command.reasonVi().isBlank(), CoreErrorCode.VALUE_BLANK, "reasonVi");
        problems.throwIfAny();
        return List.of(EventDraft.of(command, ReportReturned.builder().from((ReasonedDecisionFacts) command).build()));
    }
}
