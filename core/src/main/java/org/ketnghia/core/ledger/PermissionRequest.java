package org.ketnghia.core.ledger;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.ketnghia.core.admin.AdministrativeRegistry;

/**
 * What a {@link PermissionPolicy} decides on: who wants to record which command, which roles the
 * command's handler allows, and the administrative units to check scopes against.
 *
 * @param actor who wants to record
 * @param command what they want to record
 * @param permittedRoles roles the command's handler allows
 * @param administrativeUnits the unit graph, for scope checks as of the command's date
 */
public record PermissionRequest(Actor actor, Command command, Set<ActorRole> permittedRoles,
        AdministrativeRegistry administrativeUnits) {

    /** Checks that no part is missing. */
    public PermissionRequest {
        requireNonNull(actor, "actor");
        requireNonNull(command, "command");
        permittedRoles = Set.copyOf(permittedRoles);
        requireNonNull(administrativeUnits, "administrativeUnits");
    }
}
