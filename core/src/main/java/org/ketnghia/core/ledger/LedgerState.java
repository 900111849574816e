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

    /** The administrative units. */
    AdministrativeRegistry administrativeUnits();

    /** Sequence of the last recorded event, 0 for an empty ledger. */
    long lastSequence();
}
