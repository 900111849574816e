package org.ketnghia.core.duty.internal;

import java.util.List;
import org.ketnghia.core.duty.ReportApproved;
import org.ketnghia.core.duty.ReportReopened;
import org.ketnghia.core.duty.ReportRequested;
import org.ketnghia.core.duty.ReportReturned;
import org.ketnghia.core.duty.ReportSubmitted;
import org.ketnghia.core.duty.ReportingDuties;
import org.ketnghia.core.duty.ReportingDutiesDeclared;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.ProjectionDefinition;
import org.ketnghia.core.spi.LedgerFeature;
import org.ketnghia.core.spi.PilotModelContext;

/**
 * The reporting-duty feature of the core (<i>chế độ báo cáo</i>): declaring a programme's reporting calendar,
 * requesting ad-hoc reports, submitting, approving, returning and reopening reports, and the {@link
 * ReportingDuties} projection.
 *
 * <p>Stateless and thread-safe; construct it with the public no-arg constructor.
 */
public final class DutyFeature implements LedgerFeature {

    /** Creates the feature. */
    public DutyFeature() {
    }

    @Override
    public List<Class<? extends LedgerEvent>> eventTypes() {
        return List.of(ReportingDutiesDeclared.class, ReportRequested.class, ReportSubmitted.class, ReportApproved.class,
                ReportReturned.class, ReportReopened.class);
    }

    @Override
    public List<CommandHandler<?>> commandHandlers(PilotModelContext context) {
        return List.of(new DeclareReportingDutiesHandler(), new RequestReportHandler(), new SubmitReportHandler(), new ApproveReportHandler(),
                new ReturnReportHandler(), new ReopenReportHandler());
    }

    @Override
    public List<ProjectionDefinition<?>> projections() {
        return List.of(ProjectionDefinition.of(ReportingDuties.class, ReportingDuties::new, ReportingDuties.SNAPSHOT_FORM));
    }
}
