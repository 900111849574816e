package org.ketnghia.startup.project.internal;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.startup.StartupConfiguration;

/** The start-up model's command handlers, one per command type; stateless apart from the configuration. */
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
                new ProjectHandlers.CloseProjectHandler(), new ProjectHandlers.AmendApprovalHandler(configuration));
    }
}
