package org.ketnghia.core.simulation;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * The ledger was declared simulated (<i>sổ cái mô phỏng</i>) by its first event: everything in it was
 * produced by a simulator's trace, and every output built from it is marked {@link LedgerOrigin#MARK}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(SimulatedLedgerDeclared.TYPE)
@JsonSerialize(as = ImmutableSimulatedLedgerDeclared.class)
@JsonDeserialize(as = ImmutableSimulatedLedgerDeclared.class)
public abstract class SimulatedLedgerDeclared implements LedgerEvent, SimulatedLedgerFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "simulation.simulated-ledger-declared";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SimulatedLedgerDeclared}; obtain one with {@link SimulatedLedgerDeclared#builder()}. */
    public static final class Builder extends ImmutableSimulatedLedgerDeclared.Builder {
    }
}
