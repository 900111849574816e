package org.ketnghia.startup.project;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.money.Money;

/**
 * One start-up application and everything that happened to it since. Immutable snapshot.
 *
 * @param application what was filed
 * @param communeCode the project's commune
 * @param submittedOn the filing date
 * @param status where it is now
 * @param screening its screening result, once screened
 * @param approval its approval, once approved
 * @param milestonesReached the milestones reached
 * @param disbursedByTranche the amount paid per tranche number
 * @param disbursedByItem the amount paid per item
 * @param followUps the follow-ups by year
 * @param closure how it ended, once ended
 * @param approvedOn the date of its approval, once approved; no later step may be dated before it
 */
public record StartupProject(ApplicationSubmitted application, String communeCode, LocalDate submittedOn,
        ApplicationStatus status, Optional<ApplicationScreened> screening, Optional<ApplicationApproved> approval,
        Set<String> milestonesReached, Map<Integer, Money> disbursedByTranche, Map<String, Money> disbursedByItem,
        Map<Integer, FollowUpRecorded> followUps, Optional<ProjectClosed> closure, Optional<LocalDate> approvedOn) {

    /** Copies the collections. */
    public StartupProject {
        requireNonNull(application, "application");
        requireNonNull(communeCode, "communeCode");
        requireNonNull(status, "status");
        requireNonNull(approvedOn, "approvedOn");
        milestonesReached = Set.copyOf(milestonesReached);
        disbursedByTranche = Map.copyOf(disbursedByTranche);
        disbursedByItem = Map.copyOf(disbursedByItem);
        followUps = Map.copyOf(followUps);
    }

    /** The application's id. */
    public String applicationId() {
        return application.applicationId();
    }

    /** Everything paid so far. */
    public Money disbursedTotal() {
        return Money.sum(disbursedByTranche.values());
    }

    /** The amount paid so far for an item. */
    public Money disbursedFor(String itemId) {
        return disbursedByItem.getOrDefault(itemId, Money.ZERO);
    }

    /** The planned tranches not paid yet, by number; empty before approval. */
    public List<Integer> unpaidTranches() {
        return approval.map(approved -> approved.tranches().stream().map(TranchePlan::number)
                .filter(number -> !disbursedByTranche.containsKey(number)).sorted().toList()).orElse(List.of());
    }
}
