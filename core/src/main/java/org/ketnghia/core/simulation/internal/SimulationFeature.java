package org.ketnghia.core.simulation.internal;

import java.util.List;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.ProjectionDefinition;
import org.ketnghia.core.simulation.LedgerOrigin;
import org.ketnghia.core.simulation.SimulatedLedgerDeclared;
import org.ketnghia.core.spi.LedgerFeature;
import org.ketnghia.core.spi.PilotModelContext;

/**
 * The simulation feature of the core: declaring a ledger simulated (<i>sổ cái mô phỏng</i>) by its first
 * event, and the {@link LedgerOrigin} projection every output reads to mark simulated figures.
 *
 * <p>Stateless and thread-safe; construct it with the public no-arg constructor.
 */
public final class SimulationFeature implements LedgerFeature {

    /** Creates the feature. */
    public SimulationFeature() {
    }

    @Override
    public List<Class<? extends LedgerEvent>> eventTypes() {
        return List.of(SimulatedLedgerDeclared.class);
    }

    @Override
    public List<CommandHandler<?>> commandHandlers(PilotModelContext context) {
        return List.of(new DeclareSimulatedLedgerHandler());
    }

    @Override
    public List<ProjectionDefinition<?>> projections() {
        return List.of(ProjectionDefinition.of(LedgerOrigin.class, LedgerOrigin::new, LedgerOrigin.SNAPSHOT_FORM));
    }
}
