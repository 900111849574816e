package org.ketnghia.startup.project;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.ledger.SnapshotForm;
import org.ketnghia.core.money.Money;
import org.ketnghia.startup.policy.ApplicantKind;

/**
 * The calls for proposals and start-up projects folded from the ledger.
 *
 * <p>Read it through {@code ledger.read(StartupProjects.class, projects -> …)} or, in a handler,
 * through {@code state.projection(StartupProjects.class)}. Every query returns immutable snapshots;
 * "not found" is an empty {@link Optional}. Not thread-safe by itself: the ledger guards it.
 */
public final class StartupProjects implements Projection {

    private final Map<String, CallState> calls = new LinkedHashMap<>();
    private final Map<String, ProjectState> projects = new LinkedHashMap<>();
    private final Set<String> usedIds = new HashSet<>();

    /** An empty projection; the ledger fills it. */
    public StartupProjects() {
    }

    /** How this projection is saved in a snapshot (<i>ảnh chụp trạng thái</i>) and restored from it. */
    public static SnapshotForm<StartupProjects, ?> snapshotForm() {
        // an amended approval is rebuilt through ApplicationApproved's generated builder: its checks shape the state
        return SnapshotForm.of(StartupProjectsState.class, StartupProjects::save, StartupProjects::restore)
                .covering(ApplicationApproved.class);
    }

    private StartupProjectsState save() {
        return new StartupProjectsState(calls.values().stream().map(CallState::save).toList(),
                projects.values().stream().map(ProjectState::save).toList());
    }

    private static StartupProjects restore(StartupProjectsState state) {
        StartupProjects restored = new StartupProjects();
        for (StartupProjectsState.Call saved : state.calls()) {
            CallState call = new CallState(saved.call(), saved.unitCode(), saved.openedOn());
            call.applicationIds.addAll(saved.applicationIds());
            call.screened = saved.screened();
            restored.calls.put(saved.call().callId(), call);
            restored.usedIds.add(saved.call().callId());
        }
        for (StartupProjectsState.Project saved : state.projects()) {
            restored.projects.put(saved.application().applicationId(), ProjectState.restore(saved));
            restored.usedIds.add(saved.application().applicationId());
        }
        return restored;
    }

    @Override
    public void apply(EventEnvelope event) {
        Object payload = event.payload();
        if (payload instanceof CallOpened opened) {
            calls.put(opened.callId(), new CallState(opened, event.unitCode(), event.occurredOn()));
            usedIds.add(opened.callId());
        } else if (payload instanceof ApplicationSubmitted submitted) {
            projects.put(submitted.applicationId(), new ProjectState(submitted, event.unitCode(), event.occurredOn()));
            usedIds.add(submitted.applicationId());
            CallState call = calls.get(submitted.callId());
            if (call != null) {
                call.applicationIds.add(submitted.applicationId());
            }
        } else if (payload instanceof ApplicationScreened screened) {
            CallState call = calls.get(screened.callId());
            if (call != null) {
                call.screened = true;
            }
            withProject(screened.applicationId(), project -> {
                project.screening = screened;
                project.status = screened.eligible() ? ApplicationStatus.ELIGIBLE : ApplicationStatus.INELIGIBLE;
            });
        } else if (payload instanceof ApplicationApproved approved) {
            withProject(approved.applicationId(), project -> {
                project.approval = approved;
                project.approvedOn = event.occurredOn();
                project.status = ApplicationStatus.APPROVED;
            });
        } else if (payload instanceof ApprovalAmended amended) {
            withProject(amended.applicationId(), project -> {
                if (project.approval != null) {
                    project.amendments.add(new ApprovalAmendment(event.occurredOn(), event.sequence(), project.approval,
                            amended));
                    project.approval = ApplicationApproved.builder().from(project.approval)
                            .approvedItems(amended.approvedItems()).milestones(amended.milestones())
                            .tranches(amended.tranches()).aboveNormJustification(amended.aboveNormJustification())
                            .build();
                }
            });
        } else if (payload instanceof ApplicationRejected rejected) {
            withProject(rejected.applicationId(), project -> project.status = ApplicationStatus.REJECTED);
        } else if (payload instanceof MilestoneReached reached) {
            withProject(reached.applicationId(), project -> project.milestones.add(reached.milestoneId()));
        } else if (payload instanceof TrancheDisbursed paid) {
            withProject(paid.applicationId(), project -> {
                project.byTranche.merge(paid.trancheNumber(), paid.value(), Money::plus);
                paid.items().forEach(item -> project.byTrancheItem.computeIfAbsent(paid.trancheNumber(),
                        number -> new HashMap<>()).merge(item.itemId(), item.amount(), Money::plus));
                paid.items().forEach(item -> project.byItem.merge(item.itemId(), item.amount(), Money::plus));
            });
        } else if (payload instanceof FollowUpRecorded followUp) {
            withProject(followUp.applicationId(), project -> project.followUps.put(followUp.year(), followUp));
        } else if (payload instanceof ProjectClosed closed) {
            withProject(closed.applicationId(), project -> {
                project.closure = closed;
                project.status = closed.outcome() == ProjectOutcome.COMPLETED ? ApplicationStatus.COMPLETED
                        : ApplicationStatus.FAILED;
            });
        }
    }

    private void withProject(String applicationId, java.util.function.Consumer<ProjectState> change) {
        ProjectState project = projects.get(applicationId);
        if (project != null) {
            change.accept(project);
        }
    }

    /** Whether a call or application already has that id. */
    public boolean isIdUsed(String id) {
        return usedIds.contains(requireNonNull(id, "id"));
    }

    /** The call with that id. */
    public Optional<CallForProposals> call(String callId) {
        return Optional.ofNullable(calls.get(requireNonNull(callId, "callId"))).map(CallState::snapshot);
    }

    /** Every call in the order opened; immutable. */
    public List<CallForProposals> calls() {
        return calls.values().stream().map(CallState::snapshot).toList();
    }

    /** The project of the application with that id. */
    public Optional<StartupProject> project(String applicationId) {
        return Optional.ofNullable(projects.get(requireNonNull(applicationId, "applicationId")))
                .map(ProjectState::snapshot);
    }

    /** Every project in the order filed; immutable. */
    public List<StartupProject> projects() {
        return projects.values().stream().map(ProjectState::snapshot).toList();
    }

    /** The projects of a call in the order filed; immutable. */
    public List<StartupProject> projectsOf(String callId) {
        requireNonNull(callId, "callId");
        CallState call = calls.get(callId);
        if (call == null) {
            return List.of();
        }
        return call.applicationIds.stream().map(id -> projects.get(id).snapshot()).toList();
    }

    /** The application an applicant already filed in a call, if any. */
    public Optional<StartupProject> applicationOf(String callId, ApplicantKind kind, String applicantId) {
        return projectsOf(callId).stream().filter(project -> project.application().applicantKind() == kind
                && project.application().applicantId().equals(applicantId)).findFirst();
    }

    /**
     * The amendments of a project's approval, oldest first, each with the approval in force before it (the first
     * one's is the approval as decided); empty if none or no such project.
     */
    public List<ApprovalAmendment> amendments(String applicationId) {
        ProjectState project = projects.get(requireNonNull(applicationId, "applicationId"));
        return project == null ? List.of() : List.copyOf(project.amendments);
    }

    /** What a tranche of a project paid per item; empty if not paid or no such project. */
    public Map<String, Money> paidInTranche(String applicationId, int trancheNumber) {
        ProjectState project = projects.get(requireNonNull(applicationId, "applicationId"));
        if (project == null || !project.byTrancheItem.containsKey(trancheNumber)) {
            return Map.of();
        }
        return Map.copyOf(project.byTrancheItem.get(trancheNumber));
    }

    /**
     * One amendment of an approved project, as the history keeps it. Immutable.
     *
     * @param amendedOn the date of the amending decision
     * @param sequence the ledger sequence of the amendment
     * @param before the approval in force before it (items, milestones, tranches)
     * @param amendment the amendment, with its decision and reason
     */
    public record ApprovalAmendment(LocalDate amendedOn, long sequence, ApplicationApproved before,
            ApprovalAmended amendment) {

        /** Checks that no part is missing. */
        public ApprovalAmendment {
            requireNonNull(amendedOn, "amendedOn");
            requireNonNull(before, "before");
            requireNonNull(amendment, "amendment");
        }
    }

    /** The total approved in a call. */
    public Money approvedIn(String callId) {
        return Money.sum(projectsOf(callId).stream().flatMap(project -> project.approval().stream())
                .map(ApplicationApproved::approvedTotal).toList());
    }

    private static final class CallState {
        final CallOpened call;
        final String unitCode;
        final LocalDate openedOn;
        final List<String> applicationIds = new ArrayList<>();
        boolean screened;

        CallState(CallOpened call, String unitCode, LocalDate openedOn) {
            this.call = call;
            this.unitCode = unitCode;
            this.openedOn = openedOn;
        }

        CallForProposals snapshot() {
            return new CallForProposals(call, unitCode, openedOn, screened, applicationIds);
        }

        StartupProjectsState.Call save() {
            return new StartupProjectsState.Call(call, unitCode, openedOn, applicationIds, screened);
        }
    }

    private static final class ProjectState {
        final ApplicationSubmitted application;
        final String communeCode;
        final LocalDate submittedOn;
        ApplicationStatus status = ApplicationStatus.SUBMITTED;
        ApplicationScreened screening;
        ApplicationApproved approval;
        LocalDate approvedOn;
        final Set<String> milestones = new HashSet<>();
        final Map<Integer, Money> byTranche = new HashMap<>();
        final Map<String, Money> byItem = new HashMap<>();
        final Map<Integer, Map<String, Money>> byTrancheItem = new HashMap<>();
        final List<ApprovalAmendment> amendments = new ArrayList<>();
        final Map<Integer, FollowUpRecorded> followUps = new HashMap<>();
        ProjectClosed closure;

        ProjectState(ApplicationSubmitted application, String communeCode, LocalDate submittedOn) {
            this.application = application;
            this.communeCode = communeCode;
            this.submittedOn = submittedOn;
        }

        StartupProjectsState.Project save() {
            List<StartupProjectsState.TranchePaid> tranches = new ArrayList<>();
            new TreeMap<>(byTranche).forEach((number, amount) -> tranches.add(
                    new StartupProjectsState.TranchePaid(number, amount)));
            List<StartupProjectsState.ItemPaid> items = new ArrayList<>();
            new TreeMap<>(byItem).forEach((item, amount) -> items.add(new StartupProjectsState.ItemPaid(item, amount)));
            List<StartupProjectsState.TrancheItemPaid> trancheItems = new ArrayList<>();
            new TreeMap<>(byTrancheItem).forEach((number, perItem) -> new TreeMap<>(perItem).forEach((item, amount) ->
                    trancheItems.add(new StartupProjectsState.TrancheItemPaid(number, item, amount))));
            return new StartupProjectsState.Project(application, communeCode, submittedOn, status,
                    Optional.ofNullable(screening), Optional.ofNullable(approval), Optional.ofNullable(approvedOn),
                    new TreeSet<>(milestones).stream().toList(), tranches, items, trancheItems, amendments,
                    List.copyOf(new TreeMap<>(followUps).values()), Optional.ofNullable(closure));
        }

        static ProjectState restore(StartupProjectsState.Project saved) {
            ProjectState project = new ProjectState(saved.application(), saved.communeCode(), saved.submittedOn());
            project.status = saved.status();
            project.screening = saved.screening().orElse(null);
            project.approval = saved.approval().orElse(null);
            project.approvedOn = saved.approvedOn().orElse(null);
            project.milestones.addAll(saved.milestones());
            saved.byTranche().forEach(paid -> project.byTranche.put(paid.trancheNumber(), paid.amount()));
            saved.byItem().forEach(paid -> project.byItem.put(paid.itemId(), paid.amount()));
            saved.byTrancheItem().forEach(paid -> project.byTrancheItem.computeIfAbsent(paid.trancheNumber(),
                    number -> new HashMap<>()).put(paid.itemId(), paid.amount()));
            project.amendments.addAll(saved.amendments());
            saved.followUps().forEach(followUp -> project.followUps.put(followUp.year(), followUp));
            project.closure = saved.closure().orElse(null);
            return project;
        }

        StartupProject snapshot() {
            return new StartupProject(application, communeCode, submittedOn, status, Optional.ofNullable(screening),
                    Optional.ofNullable(approval), milestones, byTranche, byItem, followUps,
                    Optional.ofNullable(closure), Optional.ofNullable(approvedOn));
        }
    }
}
