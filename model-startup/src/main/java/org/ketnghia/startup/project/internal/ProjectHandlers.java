package org.ketnghia.startup.project.internal;

import static org.ketnghia.startup.project.internal.Checks.blank;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ketnghia.core.eligibility.EligibilityReason;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.funding.CommuneFunds;
import org.ketnghia.core.funding.ExpenditureRecorded;
import org.ketnghia.core.funding.FundPurpose;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.programme.ProgrammeScope;
import org.ketnghia.core.programme.SpendingNorm;
import org.ketnghia.startup.StartupConfiguration;
import org.ketnghia.startup.StartupErrorCode;
import org.ketnghia.startup.StartupModel;
import org.ketnghia.startup.catalogue.Product;
import org.ketnghia.startup.policy.StartupNorms;
import org.ketnghia.startup.project.ApplicationApproved;
import org.ketnghia.startup.project.StartupProjects;
import org.ketnghia.startup.project.ApprovalAmended;
import org.ketnghia.startup.project.AmendApproval;
import org.ketnghia.startup.project.ApplicationRejected;
import org.ketnghia.startup.project.ApplicationStatus;
import org.ketnghia.startup.project.ApplicationSubmitted;
import org.ketnghia.startup.project.ApprovalFacts;
import org.ketnghia.startup.project.ApproveApplication;
import org.ketnghia.startup.project.CallForProposals;
import org.ketnghia.startup.project.CloseProject;
import org.ketnghia.startup.project.ClosureFacts;
import org.ketnghia.startup.project.DisburseTranche;
import org.ketnghia.startup.project.FollowUpFacts;
import org.ketnghia.startup.project.FollowUpRecorded;
import org.ketnghia.startup.project.ItemAmount;
import org.ketnghia.startup.project.Milestone;
import org.ketnghia.startup.project.MilestoneFacts;
import org.ketnghia.startup.project.MilestoneReached;
import org.ketnghia.startup.project.ProjectClosed;
import org.ketnghia.startup.project.ProjectOutcome;
import org.ketnghia.startup.project.RecordFollowUp;
import org.ketnghia.startup.project.RecordMilestone;
import org.ketnghia.startup.project.RejectApplication;
import org.ketnghia.startup.project.StartupProject;
import org.ketnghia.startup.project.TrancheDisbursed;
import org.ketnghia.startup.project.TrancheFacts;
import org.ketnghia.startup.project.TranchePlan;

/** Handlers of an application after screening: approval, rejection, milestones, tranches, follow-up, closure. */
final class ProjectHandlers {

    private ProjectHandlers() {
    }

    static final class ApproveApplicationHandler implements CommandHandler<ApproveApplication> {
        private final StartupConfiguration configuration;

        ApproveApplicationHandler(StartupConfiguration configuration) {
            this.configuration = configuration;
        }

        @Override
        public Class<ApproveApplication> commandType() {
            return ApproveApplication.class;
        }

        @Override
        public List<EventDraft> handle(ApproveApplication command, LedgerState state) {
            Problems problems = new Problems();
            Optional<StartupProject> found = Checks.project(state, command.applicationId(), problems);
            if (found.isEmpty()) {
                problems.throwIfAny();
            }
            StartupProject project = found.get();
            Checks.sameCommune(state, project, command, problems);
            if (project.status() == ApplicationStatus.INELIGIBLE) {
                problems.add(StartupErrorCode.STARTUP_NOT_ELIGIBLE, "applicationId", project.applicationId(),
                        project.screening().map(s -> s.conditions().stream().filter(r -> !r.met())
                                .map(EligibilityReason::messageVi).collect(Collectors.joining("; "))).orElse(""));
            } else {
                Checks.status(project, "phê duyệt / approval", EnumSet.of(ApplicationStatus.ELIGIBLE), problems);
            }
            blank(command.decisionReference(), "decisionReference", problems);
            ApplicationSubmitted application = project.application();
            checkWithinRequest(command, application, problems);
            checkPlan(command, problems);
            if (problems.isEmpty()) {
                checkCounterpartAndCallBudget(configuration, command, application, Checks.projects(state), Money.ZERO, problems);
            }
            checkNorm(command, state, problems);
            problems.throwIfAny();
            return List.of(EventDraft.of(command, ApplicationApproved.builder().from((ApprovalFacts) command)
                    .callId(application.callId()).applicantKind(application.applicantKind())
                    .sectorId(application.sectorId()).counterpartValue(application.counterpartTotal())
                    .ledByWoman(application.ledByWoman()).ledByEthnicMinority(application.ledByEthnicMinority())
                    .build()));
        }

        /**
         * The approved support within the programme's norm per project ({@link StartupNorms#SUPPORT_PER_PROJECT}),
         * unless the command justifies going beyond it (a justification given must not be blank); no norm set, no check.
         */
        static <C extends Command & ApprovalFacts> void checkNorm(C command, LedgerState state, Problems problems) {
            Optional<SpendingNorm> norm = ProgrammeScope.of(state)
                    .flatMap(scope -> scope.norm(StartupNorms.SUPPORT_PER_PROJECT, command.unitCode(), command.occurredOn()));
            boolean justified = command.aboveNormJustification().isPresent();
            norm.ifPresent(limit -> problems.check(command.approvedTotal().isGreaterThan(limit.amount()) && !justified,
                    StartupErrorCode.STARTUP_SUPPORT_ABOVE_NORM, "aboveNormJustification", command.applicationId(),
                    command.approvedTotal(), limit.amount(), limit.unit(), limit.key(), limit.legalBasis()));
            command.aboveNormJustification().ifPresent(reason -> blank(reason, "aboveNormJustification", problems));
        }

        /** The approved items well formed, each no more than the application requested for it. */
        static void checkWithinRequest(ApprovalFacts command, ApplicationSubmitted application, Problems problems) {
            Checks.items(command.approvedItems(), "approvedItems", problems);
            Map<String, Money> requested = application.requestedItems().stream()
                    .collect(Collectors.toMap(ItemAmount::itemId, ItemAmount::amount, Money::plus));
            for (ItemAmount item : command.approvedItems()) {
                Money asked = requested.getOrDefault(item.itemId(), Money.ZERO);
                problems.check(item.amount().isGreaterThan(asked), StartupErrorCode.STARTUP_APPROVAL_ABOVE_REQUEST,
                        "approvedItems", item.itemId(), item.amount(), asked);
            }
        }

        /**
         * The state share within its ceiling for the project's kind and area, and the approved total within what the
         * call has left; {@code released} is what this project already holds of the call (its approval in force,
         * when it is amended), so that it is counted once.
         */
        static void checkCounterpartAndCallBudget(StartupConfiguration configuration, ApprovalFacts command,
                ApplicationSubmitted application, StartupProjects projects, Money released, Problems problems) {
            CallHandlers.checkCounterpart(configuration, command.approvedTotal(), application.counterpartTotal(),
                    application.projectKind(), application.areaDifficulty(), "approvedItems", problems);
            CallForProposals call = projects.call(application.callId()).orElseThrow();
            Money left = call.call().budget().minus(projects.approvedIn(application.callId())).plus(released);
            problems.check(command.approvedTotal().isGreaterThan(left), StartupErrorCode.STARTUP_CALL_BUDGET_EXCEEDED,
                    "approvedItems", command.approvedTotal(), left, application.callId());
        }

        /** Milestones unique, tranches numbered once, waiting for known milestones, adding up to the approval. */
        static void checkPlan(ApprovalFacts command, Problems problems) {
            Set<String> milestoneIds = new HashSet<>();
            for (int i = 0; i < command.milestones().size(); i++) {
                Milestone milestone = command.milestones().get(i);
                if (!blank(milestone.milestoneId(), "milestones[" + i + "].milestoneId", problems)) {
                    problems.check(!milestoneIds.add(milestone.milestoneId()), CoreErrorCode.VALUE_DUPLICATE,
                            "milestones[" + i + "].milestoneId", milestone.milestoneId());
                }
            }
            problems.check(command.tranches().isEmpty(), CoreErrorCode.VALUE_REQUIRED, "tranches");
            Set<Integer> numbers = new HashSet<>();
            Map<String, Money> planned = new HashMap<>();
            for (int i = 0; i < command.tranches().size(); i++) {
                TranchePlan tranche = command.tranches().get(i);
                String field = "tranches[" + i + "]";
                problems.check(tranche.number() < 1, CoreErrorCode.VALUE_OUT_OF_RANGE, field + ".number",
                        tranche.number(), 1, Integer.MAX_VALUE);
                problems.check(!numbers.add(tranche.number()), CoreErrorCode.VALUE_DUPLICATE, field + ".number",
                        tranche.number());
                tranche.milestoneId().ifPresent(id -> problems.check(!milestoneIds.contains(id),
                        StartupErrorCode.STARTUP_MILESTONE_UNKNOWN, field + ".milestoneId", command.applicationId(), id));
                Checks.items(tranche.items(), field + ".items", problems);
                tranche.items().forEach(item -> planned.merge(item.itemId(), item.amount(), Money::plus));
            }
            Map<String, Money> approved = command.approvedItems().stream()
                    .collect(Collectors.toMap(ItemAmount::itemId, ItemAmount::amount, Money::plus));
            Set<String> allItems = new java.util.TreeSet<>(approved.keySet());
            allItems.addAll(planned.keySet());
            for (String itemId : allItems) {
                Money inTranches = planned.getOrDefault(itemId, Money.ZERO);
                Money approvedAmount = approved.getOrDefault(itemId, Money.ZERO);
                problems.check(!inTranches.equals(approvedAmount), StartupErrorCode.STARTUP_TRANCHES_MISMATCH,
                        "tranches", itemId, inTranches, approvedAmount);
            }
        }
    }

    static final class RejectApplicationHandler implements CommandHandler<RejectApplication> {
        @Override
        public Class<RejectApplication> commandType() {
            return RejectApplication.class;
        }

        @Override
        public List<EventDraft> handle(RejectApplication command, LedgerState state) {
            Problems problems = new Problems();
            Optional<StartupProject> project = Checks.project(state, command.applicationId(), problems);
            project.ifPresent(p -> {
                Checks.sameCommune(state, p, command, problems);
                Checks.status(p, "từ chối / rejection",
                        EnumSet.of(ApplicationStatus.ELIGIBLE, ApplicationStatus.INELIGIBLE), problems);
            });
            blank(command.reasonVi(), "reasonVi", problems);
            problems.throwIfAny();
            return List.of(EventDraft.of(command, ApplicationRejected.builder().applicationId(command.applicationId())
                    .reasonVi(command.reasonVi()).build()));
        }
    }

    static final class RecordMilestoneHandler implements CommandHandler<RecordMilestone> {
        @Override
        public Class<RecordMilestone> commandType() {
            return RecordMilestone.class;
        }

        @Override
        public List<EventDraft> handle(RecordMilestone command, LedgerState state) {
            Problems problems = new Problems();
            Optional<StartupProject> found = Checks.project(state, command.applicationId(), problems);
            found.ifPresent(project -> {
                Checks.sameCommune(state, project, command, problems);
                Checks.notBeforeApproval(project, command, "ghi nhận mốc / milestone", problems);
                if (Checks.status(project, "ghi nhận mốc / milestone", EnumSet.of(ApplicationStatus.APPROVED), problems)) {
                    boolean known = project.approval().orElseThrow().milestones().stream()
                            .anyMatch(m -> m.milestoneId().equals(command.milestoneId()));
                    problems.check(!known, StartupErrorCode.STARTUP_MILESTONE_UNKNOWN, "milestoneId",
                            command.applicationId(), command.milestoneId());
                    problems.check(project.milestonesReached().contains(command.milestoneId()),
                            StartupErrorCode.STARTUP_MILESTONE_ALREADY_REACHED, "milestoneId", command.applicationId(),
                            command.milestoneId());
                }
            });
            blank(command.evidence(), "evidence", problems);
            problems.throwIfAny();
            return List.of(EventDraft.of(command, MilestoneReached.builder().from((MilestoneFacts) command).build()));
        }
    }

    static final class DisburseTrancheHandler implements CommandHandler<DisburseTranche> {
        private final StartupConfiguration configuration;

        DisburseTrancheHandler(StartupConfiguration configuration) {
            this.configuration = configuration;
        }

        @Override
        public Class<DisburseTranche> commandType() {
            return DisburseTranche.class;
        }

        @Override
        public List<EventDraft> handle(DisburseTranche command, LedgerState state) {
            Problems problems = new Problems();
            Optional<StartupProject> found = Checks.project(state, command.applicationId(), problems);
            if (found.isEmpty()) {
                problems.throwIfAny();
            }
            StartupProject project = found.get();
            Checks.sameCommune(state, project, command, problems);
            Checks.notBeforeApproval(project, command, "giải ngân / disbursement", problems);
            Checks.items(command.items(), "items", problems);
            if (Checks.status(project, "giải ngân / disbursement", EnumSet.of(ApplicationStatus.APPROVED), problems)) {
                checkTranche(command, project, problems);
            }
            Money total = Money.sum(command.items().stream().map(ItemAmount::amount).toList());
            ApplicationSubmitted application = project.application();
            Product product = configuration.catalogue().sector(application.sectorId())
                    .flatMap(sector -> sector.product(application.productId()))
                    .orElse(new Product(application.productId(), application.productId(), application.productId(), null));
            String descriptionVi = "Hỗ trợ khởi nghiệp (" + product.nameVi() + "), đợt " + command.trancheNumber();
            ExpenditureRecorded expenditure = CommuneFunds.expenditure(command.expenditureId(), command.unitCode(),
                    FundPurpose.of(StartupModel.ID), descriptionVi, total, command.documentReference());
            if (problems.isEmpty()) {
                problems.addAll(CommuneFunds.checkExpenditures(state, command.occurredOn(), List.of(expenditure)));
            }
            problems.throwIfAny();
            TrancheDisbursed paid = TrancheDisbursed.builder().from((TrancheFacts) command)
                    .householdId(application.listedHouseholdId())
                    .pilotModelId(StartupModel.ID).supportDescriptionVi(descriptionVi)
                    .supportDescriptionEn("Start-up support (" + product.nameEn() + "), tranche " + command.trancheNumber())
                    .value(total).supportedOn(command.occurredOn()).build();
            return List.of(EventDraft.of(command, paid), CommuneFunds.draft(expenditure, command.occurredOn()));
        }

        private static void checkTranche(DisburseTranche command, StartupProject project, Problems problems) {
            ApplicationApproved approval = project.approval().orElseThrow();
            Optional<TranchePlan> tranche = approval.tranches().stream()
                    .filter(plan -> plan.number() == command.trancheNumber()).findFirst();
            if (tranche.isEmpty()) {
                problems.add(StartupErrorCode.STARTUP_TRANCHE_UNKNOWN, "trancheNumber", command.applicationId(),
                        command.trancheNumber());
                return;
            }
            problems.check(project.disbursedByTranche().containsKey(command.trancheNumber()),
                    StartupErrorCode.STARTUP_TRANCHE_ALREADY_DISBURSED, "trancheNumber", command.applicationId(),
                    command.trancheNumber());
            tranche.get().milestoneId().ifPresent(milestone -> problems.check(
                    !project.milestonesReached().contains(milestone), StartupErrorCode.STARTUP_MILESTONE_NOT_REACHED,
                    "trancheNumber", command.applicationId(), command.trancheNumber(), milestone));
            Map<String, Money> approved = approval.approvedItems().stream()
                    .collect(Collectors.toMap(ItemAmount::itemId, ItemAmount::amount, Money::plus));
            for (int i = 0; i < command.items().size(); i++) {
                ItemAmount item = command.items().get(i);
                Money approvedAmount = approved.getOrDefault(item.itemId(), Money.ZERO);
                Money alreadyPaid = project.disbursedFor(item.itemId());
                boolean aboveTranche = item.amount().isGreaterThan(tranche.get().amountFor(item.itemId()));
                boolean aboveApproval = alreadyPaid.plus(item.amount()).isGreaterThan(approvedAmount);
                problems.check(aboveTranche || aboveApproval, StartupErrorCode.STARTUP_DISBURSEMENT_ABOVE_APPROVED,
                        "items[" + i + "].amount", item.itemId(), item.amount(), command.trancheNumber(),
                        approvedAmount, alreadyPaid);
            }
        }
    }

    static final class RecordFollowUpHandler implements CommandHandler<RecordFollowUp> {
        @Override
        public Class<RecordFollowUp> commandType() {
            return RecordFollowUp.class;
        }

        @Override
        public List<EventDraft> handle(RecordFollowUp command, LedgerState state) {
            Problems problems = new Problems();
            Optional<StartupProject> found = Checks.project(state, command.applicationId(), problems);
            found.ifPresent(project -> {
                Checks.sameCommune(state, project, command, problems);
                Checks.notBeforeApproval(project, command, "theo dõi / follow-up", problems);
                if (Checks.status(project, "theo dõi / follow-up",
                        EnumSet.of(ApplicationStatus.APPROVED, ApplicationStatus.COMPLETED), problems)) {
                    problems.check(project.disbursedByTranche().isEmpty(), StartupErrorCode.STARTUP_OUT_OF_ORDER,
                            "applicationId", project.applicationId(), "chưa giải ngân / nothing paid yet",
                            "theo dõi / follow-up", "giải ngân ít nhất một đợt / at least one tranche paid");
                    problems.check(project.followUps().containsKey(command.year()),
                            StartupErrorCode.STARTUP_FOLLOW_UP_DUPLICATE, "year", command.applicationId(), command.year());
                }
            });
            problems.check(command.year() < 1 || command.year() > 50, CoreErrorCode.VALUE_OUT_OF_RANGE, "year",
                    command.year(), 1, 50);
            problems.check(command.revenue().isNegative(), CoreErrorCode.VALUE_NEGATIVE, "revenue", command.revenue());
            problems.check(command.jobsCreated() < 0, CoreErrorCode.VALUE_NEGATIVE, "jobsCreated", command.jobsCreated());
            problems.check(command.jobsForWomen() < 0 || command.jobsForWomen() > command.jobsCreated(),
                    StartupErrorCode.STARTUP_FOLLOW_UP_INCONSISTENT, "jobsForWomen", "cho phụ nữ / for women",
                    command.jobsForWomen(), command.jobsCreated());
            problems.check(command.jobsForEthnicMinorities() < 0
                    || command.jobsForEthnicMinorities() > command.jobsCreated(),
                    StartupErrorCode.STARTUP_FOLLOW_UP_INCONSISTENT, "jobsForEthnicMinorities",
                    "cho người dân tộc thiểu số / for ethnic minorities", command.jobsForEthnicMinorities(),
                    command.jobsCreated());
            problems.throwIfAny();
            return List.of(EventDraft.of(command, FollowUpRecorded.builder().from((FollowUpFacts) command).build()));
        }
    }

    static final class CloseProjectHandler implements CommandHandler<CloseProject> {
        @Override
        public Class<CloseProject> commandType() {
            return CloseProject.class;
        }

        @Override
        public List<EventDraft> handle(CloseProject command, LedgerState state) {
            Problems problems = new Problems();
            Optional<StartupProject> found = Checks.project(state, command.applicationId(), problems);
            found.ifPresent(project -> {
                Checks.sameCommune(state, project, command, problems);
                Checks.notBeforeApproval(project, command, "kết thúc / closure", problems);
                if (command.outcome() == ProjectOutcome.COMPLETED) {
                    if (Checks.status(project, "kết thúc / closure", EnumSet.of(ApplicationStatus.APPROVED), problems)) {
                        problems.check(!project.unpaidTranches().isEmpty() || project.followUps().isEmpty(),
                                StartupErrorCode.STARTUP_CLOSE_INCOMPLETE, "outcome", project.applicationId(),
                                project.unpaidTranches());
                    }
                } else {
                    Checks.status(project, "ghi nhận thất bại / failure",
                            EnumSet.of(ApplicationStatus.APPROVED, ApplicationStatus.COMPLETED), problems);
                }
            });
            blank(command.reasonVi(), "reasonVi", problems);
            problems.throwIfAny();
            return List.of(EventDraft.of(command, ProjectClosed.builder().from((ClosureFacts) command).build()));
        }
    }

    /**
     * Amends an approved project: the approval's rules on the plan as amended, never below what was disbursed, the
     * decision and the reason given, something changed. The same roles as the approval.
     */
    static final class AmendApprovalHandler implements CommandHandler<AmendApproval> {
        private final StartupConfiguration configuration;

        AmendApprovalHandler(StartupConfiguration configuration) {
            this.configuration = configuration;
        }

        @Override
        public Class<AmendApproval> commandType() {
            return AmendApproval.class;
        }

        @Override
        public List<EventDraft> handle(AmendApproval command, LedgerState state) {
            Problems problems = new Problems();
            Optional<StartupProject> found = Checks.project(state, command.applicationId(), problems);
            if (found.isEmpty()) {
                problems.throwIfAny();
            }
            StartupProject project = found.get();
            Checks.sameCommune(state, project, command, problems);
            Checks.notBeforeApproval(project, command, "điều chỉnh / amendment", problems);
            blank(command.decisionReference(), "decisionReference", problems);
            blank(command.reason(), "reason", problems);
            if (!Checks.status(project, "điều chỉnh / amendment", EnumSet.of(ApplicationStatus.APPROVED), problems)) {
                problems.throwIfAny();
            }
            ApplicationApproved current = project.approval().orElseThrow();
            ApplicationSubmitted application = project.application();
            Map<String, Money> amended = command.approvedItems().stream()
                    .collect(Collectors.toMap(ItemAmount::itemId, ItemAmount::amount, Money::plus));
            ApproveApplicationHandler.checkWithinRequest(command, application, problems);
            ApproveApplicationHandler.checkPlan(command, problems);
            checkDisbursed(command, project, amended, Checks.projects(state), problems);
            if (problems.isEmpty()) {
                ApproveApplicationHandler.checkCounterpartAndCallBudget(configuration, command, application, Checks.projects(state),
                        current.approvedTotal(), problems);
            }
            ApproveApplicationHandler.checkNorm(command, state, problems);
            boolean unchanged = command.approvedItems().equals(current.approvedItems())
                    && command.milestones().equals(current.milestones()) && command.tranches().equals(current.tranches())
                    && command.aboveNormJustification().equals(current.aboveNormJustification());
            problems.check(unchanged, StartupErrorCode.STARTUP_AMENDMENT_UNCHANGED, "approvedItems",
                    command.applicationId());
            problems.throwIfAny();
            return List.of(EventDraft.of(command, ApprovalAmended.builder().from((ApprovalFacts) command)
                    .reason(command.reason()).previousTotal(current.approvedTotal()).build()));
        }

        /** Each item at least what was paid for it; each paid tranche kept, with at least what it paid per item. */
        private static void checkDisbursed(AmendApproval command, StartupProject project, Map<String, Money> amended,
                StartupProjects projects, Problems problems) {
            for (Map.Entry<String, Money> paid : new java.util.TreeMap<>(project.disbursedByItem()).entrySet()) {
                Money amount = amended.getOrDefault(paid.getKey(), Money.ZERO);
                problems.check(amount.isLessThan(paid.getValue()), StartupErrorCode.STARTUP_AMENDMENT_BELOW_DISBURSED,
                        "approvedItems", command.applicationId(), paid.getKey(), amount, paid.getValue());
            }
            for (Integer number : new java.util.TreeSet<>(project.disbursedByTranche().keySet())) {
                Optional<TranchePlan> plan = command.tranches().stream().filter(tranche -> tranche.number() == number)
                        .findFirst();
                Map<String, Money> paidInTranche = projects.paidInTranche(command.applicationId(), number);
                boolean kept = plan.isPresent() && paidInTranche.entrySet().stream()
                        .noneMatch(paid -> plan.get().amountFor(paid.getKey()).isLessThan(paid.getValue()));
                problems.check(!kept, StartupErrorCode.STARTUP_AMENDMENT_PAID_TRANCHE_CHANGED, "tranches",
                        command.applicationId(), number, project.disbursedByTranche().get(number));
            }
        }
    }
}
