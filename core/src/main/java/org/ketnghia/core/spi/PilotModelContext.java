package org.ketnghia.core.spi;

import java.time.Clock;
import org.ketnghia.core.admin.AdministrativeRegistry;

/**
 * The narrow view of the host a {@link LedgerFeature} or {@link PilotModel} gets: the
 * administrative units and the clock. A plugin never reaches into core internals; what it needs
 * from other features it reads through projections in {@link org.ketnghia.core.ledger.LedgerState}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface PilotModelContext {

    /** The administrative unit graph of the programme. */
    AdministrativeRegistry administrativeUnits();

    /** The clock of the host (a simulated clock in a simulation). */
    Clock clock();

    /** A context over the given units and clock. */
    static PilotModelContext of(AdministrativeRegistry administrativeUnits, Clock clock) {
        java.util.Objects.requireNonNull(administrativeUnits, "administrativeUnits");
        java.util.Objects.requireNonNull(clock, "clock");
        return new PilotModelContext() {
            @Override
            public AdministrativeRegistry administrativeUnits() {
                return administrativeUnits;
            }

            @Override
            public Clock clock() {
                return clock;
            }
        };
    }
}
