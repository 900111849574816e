package org.ketnghia.core.ledger;

import org.ketnghia.core.admin.AdministrativeRegistry;

/**
 * What a {@link CommandHandler} may read while validating a command: the projections, the
 * administrative units, and the position of the ledger. Valid only during the handler call.
 */
public interface LedgerState {

    /**
     * The projection of the given type.
     *
     * @throws org.ketnghia.core.error.KetnghiaException {@link LedgerErrorCode#LEDGER_UNKNOWN_PROJECTION}
     *     if no feature registered it
     */
    <P extends Projection> P projection(Class<P> type);

    /** Whether a feature registered the projection of the given type. */
    default boolean hasProjection(Class<? extends Projection> type) {
        try {
            projection(type);
            return true;
        } catch (org.ketnghia.core.error.KetnghiaException unknown) {
            return false;
        }
    }

    /** The administrative units. */
    AdministrativeRegistry administrativeUnits();

    /** Sequence of the last recorded event, 0 for an empty ledger. */
    long lastSequence();

    /**
     * The programme the command is recorded for ({@link ProgrammeLedger}); empty for a command recorded
     * for no programme in particular.
     */
    default java.util.Optional<String> programmeId() {
        return java.util.Optional.empty();
    }

    /**
     * Runs {@code command} through the checks {@link Ledger#submit} makes — its actor's permission, its
     * unit and date, its handler's validation — against this state, and returns the events it would
     * record, appending nothing and holding nothing back ({@link SubmissionHold}). For a handler that
     * records another command's events together with its own, such as an approval (<i>phê duyệt</i>)
     * of a command held for a second person.
     *
     * @throws org.ketnghia.core.error.KetnghiaException with the command's problems if it is refused or
     *     breaks a rule; {@link LedgerErrorCode#LEDGER_CHECK_UNAVAILABLE} if this state cannot check
     *     commands (a hand-written state of a test)
     */
    default java.util.List<EventDraft> check(Command command) {
        throw org.ketnghia.core.error.KetnghiaException.of(LedgerErrorCode.LEDGER_CHECK_UNAVAILABLE, "command",
                JsonTypeRegistry.typeIdOf(command.getClass()));
    }

    /**
     * The reasons the ledger's {@link PermissionPolicy} gives for refusing {@code actor} to record {@code
     * command} with the roles the command's handler permits; empty when {@code actor} may.
     *
     * @throws org.ketnghia.core.error.KetnghiaException {@link LedgerErrorCode#LEDGER_CHECK_UNAVAILABLE}
     *     if this state cannot check commands
     */
    default java.util.List<org.ketnghia.core.error.Problem> refusals(Actor actor, Command command) {
        throw org.ketnghia.core.error.KetnghiaException.of(LedgerErrorCode.LEDGER_CHECK_UNAVAILABLE, "command",
                JsonTypeRegistry.typeIdOf(command.getClass()));
    }
}
