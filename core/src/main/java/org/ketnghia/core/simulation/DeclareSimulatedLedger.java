package org.ketnghia.core.simulation;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Declares that the ledger holds simulated data (<i>dữ liệu mô phỏng</i>): a trace, not a programme's
 * real records. Accepted only as the ledger's first event, so that the fact travels with every event
 * after it; from then on every output built from the ledger carries {@link LedgerOrigin#MARK}.
 * Rejected when the ledger already holds events or the description is blank.
 *
 * <p>Recorded by the system or the provincial committee. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(DeclareSimulatedLedger.TYPE)
@JsonSerialize(as = ImmutableDeclareSimulatedLedger.class)
@JsonDeserialize(as = ImmutableDeclareSimulatedLedger.class)
public abstract class DeclareSimulatedLedger implements Command, SimulatedLedgerFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "simulation.declare-simulated-ledger";

    @Override
    public abstract Actor actor();

    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DeclareSimulatedLedger}; obtain one with {@link DeclareSimulatedLedger#builder()}. */
    public static final class Builder extends ImmutableDeclareSimulatedLedger.Builder {
    }
}
