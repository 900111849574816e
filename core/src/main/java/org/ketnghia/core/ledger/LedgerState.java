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
}
