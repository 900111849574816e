package org.ketnghia.core.runtime;

import org.ketnghia.core.privacy.internal.PrivacyFeature;

import java.util.List;
import org.ketnghia.core.approval.internal.ApprovalFeature;
import org.ketnghia.core.disclosure.internal.DisclosureFeature;
import org.ketnghia.core.duty.internal.DutyFeature;
import org.ketnghia.core.funding.internal.FundingFeature;
import org.ketnghia.core.grievance.internal.GrievanceFeature;
import org.ketnghia.core.inspection.internal.InspectionFeature;
import org.ketnghia.core.participant.internal.ParticipantsFeature;
import org.ketnghia.core.programme.internal.ProgrammeFeature;
import org.ketnghia.core.simulation.internal.SimulationFeature;
import org.ketnghia.core.spi.LedgerFeature;
import org.ketnghia.core.twinning.internal.TwinningFeature;

/** The core's own ledger features, installed in every runtime before the pilot models. */
final class CoreFeatures {

    private CoreFeatures() {
    }

    static List<LedgerFeature> all() {
        return List.of(new ParticipantsFeature(), new TwinningFeature(), new ProgrammeFeature(), new FundingFeature(),
                new DisclosureFeature(), new GrievanceFeature(), new DutyFeature(), new InspectionFeature(),
                new ApprovalFeature(), new SimulationFeature(), new PrivacyFeature());
    }
}
