package org.ketnghia.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.startup.project.ApplicationApproved;
import org.ketnghia.startup.project.ApplicationRejected;
import org.ketnghia.startup.project.ApplicationScreened;
import org.ketnghia.startup.project.ApplicationSubmitted;
import org.ketnghia.startup.project.ApprovalAmended;
import org.ketnghia.startup.project.CallOpened;
import org.ketnghia.startup.project.FollowUpRecorded;
import org.ketnghia.startup.project.MilestoneReached;
import org.ketnghia.startup.project.ProjectClosed;
import org.ketnghia.startup.project.StartupProjects;
import org.ketnghia.startup.project.TrancheDisbursed;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.contract.SnapshotFormCheck;

/**
 * The snapshot form of {@link StartupProjects}: restored from its saved JSON at every event of the contract's samples
 * (calls, applications, screening, approvals and an amendment, rejections, milestones, tranches, follow-ups,
 * closures), it answers as the folded projection does and, fed the rest of the events, saves exactly what a full
 * replay saves.
 */
class SnapshotFormsTest {

    private final StartupContractTest contract = new StartupContractTest();
    private final PilotModel model = contract.model();
    private final KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(contract.units())
            .addModel(model).clock(Fixtures.CLOCK).build();
    private final List<EventEnvelope> events = recorded();

    private List<EventEnvelope> recorded() {
        contract.acceptedCommands().forEach(runtime.ledger()::submit);
        return runtime.ledger().store().readAll();
    }

    @Test
    void startupProjects_restoredAtEveryEvent_continueAsAFullReplay() {
        for (Class<?> type : List.of(CallOpened.class, ApplicationSubmitted.class, ApplicationScreened.class,
                ApplicationApproved.class, ApprovalAmended.class, ApplicationRejected.class, MilestoneReached.class,
                TrancheDisbursed.class, FollowUpRecorded.class, ProjectClosed.class)) {
            assertThat(payloads(type)).as(type.getSimpleName()).isNotEmpty();
        }

        SnapshotFormCheck.of(runtime.objectMapper(), model, StartupProjects.class, this::answers).checkEveryCut(events);
    }

    private List<Object> answers(StartupProjects projects) {
        List<Object> answers = new ArrayList<>();
        answers.add(projects.calls());
        answers.add(projects.projects());
        TreeSet<String> callIds = new TreeSet<>(List.of("no-such-call"));
        payloads(CallOpened.class).forEach(opened -> callIds.add(opened.callId()));
        for (String callId : callIds) {
            answers.addAll(List.of(projects.call(callId), projects.projectsOf(callId), projects.approvedIn(callId),
                    projects.isIdUsed(callId)));
        }
        for (ApplicationSubmitted submitted : payloads(ApplicationSubmitted.class)) {
            String id = submitted.applicationId();
            answers.addAll(List.of(projects.project(id), projects.amendments(id), projects.isIdUsed(id),
                    projects.applicationOf(submitted.callId(), submitted.applicantKind(), submitted.applicantId())));
            for (int tranche = 1; tranche <= 4; tranche++) {
                answers.add(projects.paidInTranche(id, tranche));
            }
        }
        return answers;
    }

    private <T> List<T> payloads(Class<T> type) {
        return events.stream().map(EventEnvelope::payload).filter(type::isInstance).map(type::cast).toList();
    }
}
