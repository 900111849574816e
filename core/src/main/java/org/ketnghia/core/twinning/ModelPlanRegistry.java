package org.ketnghia.core.twinning;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.ledger.SnapshotForm;

/**
 * The communes' model plans (<i>phương án</i>): every version as recorded or amended, and its approval. Read it with
 * {@code ledger.read(ModelPlanRegistry.class, registry -> …)}. The version in force on a date is the latest version
 * approved on or before it; an amendment awaiting approval leaves the earlier approved version in force. Models may
 * ask {@link #approvedPlan} before they accept groups, calls or villages. Every query returns immutable values.
 * Not thread-safe by itself: the ledger guards it with its lock.
 */
public final class ModelPlanRegistry implements Projection {

    /**
     * How the registry is saved in a ledger snapshot and restored from it. Its code covers {@link ModelPlan}, whose
     * generated builder makes each version it keeps (an approval rebuilds the version it approves).
     */
    public static final SnapshotForm<ModelPlanRegistry, State> SNAPSHOT_FORM = SnapshotForm
            .of(State.class, ModelPlanRegistry::state, ModelPlanRegistry::restore)
            .covering(ModelPlan.class);

    private final Map<String, PlanHistory> plans = new LinkedHashMap<>();

    /** Creates an empty registry; the ledger folds its events into it. */
    public ModelPlanRegistry() {
    }

    private State state() {
        return new State(plans.values().stream().map(plan -> new SavedPlan(plan.planId, plan.communeCode,
                plan.versions.stream().map(version -> new SavedVersion(version.scope(), version.recordedOn(),
                        version.approvedOn(), version.approvedBy(), version.approvalDecision())).toList())).toList());
    }

    private static ModelPlanRegistry restore(State state) {
        ModelPlanRegistry registry = new ModelPlanRegistry();
        for (SavedPlan saved : state.plans()) {
            PlanHistory plan = new PlanHistory(saved.planId(), saved.communeCode());
            for (SavedVersion version : saved.versions()) {
                plan.versions.add(ModelPlan.builder().planId(saved.planId()).communeCode(saved.communeCode())
                        .version(plan.versions.size() + 1).scope(version.scope()).recordedOn(version.recordedOn())
                        .approvedOn(version.approvedOn()).approvedBy(version.approvedBy())
                        .approvalDecision(version.approvalDecision()).build());
            }
            registry.plans.put(saved.planId(), plan);
        }
        return registry;
    }

    @Override
    public void apply(EventEnvelope event) {
        if (event.payload() instanceof ModelPlanRecorded recorded) {
            if (!plans.containsKey(recorded.planId())) {
                PlanHistory plan = new PlanHistory(recorded.planId(), event.unitCode());
                plan.addVersion(recorded.scope(), event.occurredOn());
                plans.put(recorded.planId(), plan);
            }
        } else if (event.payload() instanceof ModelPlanAmended amended) {
            PlanHistory plan = plans.get(amended.planId());
            if (plan != null) {
                plan.addVersion(amended.scope(), event.occurredOn());
            }
        } else if (event.payload() instanceof ModelPlanApproved approved) {
            PlanHistory plan = plans.get(approved.planId());
            if (plan != null && approved.version() >= 1 && approved.version() <= plan.versions.size()) {
                int index = approved.version() - 1;
                ModelPlan version = plan.versions.get(index);
                if (version.approvedOn().isEmpty()) {
                    plan.versions.set(index, ModelPlan.builder().from(version).approvedOn(event.occurredOn())
                            .approvedBy(approved.level()).approvalDecision(approved.decision()).build());
                }
            }
        }
    }

    /** The latest version of the plan, approved or not; empty if unknown. */
    public Optional<ModelPlan> plan(String planId) {
        PlanHistory plan = plans.get(requireNonNull(planId, "planId"));
        return plan == null ? Optional.empty() : Optional.of(plan.versions.get(plan.versions.size() - 1));
    }

    /** Every version of the plan, oldest first; empty if unknown. */
    public List<ModelPlan> versions(String planId) {
        PlanHistory plan = plans.get(requireNonNull(planId, "planId"));
        return plan == null ? List.of() : List.copyOf(plan.versions);
    }

    /**
     * The plan version in force on {@code date} for the commune and the model: the latest version approved on or
     * before that day of a plan made for the commune or for a commune it carries on (after a merger); empty if none.
     */
    public Optional<ModelPlan> approvedPlan(String communeCode, String modelId, LocalDate date, AdministrativeRegistry units) {
        requireNonNull(communeCode, "communeCode");
        requireNonNull(modelId, "modelId");
        requireNonNull(date, "date");
        requireNonNull(units, "units");
        ModelPlan found = null;
        for (PlanHistory plan : plans.values()) {
            if (!carriesOn(plan.communeCode, communeCode, date, units)) {
                continue;
            }
            for (ModelPlan version : plan.versions) {
                boolean inForce = version.scope().modelId().equals(modelId)
                        && version.approvedOn().filter(day -> !day.isAfter(date)).isPresent();
                if (inForce && (found == null || !version.approvedOn().get().isBefore(found.approvedOn().get()))) {
                    found = version;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether the commune has an approved plan for the model on {@code date} (see {@link #approvedPlan}). */
    public boolean hasApprovedPlan(String communeCode, String modelId, LocalDate date, AdministrativeRegistry units) {
        return approvedPlan(communeCode, modelId, date, units).isPresent();
    }

    /**
     * Whether any model plan, of any model, approved or not, is recorded for the commune or for a commune it carries
     * on on {@code date} (the 1 July 2025 mergers). A commune with none is not held to the plans.
     */
    public boolean anyPlanRecordedFor(String communeCode, LocalDate date, AdministrativeRegistry units) {
        requireNonNull(communeCode, "communeCode");
        requireNonNull(date, "date");
        requireNonNull(units, "units");
        return plans.values().stream().anyMatch(plan -> carriesOn(plan.communeCode, communeCode, date, units));
    }

    /**
     * The rule a pilot model applies to what it accepts in a commune (a group, a call, a village): once the commune
     * (or a commune it carries on) has a model plan recorded, adds {@code code} at {@code field}, with the commune,
     * the model and the date as arguments, unless an approved plan for the model is in force on {@code date}. A
     * commune with no plan recorded is not checked, so ledgers kept before the plans stay valid.
     */
    public static void checkApprovedPlan(LedgerState state, String communeCode, String modelId, LocalDate date, ErrorCode code,
            String field, Problems problems) {
        requireNonNull(state, "state");
        if (!state.hasProjection(ModelPlanRegistry.class)) {
            return;
        }
        ModelPlanRegistry registry = state.projection(ModelPlanRegistry.class);
        AdministrativeRegistry units = state.administrativeUnits();
        if (registry.anyPlanRecordedFor(communeCode, date, units)) {
            problems.check(!registry.hasApprovedPlan(communeCode, modelId, date, units), code, field, communeCode, modelId, date);
        }
    }

    private static boolean carriesOn(String planCommune, String communeCode, LocalDate date, AdministrativeRegistry units) {
        if (planCommune.equals(communeCode)) {
            return true;
        }
        for (AdministrativeUnit successor : units.successorsAsOf(planCommune, date)) {
            if (successor.code().equals(communeCode)) {
                return true;
            }
        }
        return false;
    }

    private static final class PlanHistory {
        private final String planId;
        private final String communeCode;
        private final List<ModelPlan> versions = new ArrayList<>();

        PlanHistory(String planId, String communeCode) {
            this.planId = planId;
            this.communeCode = communeCode;
        }

        void addVersion(ModelPlanScope scope, LocalDate on) {
            versions.add(ModelPlan.builder().planId(planId).communeCode(communeCode).version(versions.size() + 1)
                    .scope(scope).recordedOn(on).build());
        }
    }

    /**
     * The registry's whole state in a snapshot.
     *
     * @param plans every plan, in the order first recorded
     */
    public record State(List<SavedPlan> plans) {

        /** Copies the list. */
        public State {
            plans = List.copyOf(plans);
        }
    }

    /**
     * A plan with every version, in a snapshot.
     *
     * @param planId the plan
     * @param communeCode its commune
     * @param versions every version, oldest first (version 1 first), with its approval
     */
    public record SavedPlan(String planId, String communeCode, List<SavedVersion> versions) {

        /** Copies the list. */
        public SavedPlan {
            versions = List.copyOf(versions);
        }
    }

    /**
     * One version of a plan, in a snapshot.
     *
     * @param scope what it foresees
     * @param recordedOn the day it was recorded or amended
     * @param approvedOn the day it was approved, if it was
     * @param approvedBy who approved it, if it was
     * @param approvalDecision the approval decision, if approved
     */
    public record SavedVersion(ModelPlanScope scope, LocalDate recordedOn, Optional<LocalDate> approvedOn,
            Optional<PlanApprovalLevel> approvedBy, Optional<String> approvalDecision) {
    }
}
