package org.ketnghia.core.twinning.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.twinning.AmendModelPlan;
import org.ketnghia.core.twinning.ApproveModelPlan;
import org.ketnghia.core.twinning.CommuneTwinningErrorCode;
import org.ketnghia.core.twinning.ModelPlan;
import org.ketnghia.core.twinning.ModelPlanAmended;
import org.ketnghia.core.twinning.ModelPlanApproved;
import org.ketnghia.core.twinning.ModelPlanRecorded;
import org.ketnghia.core.twinning.ModelPlanRegistry;
import org.ketnghia.core.twinning.ModelPlanScope;
import org.ketnghia.core.twinning.PlanApprovalLevel;
import org.ketnghia.core.twinning.RecordModelPlan;

/** The handlers of the commune's model plans (<i>phương án</i>): record, amend, approve. */
public final class ModelPlanHandlers {

    private ModelPlanHandlers() {
    }

    /** The handlers, in declaration order. */
    public static List<CommandHandler<?>> all() {
        return List.of(new Record(), new Amend(), new Approve());
    }

    private static Optional<ModelPlan> planOfCommune(String planId, String communeCode, ModelPlanRegistry registry,
            Problems problems) {
        Optional<ModelPlan> plan = registry.plan(planId).filter(found -> found.communeCode().equals(communeCode));
        problems.check(plan.isEmpty(), CommuneTwinningErrorCode.TWINNING_PLAN_UNKNOWN, "planId", planId, communeCode);
        return plan;
    }

    private static void checkScope(ModelPlanScope scope, String communeCode, LocalDate on, LedgerState state, Problems problems) {
        problems.check(scope.modelId().isBlank(), CoreErrorCode.VALUE_BLANK, "scope.modelId");
        problems.check(scope.summaryVi().isBlank(), CoreErrorCode.VALUE_BLANK, "scope.summaryVi");
        checkIds("scope.groupIds", scope.groupIds(), problems);
        checkIds("scope.callIds", scope.callIds(), problems);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < scope.villageCodes().size(); i++) {
            String village = scope.villageCodes().get(i);
            String field = "scope.villageCodes[" + i + "]";
            boolean inside = state.administrativeUnits().unitAsOf(village, on)
                    .filter(unit -> AdminLevel.VILLAGE.equals(unit.levelId())).isPresent()
                    && state.administrativeUnits().isWithin(village, communeCode, on);
            problems.check(!inside, CommuneTwinningErrorCode.TWINNING_PLAN_VILLAGE_OUTSIDE, field, village, communeCode, on);
            problems.check(!seen.add(village), CoreErrorCode.VALUE_DUPLICATE, field, village);
        }
    }

    private static void checkIds(String field, List<String> ids, Problems problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!problems.check(ids.get(i).isBlank(), CoreErrorCode.VALUE_BLANK, field + "[" + i + "]")) {
                problems.check(!seen.add(ids.get(i)), CoreErrorCode.VALUE_DUPLICATE, field + "[" + i + "]", ids.get(i));
            }
        }
    }

    /** Validates {@link RecordModelPlan} and records {@link ModelPlanRecorded}. */
    static final class Record implements CommandHandler<RecordModelPlan> {

        @Override
        public Class<RecordModelPlan> commandType() {
            return RecordModelPlan.class;
        }

        @Override
        public List<EventDraft> handle(RecordModelPlan command, LedgerState state) {
            ModelPlanRegistry registry = state.projection(ModelPlanRegistry.class);
            Problems problems = new Problems();
            if (!problems.check(command.planId().isBlank(), CoreErrorCode.VALUE_BLANK, "planId")) {
                problems.check(registry.plan(command.planId()).isPresent(), CommuneTwinningErrorCode.TWINNING_PLAN_DUPLICATE,
                        "planId", command.planId());
            }
            CommuneChecks.isCommune(command.unitCode(), command.occurredOn(), state, problems);
            checkScope(command.scope(), command.unitCode(), command.occurredOn(), state, problems);
            problems.throwIfAny();
            return List.of(EventDraft.of(command, ModelPlanRecorded.builder().planId(command.planId()).scope(command.scope())
                    .documentReference(command.documentReference()).build()));
        }
    }

    /** Validates {@link AmendModelPlan} and records {@link ModelPlanAmended}. */
    static final class Amend implements CommandHandler<AmendModelPlan> {

        @Override
        public Class<AmendModelPlan> commandType() {
            return AmendModelPlan.class;
        }

        @Override
        public List<EventDraft> handle(AmendModelPlan command, LedgerState state) {
            ModelPlanRegistry registry = state.projection(ModelPlanRegistry.class);
            Problems problems = new Problems();
            problems.check(command.reasonVi().isBlank(), CoreErrorCode.VALUE_BLANK, "reasonVi");
            planOfCommune(command.planId(), command.unitCode(), registry, problems).ifPresent(latest -> {
                problems.check(!latest.scope().modelId().equals(command.scope().modelId()),
                        CommuneTwinningErrorCode.TWINNING_PLAN_MODEL_CHANGED, "scope.modelId", latest.scope().modelId(),
                        command.scope().modelId());
                problems.check(command.occurredOn().isBefore(latest.recordedOn()), CommuneTwinningErrorCode.TWINNING_PLAN_DATE_BEFORE,
                        "occurredOn", command.occurredOn(), latest.recordedOn());
            });
            checkScope(command.scope(), command.unitCode(), command.occurredOn(), state, problems);
            problems.throwIfAny();
            return List.of(EventDraft.of(command, ModelPlanAmended.builder().planId(command.planId()).scope(command.scope())
                    .reasonVi(command.reasonVi()).build()));
        }
    }

    /** Validates {@link ApproveModelPlan} and records {@link ModelPlanApproved}. */
    static final class Approve implements CommandHandler<ApproveModelPlan> {

        @Override
        public Class<ApproveModelPlan> commandType() {
            return ApproveModelPlan.class;
        }

        @Override
        public Set<ActorRole> permittedRoles() {
            return EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE, ActorRole.DISTRICT_OFFICE);
        }

        @Override
        public List<EventDraft> handle(ApproveModelPlan command, LedgerState state) {
            ModelPlanRegistry registry = state.projection(ModelPlanRegistry.class);
            Problems problems = new Problems();
            problems.check(command.decision().isBlank(), CoreErrorCode.VALUE_BLANK, "decision");
            ActorRole role = command.actor().role();
            boolean levelFits = switch (role) {
                case DISTRICT_OFFICE -> command.level() == PlanApprovalLevel.DISTRICT_OFFICE;
                case PROVINCIAL_COMMITTEE -> command.level() == PlanApprovalLevel.PROVINCIAL_COMMITTEE;
                default -> true;
            };
            problems.check(!levelFits, CommuneTwinningErrorCode.TWINNING_PLAN_APPROVER_LEVEL, "level", command.actor().name(),
                    command.level().id());
            if (command.level() == PlanApprovalLevel.DISTRICT_OFFICE) {
                problems.check(state.administrativeUnits().ancestorAtLevel(command.unitCode(), AdminLevel.DISTRICT,
                        command.occurredOn()).isEmpty(), CommuneTwinningErrorCode.TWINNING_PLAN_NO_DISTRICT, "level",
                        command.unitCode(), command.occurredOn());
            }
            Optional<ModelPlan> latest = planOfCommune(command.planId(), command.unitCode(), registry, problems);
            latest.ifPresent(version -> {
                problems.check(version.approvedOn().isPresent(), CommuneTwinningErrorCode.TWINNING_PLAN_NOTHING_TO_APPROVE,
                        "planId", version.version(), command.planId());
                problems.check(command.occurredOn().isBefore(version.recordedOn()), CommuneTwinningErrorCode.TWINNING_PLAN_DATE_BEFORE,
                        "occurredOn", command.occurredOn(), version.recordedOn());
            });
            problems.throwIfAny();
            return List.of(EventDraft.of(command, ModelPlanApproved.builder().planId(command.planId())
                    .version(latest.orElseThrow().version()).level(command.level()).decision(command.decision()).build()));
        }
    }
}
