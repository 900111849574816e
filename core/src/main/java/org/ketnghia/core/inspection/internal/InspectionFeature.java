package org.ketnghia.core.inspection.internal;

import java.util.List;
import org.ketnghia.core.inspection.ActionClosed;
import org.ketnghia.core.inspection.ClosureReviewed;
import org.ketnghia.core.inspection.InspectionRecorded;
import org.ketnghia.core.inspection.InspectionRegistry;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.ProjectionDefinition;
import org.ketnghia.core.spi.LedgerFeature;
import org.ketnghia.core.spi.PilotModelContext;

/**
 * The inspections feature (<i>kiểm tra, giám sát, phúc tra</i>) of the core: recording inspections with their
 * findings and required actions, closing actions, reviewing closures at a re-check, and the {@link
 * InspectionRegistry} projection.
 *
 * <p>Stateless and thread-safe; construct it with the public no-arg constructor.
 */
public final class InspectionFeature implements LedgerFeature {

    /** Creates the feature. */
    public InspectionFeature() {
    }

    @Override
    public List<Class<? extends LedgerEvent>> eventTypes() {
        return List.of(InspectionRecorded.class, ActionClosed.class, ClosureReviewed.class);
    }

    @Override
    public List<CommandHandler<?>> commandHandlers(PilotModelContext context) {
        return List.of(new RecordInspectionHandler(), new CloseActionHandler(), new ReviewClosureHandler());
    }

    @Override
    public List<ProjectionDefinition<?>> projections() {
        return List.of(ProjectionDefinition.of(InspectionRegistry.class, InspectionRegistry::new,
                InspectionRegistry.SNAPSHOT_FORM));
    }
}
