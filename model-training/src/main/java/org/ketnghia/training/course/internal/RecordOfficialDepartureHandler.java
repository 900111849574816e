package org.ketnghia.training.course.internal;

import java.util.List;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.training.catalogue.TrainingErrorCode;
import org.ketnghia.training.course.OfficialDeparted;
import org.ketnghia.training.course.OfficialRoster;
import org.ketnghia.training.course.RecordOfficialDeparture;

/** Handles {@link RecordOfficialDeparture}. */
final class RecordOfficialDepartureHandler implements CommandHandler<RecordOfficialDeparture> {
    @Override
    public Class<RecordOfficialDeparture> commandType() {
        return RecordOfficialDeparture.class;
    }

    @Override
    public List<EventDraft> handle(RecordOfficialDeparture command, LedgerState state) {
        Problems problems = new Problems();
        OfficialRoster roster = state.projection(OfficialRoster.class);
        problems.check(!roster.isOfficial(command.personId()), TrainingErrorCode.TRAINING_NOT_AN_OFFICIAL,
                "personId", command.personId());
        roster.departedOn(command.personId()).ifPresent(departed -> problems.add(
                TrainingErrorCode.TRAINING_OFFICIAL_ALREADY_DEPARTED, "personId", command.personId(), departed));
        TrainingHandlers.blank(command.reason(), "reason", problems);
        problems.throwIfAny();
        return List.of(EventDraft.of(command, OfficialDeparted.builder().personId(command.personId())
                .reason(command.reason()).build()));
    }
}
