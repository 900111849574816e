package org.ketnghia.core.ledger;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Validates one type of {@link Command} against the current state and turns it into events.
 *
 * <p>{@link #handle} must not change anything: it reads projections through {@link LedgerState},
 * throws {@link org.ketnghia.core.error.KetnghiaException} with every problem it finds when the
 * command breaks a rule, and otherwise returns the events to append. The ledger appends them
 * atomically and then applies them to every projection. It is called with the ledger's write
 * lock held, so it sees a consistent state and must not call back into the ledger.
 *
 * @param <C> the command type
 */
public interface CommandHandler<C extends Command> {

    /** The command type this handler accepts. */
    Class<C> commandType();

    /**
     * Validates {@code command} and returns the events it produces (at least one).
     *
     * @throws org.ketnghia.core.error.KetnghiaException if the command breaks a rule
     */
    List<EventDraft> handle(C command, LedgerState state);

    /**
     * The roles that may record this command; the {@link PermissionPolicy} also checks their
     * scope. By default the provincial, district and commune committees and the system.
     */
    default Set<ActorRole> permittedRoles() {
        return EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE, ActorRole.DISTRICT_OFFICE,
                ActorRole.COMMUNE_COMMITTEE);
    }
}
