package org.ketnghia.core.disclosure.internal;

import java.util.List;
import org.ketnghia.core.disclosure.SupportLedger;
import org.ketnghia.core.ledger.ProjectionDefinition;
import org.ketnghia.core.spi.LedgerFeature;

/**
 * The disclosure feature of the ledger: it records nothing itself and maintains the {@link
 * SupportLedger}, which collects the {@link BeneficiarySupport} events of every pilot model and the
 * public facts of the participant feature's households. Stateless and thread-safe.
 */
public final class DisclosureFeature implements LedgerFeature {

    /** The feature. */
    public DisclosureFeature() {
    }

    @Override
    public List<ProjectionDefinition<?>> projections() {
        return List.of(ProjectionDefinition.of(SupportLedger.class, SupportLedger::new, SupportLedger.SNAPSHOT_FORM));
    }
}
