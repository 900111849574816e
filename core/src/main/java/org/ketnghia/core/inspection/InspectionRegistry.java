package org.ketnghia.core.inspection;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.ledger.SnapshotForm;

/**
 * The inspections projection (<i>kiểm tra, giám sát, phúc tra</i>): every inspection recorded, its findings and
 * required actions, and what happened to each action since (closed with evidence, confirmed or reopened by a
 * re-check). Read it with {@code ledger.read(InspectionRegistry.class, registry -> …)}.
 *
 * <p>Queries take a date and answer with what stood on that day: an action is open until it is closed, open again
 * from the day a re-check reopens it (with the new deadline), and overdue on a day after its deadline in force
 * while open. A finding is open while one of its actions is open. Per-unit queries roll up through the units of
 * the date: a finding about a unit that was merged counts for the unit that carries it on then (A Xan's findings
 * of 2022 count for Hùng Sơn in 2026). Every query returns immutable values and lists, in the order recorded.
 * Not thread-safe by itself: the ledger guards it with its lock.
 */
public final class InspectionRegistry implements Projection {

    /** How the registry is saved in a ledger snapshot and restored from it. */
    public static final SnapshotForm<InspectionRegistry, State> SNAPSHOT_FORM =
            SnapshotForm.of(State.class, InspectionRegistry::state, InspectionRegistry::restore);

    private final Map<String, InspectionHistory> inspections = new LinkedHashMap<>();

    /** Creates an empty registry; the ledger folds its events into it. */
    public InspectionRegistry() {
    }

    private State state() {
        return new State(inspections.values().stream().map(inspection -> new SavedInspection(inspection.recorded,
                inspection.inspectedOn, inspection.unitCode, inspection.actions.entrySet().stream()
                        .map(entry -> new SavedAction(entry.getKey(), entry.getValue().changes.stream()
                                .map(change -> new SavedChange(change.on(), change.status(), change.deadline(),
                                        change.closedOn(), change.evidenceReference())).toList()))
                        .toList())).toList());
    }

    private static InspectionRegistry restore(State state) {
        InspectionRegistry registry = new InspectionRegistry();
        for (SavedInspection saved : state.inspections()) {
            InspectionHistory inspection = new InspectionHistory(saved.recorded(), saved.inspectedOn(), saved.unitCode());
            for (SavedAction action : saved.actions()) {
                ActionHistory history = inspection.actions.get(action.actionId());
                if (history != null) {
                    history.changes.clear();
                    action.changes().forEach(change -> history.changes.add(new Change(change.on(), change.status(),
                            change.deadline(), change.closedOn(), change.evidenceReference())));
                }
            }
            registry.inspections.put(saved.recorded().inspectionId(), inspection);
        }
        return registry;
    }

    @Override
    public void apply(EventEnvelope event) {
        if (event.payload() instanceof InspectionRecorded recorded) {
            inspections.putIfAbsent(recorded.inspectionId(),
                    new InspectionHistory(recorded, event.occurredOn(), event.unitCode()));
        } else if (event.payload() instanceof ActionClosed closed) {
            actionHistory(closed.inspectionId(), closed.actionId()).ifPresent(history -> history.add(new Change(
                    event.occurredOn(), ActionStatus.CLOSED, history.latest().deadline(), Optional.of(event.occurredOn()),
                    Optional.of(closed.evidenceReference()))));
        } else if (event.payload() instanceof ClosureReviewed reviewed) {
            actionHistory(reviewed.inspectionId(), reviewed.actionId()).ifPresent(history -> {
                Change latest = history.latest();
                if (reviewed.outcome() == RecheckOutcome.CONFIRMED) {
                    history.add(new Change(event.occurredOn(), ActionStatus.CONFIRMED, latest.deadline(), latest.closedOn(),
                            latest.evidenceReference()));
                } else {
                    history.add(new Change(event.occurredOn(), ActionStatus.OPEN,
                            reviewed.newDeadline().orElse(latest.deadline()), Optional.empty(), Optional.empty()));
                }
            });
        }
    }

    // ---------------------------------------------------------------- inspections

    /** The inspection as recorded, if any. */
    public Optional<InspectionRecorded> inspection(String inspectionId) {
        InspectionHistory history = inspections.get(requireNonNull(inspectionId, "inspectionId"));
        return history == null ? Optional.empty() : Optional.of(history.recorded);
    }

    /** The day of the inspection, if recorded. */
    public Optional<LocalDate> inspectedOn(String inspectionId) {
        InspectionHistory history = inspections.get(requireNonNull(inspectionId, "inspectionId"));
        return history == null ? Optional.empty() : Optional.of(history.inspectedOn);
    }

    /** The inspected unit, if recorded. */
    public Optional<String> inspectedUnit(String inspectionId) {
        InspectionHistory history = inspections.get(requireNonNull(inspectionId, "inspectionId"));
        return history == null ? Optional.empty() : Optional.of(history.unitCode);
    }

    /** Every inspection as recorded, in the order recorded. */
    public List<InspectionRecorded> inspections() {
        return inspections.values().stream().map(history -> history.recorded).toList();
    }

    // ---------------------------------------------------------------- actions

    /** The action as it stands on {@code date}; empty if unknown or required after that day. */
    public Optional<TrackedAction> action(String inspectionId, String actionId, LocalDate date) {
        requireNonNull(date, "date");
        return actionHistory(inspectionId, actionId).flatMap(history -> history.asOf(date));
    }

    /** The action as it stands after everything recorded; empty if unknown. */
    public Optional<TrackedAction> latestAction(String inspectionId, String actionId) {
        return actionHistory(inspectionId, actionId).map(history -> history.track(history.latest()));
    }

    /** The day of the latest change of the action (required, closed, confirmed or reopened); empty if unknown. */
    public Optional<LocalDate> lastChangeOf(String inspectionId, String actionId) {
        return actionHistory(inspectionId, actionId).map(history -> history.latest().on());
    }

    /** Every action required on or before {@code date}, as it stands then. */
    public List<TrackedAction> actionsAsOf(LocalDate date) {
        requireNonNull(date, "date");
        List<TrackedAction> result = new ArrayList<>();
        for (InspectionHistory inspection : inspections.values()) {
            for (ActionHistory history : inspection.actions.values()) {
                history.asOf(date).ifPresent(result::add);
            }
        }
        return List.copyOf(result);
    }

    /** The actions open on {@code date} whose deadline in force is before it (<i>quá hạn</i>). */
    public List<TrackedAction> overdueActions(LocalDate date) {
        return actionsAsOf(date).stream().filter(action -> action.isOverdueOn(date)).toList();
    }

    /** The overdue actions about {@code unitCode} or a unit within it, rolled up through the units of {@code date}. */
    public List<TrackedAction> overdueActionsWithin(String unitCode, LocalDate date, AdministrativeRegistry units) {
        Predicate<String> inside = within(unitCode, date, units);
        return overdueActions(date).stream().filter(action -> inside.test(action.unitCode())).toList();
    }

    /** The overdue actions required by one inspecting body. */
    public List<TrackedAction> overdueActionsBy(InspectingBodyKind kind, String bodyId, LocalDate date) {
        requireNonNull(kind, "kind");
        requireNonNull(bodyId, "bodyId");
        return overdueActions(date).stream().filter(action -> isBody(action.body(), kind, bodyId)).toList();
    }

    // ---------------------------------------------------------------- findings

    /** Every finding of the inspections made on or before {@code date}, with its actions as they stand then. */
    public List<TrackedFinding> findingsAsOf(LocalDate date) {
        requireNonNull(date, "date");
        List<TrackedFinding> result = new ArrayList<>();
        for (InspectionHistory inspection : inspections.values()) {
            if (inspection.inspectedOn.isAfter(date)) {
                continue;
            }
            for (Finding finding : inspection.recorded.findings()) {
                List<TrackedAction> actions = new ArrayList<>();
                for (ActionHistory history : inspection.actions.values()) {
                    if (history.action.findingId().equals(finding.id())) {
                        history.asOf(date).ifPresent(actions::add);
                    }
                }
                result.add(TrackedFinding.builder().inspectionId(inspection.recorded.inspectionId())
                        .inspectedOn(inspection.inspectedOn).kind(inspection.recorded.kind()).body(inspection.recorded.body())
                        .unitCode(finding.unitCode().orElse(inspection.unitCode)).finding(finding).actions(actions).build());
            }
        }
        return List.copyOf(result);
    }

    /** The findings open on {@code date}: one of their actions is open then. */
    public List<TrackedFinding> openFindings(LocalDate date) {
        return findingsAsOf(date).stream().filter(TrackedFinding::isOpen).toList();
    }

    /** The open findings about {@code unitCode} or a unit within it, rolled up through the units of {@code date}. */
    public List<TrackedFinding> openFindingsWithin(String unitCode, LocalDate date, AdministrativeRegistry units) {
        Predicate<String> inside = within(unitCode, date, units);
        return openFindings(date).stream().filter(finding -> inside.test(finding.unitCode())).toList();
    }

    /** The open findings of one inspecting body. */
    public List<TrackedFinding> openFindingsBy(InspectingBodyKind kind, String bodyId, LocalDate date) {
        requireNonNull(kind, "kind");
        requireNonNull(bodyId, "bodyId");
        return openFindings(date).stream().filter(finding -> isBody(finding.body(), kind, bodyId)).toList();
    }

    // ---------------------------------------------------------------- internals

    private static boolean isBody(InspectingBody body, InspectingBodyKind kind, String bodyId) {
        return body.kind() == kind && body.id().equals(bodyId);
    }

    private static Predicate<String> within(String target, LocalDate date, AdministrativeRegistry units) {
        requireNonNull(target, "unitCode");
        requireNonNull(date, "date");
        requireNonNull(units, "units");
        Map<String, Boolean> cache = new LinkedHashMap<>();
        return unitCode -> cache.computeIfAbsent(unitCode, code -> {
            for (AdministrativeUnit carrier : units.successorsAsOf(code, date)) {
                if (units.isWithin(carrier.code(), target, date)) {
                    return true;
                }
            }
            return false;
        });
    }

    private Optional<ActionHistory> actionHistory(String inspectionId, String actionId) {
        requireNonNull(actionId, "actionId");
        InspectionHistory inspection = inspections.get(requireNonNull(inspectionId, "inspectionId"));
        return inspection == null ? Optional.empty() : Optional.ofNullable(inspection.actions.get(actionId));
    }

    private record Change(LocalDate on, ActionStatus status, LocalDate deadline, Optional<LocalDate> closedOn,
            Optional<String> evidenceReference) {
    }

    private static final class InspectionHistory {
        private final InspectionRecorded recorded;
        private final LocalDate inspectedOn;
        private final String unitCode;
        private final Map<String, ActionHistory> actions = new LinkedHashMap<>();

        InspectionHistory(InspectionRecorded recorded, LocalDate inspectedOn, String unitCode) {
            this.recorded = recorded;
            this.inspectedOn = inspectedOn;
            this.unitCode = unitCode;
            for (RequiredAction action : recorded.actions()) {
                // handlers refuse an action without deadline or finding; an unchecked one is due on the inspection day
                recorded.findings().stream().filter(finding -> finding.id().equals(action.findingId())).findFirst()
                        .ifPresent(finding -> actions.putIfAbsent(action.id(), new ActionHistory(this, finding, action,
                                new Change(inspectedOn, ActionStatus.OPEN, action.deadline().orElse(inspectedOn),
                                        Optional.empty(), Optional.empty()))));
            }
        }
    }

    private static final class ActionHistory {
        private final InspectionHistory inspection;
        private final Finding finding;
        private final RequiredAction action;
        private final List<Change> changes = new ArrayList<>();

        ActionHistory(InspectionHistory inspection, Finding finding, RequiredAction action, Change required) {
            this.inspection = inspection;
            this.finding = finding;
            this.action = action;
            changes.add(required);
        }

        void add(Change change) {
            // handlers keep changes in date order; an out-of-order change from a foreign ledger is ignored
            if (!change.on().isBefore(latest().on())) {
                changes.add(change);
            }
        }

        Change latest() {
            return changes.get(changes.size() - 1);
        }

        Optional<TrackedAction> asOf(LocalDate date) {
            Change inForce = null;
            for (Change change : changes) {
                if (!change.on().isAfter(date)) {
                    inForce = change;
                }
            }
            return Optional.ofNullable(inForce).map(this::track);
        }

        TrackedAction track(Change change) {
            return TrackedAction.builder().inspectionId(inspection.recorded.inspectionId())
                    .inspectedOn(inspection.inspectedOn).body(inspection.recorded.body())
                    .unitCode(finding.unitCode().orElse(inspection.unitCode)).finding(finding).action(action)
                    .deadline(change.deadline()).status(change.status()).closedOn(change.closedOn())
                    .evidenceReference(change.evidenceReference()).build();
        }
    }

    // ---------------------------------------------------------------- snapshot

    /**
     * The registry's whole state in a snapshot.
     *
     * @param inspections every inspection, in the order recorded
     */
    public record State(List<SavedInspection> inspections) {

        /** Copies the list. */
        public State {
            inspections = List.copyOf(inspections);
        }
    }

    /**
     * An inspection as recorded with the history of each of its actions, in a snapshot.
     *
     * @param recorded the inspection as recorded
     * @param inspectedOn the day of the inspection
     * @param unitCode the unit inspected
     * @param actions each action's history, in the order the inspection lists them
     */
    public record SavedInspection(InspectionRecorded recorded, LocalDate inspectedOn, String unitCode,
            List<SavedAction> actions) {

        /** Copies the list. */
        public SavedInspection {
            actions = List.copyOf(actions);
        }
    }

    /**
     * The history of one required action, in a snapshot.
     *
     * @param actionId the action
     * @param changes its changes, oldest first (the requirement first)
     */
    public record SavedAction(String actionId, List<SavedChange> changes) {

        /** Copies the list. */
        public SavedAction {
            changes = List.copyOf(changes);
        }
    }

    /**
     * One change of an action's status, in a snapshot.
     *
     * @param on the day of the change
     * @param status the status from then
     * @param deadline the deadline from then
     * @param closedOn the day it was closed, while closed
     * @param evidenceReference the evidence of the closure, while closed
     */
    public record SavedChange(LocalDate on, ActionStatus status, LocalDate deadline, Optional<LocalDate> closedOn,
            Optional<String> evidenceReference) {
    }
}
