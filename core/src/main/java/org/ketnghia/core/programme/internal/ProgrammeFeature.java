package org.ketnghia.core.programme.internal;

import java.util.List;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.ProjectionDefinition;
import org.ketnghia.core.programme.AllotmentAdjusted;
import org.ketnghia.core.programme.ModelReplicated;
import org.ketnghia.core.programme.ProgrammeDeclared;
import org.ketnghia.core.programme.ProgrammeRegistry;
import org.ketnghia.core.spi.LedgerFeature;
import org.ketnghia.core.spi.PilotModelContext;

/**
 * The programme feature of the core (<i>kế hoạch kết nghĩa</i>): declaring a programme with its scope,
 * targets, norms and allotments, approving adjustments of allotments, recording the replication of a
 * model, and the {@link ProgrammeRegistry} projection.
 *
 * <p>Stateless and thread-safe; construct it with the public no-arg constructor.
 */
public final class ProgrammeFeature implements LedgerFeature {

    /** Creates the feature. */
    public ProgrammeFeature() {
    }

    @Override
    public List<Class<? extends LedgerEvent>> eventTypes() {
        return List.of(ProgrammeDeclared.class, AllotmentAdjusted.class, ModelReplicated.class);
    }

    @Override
    public List<CommandHandler<?>> commandHandlers(PilotModelContext context) {
        return List.of(new DeclareProgrammeHandler(), new AdjustAllotmentHandler(), new RecordReplicationHandler());
    }

    @Override
    public List<ProjectionDefinition<?>> projections() {
        return List.of(ProjectionDefinition.of(ProgrammeRegistry.class, ProgrammeRegistry::new,
                ProgrammeRegistry.SNAPSHOT_FORM));
    }
}
