package org.ketnghia.core.approval.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.ketnghia.core.approval.ApprovalGranted;
import org.ketnghia.core.approval.ApprovalRegister;
import org.ketnghia.core.approval.ApprovalRejected;
import org.ketnghia.core.approval.ApprovalRequested;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventUpcaster;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.ProjectionDefinition;
import org.ketnghia.core.participant.MergeHouseholds;
import org.ketnghia.core.participant.RetiredMergeShape;
import org.ketnghia.core.spi.LedgerFeature;
import org.ketnghia.core.spi.PilotModelContext;

/**
 * The approval feature of the core (<i>phê duyệt bốn mắt</i>): requests, approvals and rejections, and the
 * {@link ApprovalRegister} projection. What is held comes from the host's policy through {@link ApprovalHold}.
 *
 * <p>Stateless and thread-safe; construct it with the public no-arg constructor.
 */
public final class ApprovalFeature implements LedgerFeature {

    /** Creates the feature. */
    public ApprovalFeature() {
    }

    @Override
    public List<Class<? extends LedgerEvent>> eventTypes() {
        return List.of(ApprovalRequested.class, ApprovalGranted.class, ApprovalRejected.class);
    }

    /**
     * A request recorded at version 1 may hold a merge in its retired shape ({@code relations}): it is read in today's
     * ({@link ApprovalRequested}).
     */
    @Override
    public List<EventUpcaster> eventUpcasters() {
        return List.of(EventUpcaster.nextVersion(ApprovalRequested.TYPE, 1, ApprovalFeature::heldMergeInTodaysShape));
    }

    private static void heldMergeInTodaysShape(ObjectNode request) {
        if (request.get("command") instanceof ObjectNode command
                && MergeHouseholds.TYPE.equals(command.path("type").asText()) && command.has("relations")) {
            RetiredMergeShape.toAbsorbedMembers(command);
        }
    }

    @Override
    public List<CommandHandler<?>> commandHandlers(PilotModelContext context) {
        return List.of(new ApproveRequestHandler(context.clock()), new RejectRequestHandler(context.clock()));
    }

    @Override
    public List<ProjectionDefinition<?>> projections() {
        return List.of(ProjectionDefinition.of(ApprovalRegister.class, ApprovalRegister::new, ApprovalRegister.SNAPSHOT_FORM));
    }
}
