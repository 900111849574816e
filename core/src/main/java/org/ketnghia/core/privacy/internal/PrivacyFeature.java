package org.ketnghia.core.privacy.internal;

import java.util.List;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.privacy.DataSubjectErased;
import org.ketnghia.core.privacy.LedgerEncrypted;
import org.ketnghia.core.spi.LedgerFeature;
import org.ketnghia.core.spi.PilotModelContext;

/** The personal-data feature of the core: recording erasures ({@link DataSubjectErased}) and the start of a ledger
 * migrated to encryption ({@link LedgerEncrypted}). Stateless. */
public final class PrivacyFeature implements LedgerFeature {

    /** Creates the feature. */
    public PrivacyFeature() {
    }

    @Override
    public List<Class<? extends LedgerEvent>> eventTypes() {
        return List.of(DataSubjectErased.class, LedgerEncrypted.class);
    }

    @Override
    public List<CommandHandler<?>> commandHandlers(PilotModelContext context) {
        return List.of(new EraseDataSubjectHandler());
    }
}
