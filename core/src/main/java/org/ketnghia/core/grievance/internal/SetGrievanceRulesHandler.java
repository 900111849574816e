package org.ketnghia.core.grievance.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.grievance.GrievanceRules;
import org.ketnghia.core.grievance.GrievanceRulesFacts;
import org.ketnghia.core.grievance.GrievanceRulesSet;
import org.ketnghia.core.grievance.SetGrievanceRules;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.programme.ProgrammeErrorCode;
import org.ketnghia.core.programme.ProgrammeRegistry;

/** Validates {@link SetGrievanceRules} and records {@link GrievanceRulesSet}. */
public final class SetGrievanceRulesHandler implements CommandHandler<SetGrievanceRules> {

    @Override
    public Class<SetGrievanceRules> commandType() {
        return SetGrievanceRules.class;
    }

    @Override
    public Set<ActorRole> permittedRoles() {
        return EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE);
    }

    @Override
    public List<EventDraft> handle(SetGrievanceRules command, LedgerState state) {
        Problems problems = new Problems();
        boolean known = state.hasProjection(ProgrammeRegistry.class)
                && state.projection(ProgrammeRegistry.class).programme(command.programmeId()).isPresent();
        problems.check(!known, ProgrammeErrorCode.PROGRAMME_UNKNOWN, "programmeId", command.programmeId());
        GrievanceRules.check(problems, command.daysToAnswer(), command.daysToClose());
        problems.check(command.decision().isBlank(), CoreErrorCode.VALUE_BLANK, "decision");
        problems.throwIfAny();
        return List.of(EventDraft.of(command, GrievanceRulesSet.builder().from((GrievanceRulesFacts) command).build()));
    }
}
