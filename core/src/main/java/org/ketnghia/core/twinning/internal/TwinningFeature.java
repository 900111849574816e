package org.ketnghia.core.twinning.internal;

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
import org.ketnghia.core.twinning.SponsorRegistered;
import org.ketnghia.core.twinning.TwinningRegistry;

/**
 * The twinning feature (<i>công tác kết nghĩa</i>) of the core: registering sponsors, signing,
 * amending and ending twinning agreements, and the {@link TwinningRegistry} projection.
 *
 * <p>Stateless and thread-safe; construct it with the public no-arg constructor.
 */
public final class TwinningFeature implements LedgerFeature {

    /** Creates the feature. */
    public TwinningFeature() {
    }

    @Override
    public List<Class<? extends LedgerEvent>> eventTypes() {
        return List.of(SponsorRegistered.class, AgreementSigned.class, AgreementModelsAmended.class, AgreementEnded.class);
    }

    @Override
    public List<CommandHandler<?>> commandHandlers(PilotModelContext context) {
        return List.of(new RegisterSponsorHandler(), new SignAgreementHandler(), new AmendAgreementModelsHandler(),
                new EndAgreementHandler());
    }

    @Override
    public List<ProjectionDefinition<?>> projections() {
        return List.of(ProjectionDefinition.of(TwinningRegistry.class, TwinningRegistry::new));
    }
}
