package org.ketnghia.core.twinning.internal;

import java.util.ArrayList;
import java.util.List;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.ProjectionDefinition;
import org.ketnghia.core.spi.LedgerFeature;
import org.ketnghia.core.spi.PilotModelContext;
import org.ketnghia.core.twinning.AgreementEnded;
import org.ketnghia.core.twinning.AgreementModelsAmended;
import org.ketnghia.core.twinning.AgreementSigned;
import org.ketnghia.core.twinning.ModelPlanAmended;
import org.ketnghia.core.twinning.ModelPlanApproved;
import org.ketnghia.core.twinning.ModelPlanRecorded;
import org.ketnghia.core.twinning.ModelPlanRegistry;
import org.ketnghia.core.twinning.SponsorRegistered;
import org.ketnghia.core.twinning.TaskTeamDissolved;
import org.ketnghia.core.twinning.TaskTeamFormed;
import org.ketnghia.core.twinning.TaskTeamMemberAdded;
import org.ketnghia.core.twinning.TaskTeamMemberRemoved;
import org.ketnghia.core.twinning.TaskTeamRegistry;
import org.ketnghia.core.twinning.TwinningRegistry;

/**
 * The twinning feature (<i>công tác kết nghĩa</i>) of the core: registering sponsors, signing,
 * amending and ending twinning agreements, and the {@link TwinningRegistry} projection; the communes'
 * task teams (<i>Tổ công tác kết nghĩa</i>, {@link TaskTeamRegistry}) and model plans
 * (<i>phương án</i>, {@link ModelPlanRegistry}).
 *
 * <p>Stateless and thread-safe; construct it with the public no-arg constructor.
 */
public final class TwinningFeature implements LedgerFeature {

    /** Creates the feature. */
    public TwinningFeature() {
    }

    @Override
    public List<Class<? extends LedgerEvent>> eventTypes() {
        return List.of(SponsorRegistered.class, AgreementSigned.class, AgreementModelsAmended.class, AgreementEnded.class,
                TaskTeamFormed.class, TaskTeamMemberAdded.class, TaskTeamMemberRemoved.class, TaskTeamDissolved.class,
                ModelPlanRecorded.class,
                ModelPlanAmended.class, ModelPlanApproved.class);
    }

    @Override
    public List<CommandHandler<?>> commandHandlers(PilotModelContext context) {
        List<CommandHandler<?>> handlers = new ArrayList<>(List.of(new RegisterSponsorHandler(), new SignAgreementHandler(),
                new AmendAgreementModelsHandler(), new EndAgreementHandler()));
        handlers.addAll(TaskTeamHandlers.all());
        handlers.addAll(ModelPlanHandlers.all());
        return List.copyOf(handlers);
    }

    @Override
    public List<ProjectionDefinition<?>> projections() {
        return List.of(ProjectionDefinition.of(TwinningRegistry.class, TwinningRegistry::new, TwinningRegistry.SNAPSHOT_FORM),
                ProjectionDefinition.of(TaskTeamRegistry.class, TaskTeamRegistry::new, TaskTeamRegistry.SNAPSHOT_FORM),
                ProjectionDefinition.of(ModelPlanRegistry.class, ModelPlanRegistry::new, ModelPlanRegistry.SNAPSHOT_FORM));
    }
}
