package org.ketnghia.core.grievance.internal;

import java.util.List;
import org.ketnghia.core.grievance.ComplaintAnswered;
import org.ketnghia.core.grievance.ComplaintAssigned;
import org.ketnghia.core.grievance.ComplaintClosed;
import org.ketnghia.core.grievance.ComplaintReceived;
import org.ketnghia.core.grievance.CorrectionRequested;
import org.ketnghia.core.grievance.GrievanceRegister;
import org.ketnghia.core.grievance.GrievanceRulesSet;
import org.ketnghia.core.grievance.ListPosted;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.ProjectionDefinition;
import org.ketnghia.core.spi.LedgerFeature;
import org.ketnghia.core.spi.PilotModelContext;

/**
 * The grievance feature of the core (<i>niêm yết công khai, tiếp nhận và giải quyết phản ánh</i>): setting the
 * deadlines, recording postings, and receiving, assigning, answering and closing complaints, with the {@link
 * GrievanceRegister} projection.
 *
 * <p>Stateless and thread-safe; construct it with the public no-arg constructor.
 */
public final class GrievanceFeature implements LedgerFeature {

    /** Creates the feature. */
    public GrievanceFeature() {
    }

    @Override
    public List<Class<? extends LedgerEvent>> eventTypes() {
        return List.of(GrievanceRulesSet.class, ListPosted.class, ComplaintReceived.class, ComplaintAssigned.class,
                ComplaintAnswered.class, CorrectionRequested.class, ComplaintClosed.class);
    }

    @Override
    public List<CommandHandler<?>> commandHandlers(PilotModelContext context) {
        return List.of(new SetGrievanceRulesHandler(), new RecordPostingHandler(), new ReceiveComplaintHandler(),
                new AssignComplaintHandler(), new AnswerComplaintHandler(), new RequestCorrectionHandler(),
                new CloseComplaintHandler());
    }

    @Override
    public List<ProjectionDefinition<?>> projections() {
        return List.of(ProjectionDefinition.of(GrievanceRegister.class, GrievanceRegister::new, GrievanceRegister.SNAPSHOT_FORM));
    }
}
