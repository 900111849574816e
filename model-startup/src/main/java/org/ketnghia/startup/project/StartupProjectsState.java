package org.ketnghia.startup.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.money.Money;

/**
 * The whole state of {@link StartupProjects} as its snapshot saves it (<i>ảnh chụp danh sách dự án khởi nghiệp</i>):
 * the calls in the order opened and the projects in the order filed, each project's sets and maps as lists sorted by
 * key. The ids in use are not saved: they are the calls' and applications' ids.
 */
record StartupProjectsState(List<Call> calls, List<Project> projects) {

    /** Copies both lists. */
    StartupProjectsState {
        calls = List.copyOf(calls);
        projects = List.copyOf(projects);
    }

    /** A call as opened, where and when, its applications in the order filed, and whether it was screened. */
    record Call(CallOpened call, String unitCode, LocalDate openedOn, List<String> applicationIds, boolean screened) {
        Call {
            applicationIds = List.copyOf(applicationIds);
        }
    }

    /** A project as it stands. */
    record Project(
            ApplicationSubmitted application,
            String communeCode,
            LocalDate submittedOn,
            ApplicationStatus status,
            Optional<ApplicationScreened> screening,
            Optional<ApplicationApproved> approval,
            Optional<LocalDate> approvedOn,
            List<String> milestones,
            List<TranchePaid> byTranche,
            List<ItemPaid> byItem,
            List<TrancheItemPaid> byTrancheItem,
            List<StartupProjects.ApprovalAmendment> amendments,
            List<FollowUpRecorded> followUps,
            Optional<ProjectClosed> closure) {
        Project {
            milestones = List.copyOf(milestones);
            byTranche = List.copyOf(byTranche);
            byItem = List.copyOf(byItem);
            byTrancheItem = List.copyOf(byTrancheItem);
            amendments = List.copyOf(amendments);
            followUps = List.copyOf(followUps);
        }
    }

    /** What a tranche paid in all. */
    record TranchePaid(int trancheNumber, Money amount) {
    }

    /** What was paid for an item in all. */
    record ItemPaid(String itemId, Money amount) {
    }

    /** What a tranche paid for an item. */
    record TrancheItemPaid(int trancheNumber, String itemId, Money amount) {
    }
}
