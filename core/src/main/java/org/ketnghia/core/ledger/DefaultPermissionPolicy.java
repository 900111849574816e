package org.ketnghia.core.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.Problem;

/**
 * The permission rules a provincial programme starts with:
 * <ul>
 *   <li>auditors and the public never record;
 *   <li>the actor's role must be one the command's handler permits;
 *   <li>an actor with a unit scope records only for that unit or units within it, as of the date
 *       the command happened (a district office could record for its communes until the district
 *       level was abolished on 1 July 2025); the provincial committee and the system need no scope;
 *   <li>a sponsor records only on its own behalf: its scope must name the command's sponsor.
 * </ul>
 * Stateless and thread-safe.
 */
public final class DefaultPermissionPolicy implements PermissionPolicy {

    @Override
    public List<Problem> refusals(PermissionRequest request) {
        Actor actor = request.actor();
        Command command = request.command();
        if (!actor.role().mayRecord()) {
            return List.of(Problem.of(LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY, "actor.role", actor.role()));
        }
        boolean rolePermitted = request.permittedRoles().contains(actor.role());
        if (rolePermitted && actor.scopeUnit().isEmpty()
                && (actor.role() == ActorRole.SYSTEM || actor.role() == ActorRole.PROVINCIAL_COMMITTEE)) {
            return List.of(); // the usual case of a province recording: nothing to look up, nothing to allocate
        }
        List<Problem> refusals = new ArrayList<>();
        if (!rolePermitted) {
            refusals.add(Problem.of(LedgerErrorCode.LEDGER_PERMISSION_ROLE, "actor.role", actor.role(),
                    JsonTypeRegistry.typeIdOf(command.getClass())));
        }
        switch (actor.role()) {
            case SYSTEM, PROVINCIAL_COMMITTEE -> {
                if (actor.scopeUnit().isPresent()) {
                    checkUnitScope(request, actor.scopeUnit().get(), refusals);
                }
            }
            case DISTRICT_OFFICE, COMMUNE_COMMITTEE, GROUP_LEADER -> {
                if (actor.scopeUnit().isEmpty()) {
                    refusals.add(Problem.of(LedgerErrorCode.LEDGER_SCOPE_MISSING, "actor.scopeUnit", actor.role()));
                } else {
                    checkUnitScope(request, actor.scopeUnit().get(), refusals);
                }
            }
            case SPONSOR -> checkSponsorScope(actor, command.sponsorId(), refusals);
            default -> {
                // AUDITOR and PUBLIC were refused above
            }
        }
        return refusals;
    }

    private static void checkUnitScope(PermissionRequest request, String scope, List<Problem> refusals) {
        Command command = request.command();
        if (!request.administrativeUnits().isWithin(command.unitCode(), scope, command.occurredOn())) {
            refusals.add(Problem.of(LedgerErrorCode.LEDGER_PERMISSION_SCOPE, "unitCode", request.actor().name(), scope,
                    command.unitCode()));
        }
    }

    private static void checkSponsorScope(Actor actor, Optional<String> commandSponsor, List<Problem> refusals) {
        if (actor.scopeSponsor().isEmpty()) {
            refusals.add(Problem.of(LedgerErrorCode.LEDGER_SCOPE_MISSING, "actor.scopeSponsor", actor.role()));
        } else if (!commandSponsor.equals(actor.scopeSponsor())) {
            refusals.add(Problem.of(LedgerErrorCode.LEDGER_PERMISSION_SPONSOR, "sponsorId", actor.scopeSponsor().get(),
                    commandSponsor.orElse("—")));
        }
    }
}
