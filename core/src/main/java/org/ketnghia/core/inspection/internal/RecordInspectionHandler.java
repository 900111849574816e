package org.ketnghia.core.inspection.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.inspection.Finding;
import org.ketnghia.core.inspection.InspectingBody;
import org.ketnghia.core.inspection.InspectingBodyKind;
import org.ketnghia.core.inspection.InspectionErrorCode;
import org.ketnghia.core.inspection.InspectionKind;
import org.ketnghia.core.inspection.InspectionRecorded;
import org.ketnghia.core.inspection.InspectionRegistry;
import org.ketnghia.core.inspection.RecordInspection;
import org.ketnghia.core.inspection.RequiredAction;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.twinning.TwinningRegistry;

/** Validates {@link RecordInspection} and records {@link InspectionRecorded}. */
public final class RecordInspectionHandler implements CommandHandler<RecordInspection> {

    @Override
    public Class<RecordInspection> commandType() {
        return RecordInspection.class;
    }

    @Override
    public Set<org.ketnghia.core.ledger.ActorRole> permittedRoles() {
        return EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE, ActorRole.DISTRICT_OFFICE, ActorRole.SPONSOR);
    }

    @Override
    public List<EventDraft> handle(RecordInspection command, LedgerState state) {
        InspectionRegistry registry = state.projection(InspectionRegistry.class);
        Problems problems = new Problems();
        if (!problems.check(command.inspectionId().isBlank(), CoreErrorCode.VALUE_BLANK, "inspectionId")) {
            problems.check(registry.inspection(command.inspectionId()).isPresent(), InspectionErrorCode.INSPECTION_DUPLICATE,
                    "inspectionId", command.inspectionId());
        }
        checkRecheck(command, registry, problems);
        checkBody(command, state, problems);
        Set<String> findingIds = checkFindings(command, state.administrativeUnits(), problems);
        checkActions(command, findingIds, problems);
        problems.throwIfAny();
        return List.of(EventDraft.of(command, InspectionRecorded.builder()
                .inspectionId(command.inspectionId())
                .kind(command.kind())
                .body(command.body())
                .recheckOf(command.recheckOf())
                .reference(command.reference())
                .findings(command.findings())
                .actions(command.actions())
                .build()));
    }

    private static void checkRecheck(RecordInspection command, InspectionRegistry registry, Problems problems) {
        if (command.kind() != InspectionKind.RE_CHECK) {
            problems.check(command.recheckOf().isPresent(), InspectionErrorCode.INSPECTION_RECHECK_OF_NOT_APPLICABLE,
                    "recheckOf", command.kind().id());
            return;
        }
        if (command.recheckOf().isEmpty()) {
            problems.add(InspectionErrorCode.INSPECTION_RECHECK_WITHOUT_ORIGINAL, "recheckOf");
            return;
        }
        String original = command.recheckOf().get();
        Optional<LocalDate> originalDate = registry.inspectedOn(original);
        if (originalDate.isEmpty()) {
            problems.add(InspectionErrorCode.INSPECTION_UNKNOWN, "recheckOf", original);
        } else {
            problems.check(command.occurredOn().isBefore(originalDate.get()), InspectionErrorCode.INSPECTION_RECHECK_BEFORE_ORIGINAL,
                    "recheckOf", command.occurredOn(), originalDate.get(), original);
        }
    }

    private static void checkBody(RecordInspection command, LedgerState state, Problems problems) {
        InspectingBody body = command.body();
        if (problems.check(body.id().isBlank(), CoreErrorCode.VALUE_BLANK, "body.id")) {
            return;
        }
        problems.check(body.name().isBlank(), CoreErrorCode.VALUE_BLANK, "body.name");
        AdministrativeRegistry units = state.administrativeUnits();
        LocalDate on = command.occurredOn();
        switch (body.kind()) {
            case SPONSOR -> problems.check(state.projection(TwinningRegistry.class).sponsor(body.id()).isEmpty(),
                    InspectionErrorCode.INSPECTION_UNKNOWN_SPONSOR, "body.id", body.id());
            case PROVINCIAL_COMMITTEE, DISTRICT_OFFICE -> {
                String level = body.kind() == InspectingBodyKind.DISTRICT_OFFICE ? AdminLevel.DISTRICT : AdminLevel.PROVINCE;
                Optional<AdministrativeUnit> unit = units.unitAsOf(body.id(), on);
                boolean over = unit.isPresent() && unit.get().levelId().equals(level)
                        && units.isWithin(command.unitCode(), body.id(), on);
                problems.check(!over, InspectionErrorCode.INSPECTION_BODY_NOT_OVER_UNIT, "body.id", body.id(),
                        command.unitCode(), on);
            }
            default -> throw new IllegalStateException("unhandled body kind " + body.kind());
        }
        Actor actor = command.actor();
        boolean actsForBody = switch (actor.role()) {
            case PROVINCIAL_COMMITTEE -> body.kind() == InspectingBodyKind.PROVINCIAL_COMMITTEE;
            case DISTRICT_OFFICE -> body.kind() == InspectingBodyKind.DISTRICT_OFFICE
                    && actor.scopeUnit().filter(body.id()::equals).isPresent();
            case SPONSOR -> body.kind() == InspectingBodyKind.SPONSOR;
            default -> true;
        };
        problems.check(!actsForBody, InspectionErrorCode.INSPECTION_BODY_NOT_ACTOR, "body", actor.name(), body.name());
    }

    private static Set<String> checkFindings(RecordInspection command, AdministrativeRegistry units, Problems problems) {
        Set<String> ids = new HashSet<>();
        List<Finding> findings = command.findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            String field = "findings[" + i + "]";
            if (!problems.check(finding.id().isBlank(), CoreErrorCode.VALUE_BLANK, field + ".id")) {
                problems.check(!ids.add(finding.id()), CoreErrorCode.VALUE_DUPLICATE, field + ".id", finding.id());
            }
            problems.check(finding.item().modelId().isBlank(), CoreErrorCode.VALUE_BLANK, field + ".item.modelId");
            problems.check(finding.item().itemKind().isBlank(), CoreErrorCode.VALUE_BLANK, field + ".item.itemKind");
            problems.check(finding.item().itemId().isBlank(), CoreErrorCode.VALUE_BLANK, field + ".item.itemId");
            problems.check(finding.descriptionVi().isBlank(), CoreErrorCode.VALUE_BLANK, field + ".descriptionVi");
            finding.unitCode().ifPresent(unitCode -> {
                if (units.unitAsOf(unitCode, command.occurredOn()).isEmpty()) {
                    problems.add(InspectionErrorCode.INSPECTION_UNKNOWN_UNIT, field + ".unitCode", unitCode, command.occurredOn());
                } else {
                    problems.check(!units.isWithin(unitCode, command.unitCode(), command.occurredOn()),
                            InspectionErrorCode.INSPECTION_FINDING_OUTSIDE_UNIT, field + ".unitCode", unitCode, command.unitCode());
                }
            });
        }
        return ids;
    }

    private static void checkActions(RecordInspection command, Set<String> findingIds, Problems problems) {
        Set<String> ids = new HashSet<>();
        List<RequiredAction> actions = command.actions();
        for (int i = 0; i < actions.size(); i++) {
            RequiredAction action = actions.get(i);
            String field = "actions[" + i + "]";
            if (!problems.check(action.id().isBlank(), CoreErrorCode.VALUE_BLANK, field + ".id")) {
                problems.check(!ids.add(action.id()), CoreErrorCode.VALUE_DUPLICATE, field + ".id", action.id());
            }
            problems.check(!findingIds.contains(action.findingId()), InspectionErrorCode.INSPECTION_UNKNOWN_FINDING,
                    field + ".findingId", action.findingId());
            problems.check(action.descriptionVi().isBlank(), CoreErrorCode.VALUE_BLANK, field + ".descriptionVi");
            problems.check(action.responsible().isBlank(), CoreErrorCode.VALUE_BLANK, field + ".responsible");
            if (action.deadline().isEmpty()) {
                problems.add(InspectionErrorCode.INSPECTION_ACTION_WITHOUT_DEADLINE, field + ".deadline", action.id());
            } else {
                problems.check(action.deadline().get().isBefore(command.occurredOn()),
                        InspectionErrorCode.INSPECTION_DEADLINE_BEFORE_DATE, field + ".deadline", action.deadline().get(),
                        command.occurredOn());
            }
        }
    }
}
