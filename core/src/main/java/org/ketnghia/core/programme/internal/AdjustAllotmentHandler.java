package org.ketnghia.core.programme.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.programme.AdjustAllotment;
import org.ketnghia.core.programme.AllotmentAdjusted;
import org.ketnghia.core.programme.AllotmentAdjustmentFacts;
import org.ketnghia.core.programme.ProgrammeErrorCode;
import org.ketnghia.core.programme.ProgrammeRegistry;

/** Validates {@link AdjustAllotment} and records {@link AllotmentAdjusted}. */
public final class AdjustAllotmentHandler implements CommandHandler<AdjustAllotment> {

    @Override
    public Class<AdjustAllotment> commandType() {
        return AdjustAllotment.class;
    }

    @Override
    public Set<ActorRole> permittedRoles() {
        return EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE);
    }

    @Override
    public List<EventDraft> handle(AdjustAllotment command, LedgerState state) {
        Problems problems = new Problems();
        problems.check(state.projection(ProgrammeRegistry.class).programme(command.programmeId()).isEmpty(),
                ProgrammeErrorCode.PROGRAMME_UNKNOWN, "programmeId", command.programmeId());
        problems.check(state.administrativeUnits().unit(command.allotmentUnitCode()).isEmpty(),
                ProgrammeErrorCode.PROGRAMME_UNKNOWN_UNIT, "allotmentUnitCode", command.allotmentUnitCode(), command.occurredOn());
        problems.check(command.modelId().isBlank(), CoreErrorCode.VALUE_BLANK, "modelId");
        problems.check(command.amount().isNegative(), CoreErrorCode.VALUE_NEGATIVE, "amount", command.amount());
        problems.check(command.decision().isBlank(), CoreErrorCode.VALUE_BLANK, "decision");
        problems.check(command.reasonVi().isBlank(), CoreErrorCode.VALUE_BLANK, "reasonVi");
        problems.throwIfAny();
        return List.of(EventDraft.of(command, AllotmentAdjusted.builder().from((AllotmentAdjustmentFacts) command).build()));
    }
}
