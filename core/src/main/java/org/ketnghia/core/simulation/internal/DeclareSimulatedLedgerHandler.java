package org.ketnghia.core.simulation.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.simulation.DeclareSimulatedLedger;
import org.ketnghia.core.simulation.SimulatedLedgerDeclared;
import org.ketnghia.core.simulation.SimulatedLedgerFacts;
import org.ketnghia.core.simulation.SimulationErrorCode;

/** Validates {@link DeclareSimulatedLedger} and records {@link SimulatedLedgerDeclared} as the ledger's first event. */
public final class DeclareSimulatedLedgerHandler implements CommandHandler<DeclareSimulatedLedger> {

    @Override
    public Class<DeclareSimulatedLedger> commandType() {
        return DeclareSimulatedLedger.class;
    }

    @Override
    public Set<ActorRole> permittedRoles() {
        return EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE);
    }

    @Override
    public List<EventDraft> handle(DeclareSimulatedLedger command, LedgerState state) {
        Problems problems = new Problems();
        problems.check(state.lastSequence() != 0, SimulationErrorCode.SIMULATION_LEDGER_NOT_EMPTY, "ledger",
                state.lastSequence());
        problems.check(command.descriptionVi().isBlank(), CoreErrorCode.VALUE_BLANK, "descriptionVi");
        problems.throwIfAny();
        return List.of(EventDraft.of(command,
                SimulatedLedgerDeclared.builder().from((SimulatedLedgerFacts) command).build()));
    }
}
