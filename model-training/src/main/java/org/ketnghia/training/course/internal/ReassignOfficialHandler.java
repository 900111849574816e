package org.ketnghia.training.course.internal;

import java.util.List;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.training.catalogue.OfficialLevel;
import org.ketnghia.training.catalogue.TrainingErrorCode;
import org.ketnghia.training.course.OfficialReassigned;
import org.ketnghia.training.course.OfficialRoster;
import org.ketnghia.training.course.ReassignOfficial;
import org.ketnghia.training.course.ReassignmentFacts;

/** Handles {@link ReassignOfficial}. */
final class ReassignOfficialHandler implements CommandHandler<ReassignOfficial> {
    @Override
    public Class<ReassignOfficial> commandType() {
        return ReassignOfficial.class;
    }

    @Override
    public List<EventDraft> handle(ReassignOfficial command, LedgerState state) {
        Problems problems = new Problems();
        OfficialRoster roster = state.projection(OfficialRoster.class);
        if (problems.check(!roster.isOfficial(command.personId()), TrainingErrorCode.TRAINING_NOT_AN_OFFICIAL,
                "personId", command.personId())) {
            problems.throwIfAny();
        }
        roster.departedOn(command.personId()).ifPresent(departed -> problems.check(
                !command.occurredOn().isBefore(departed), TrainingErrorCode.TRAINING_OFFICIAL_DEPARTED, "personId",
                command.personId(), departed));
        TrainingHandlers.blank(command.position(), "position", problems);
        boolean serviceUnit = state.administrativeUnits().unitAsOf(command.workUnitCode(), command.occurredOn())
                .flatMap(unit -> OfficialLevel.ofAdminLevel(unit.levelId())).isPresent();
        problems.check(!serviceUnit, TrainingErrorCode.TRAINING_UNIT_NOT_IN_SERVICE_AREA, "workUnitCode",
                command.workUnitCode(), command.occurredOn());
        problems.throwIfAny();
        return List.of(EventDraft.of(command, OfficialReassigned.builder().from((ReassignmentFacts) command).build()));
    }
}
