package org.ketnghia.startup.project;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.startup.policy.StartupConfiguration;

/** The start-up model's command handlers, event and command types. Stateless apart from the configuration. */
public final class StartupHandlers {

    private StartupHandlers() {
    }

    /** One handler per command type, validating against {@code configuration}. */
    public static List<CommandHandler<?>> all(StartupConfiguration configuration) {
        requireNonNull(configuration, "configuration");
        return List.of(new CallHandlers.OpenCallHandler(), new CallHandlers.SubmitApplicationHandler(configuration),
                new CallHandlers.ScreenCallHandler(configuration),
                new ProjectHandlers.ApproveApplicationHandler(configuration),
                new ProjectHandlers.RejectApplicationHandler(), new ProjectHandlers.RecordMilestoneHandler(),
                new ProjectHandlers.DisburseTrancheHandler(configuration), new ProjectHandlers.RecordFollowUpHandler(),
                new ProjectHandlers.CloseProjectHandler());
    }

    /** Every event type of the model. */
    public static List<Class<? extends LedgerEvent>> eventTypes() {
        return List.of(CallOpened.class, ApplicationSubmitted.class, ApplicationScreened.class,
                ApplicationApproved.class, ApplicationRejected.class, MilestoneReached.class, TrancheDisbursed.class,
                FollowUpRecorded.class, ProjectClosed.class);
    }

    /** Every command type of the model. */
    public static List<Class<? extends Command>> commandTypes() {
        return List.of(OpenCall.class, SubmitApplication.class, ScreenCall.class, ApproveApplication.class,
                RejectApplication.class, RecordMilestone.class, DisburseTranche.class, RecordFollowUp.class,
                CloseProject.class);
    }
}
