package org.ketnghia.core.grievance.internal;

import java.util.List;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.grievance.GrievanceErrorCode;
import org.ketnghia.core.grievance.GrievanceRegister;
import org.ketnghia.core.grievance.ListPosted;
import org.ketnghia.core.grievance.PostingFacts;
import org.ketnghia.core.grievance.PostingPlace;
import org.ketnghia.core.grievance.RecordPosting;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;

/** Validates {@link RecordPosting} and records {@link ListPosted}; the default roles record it. */
public final class RecordPostingHandler implements CommandHandler<RecordPosting> {

    @Override
    public Class<RecordPosting> commandType() {
        return RecordPosting.class;
    }

    @Override
    public List<EventDraft> handle(RecordPosting command, LedgerState state) {
        Problems problems = new Problems();
        AdministrativeRegistry units = state.administrativeUnits();
        if (!problems.check(command.postingId().isBlank(), CoreErrorCode.VALUE_BLANK, "postingId")) {
            problems.check(state.projection(GrievanceRegister.class).posting(command.postingId()).isPresent(),
                    GrievanceErrorCode.GRIEVANCE_DUPLICATE_POSTING, "postingId", command.postingId());
        }
        boolean commune = units.unitAsOf(command.unitCode(), command.postedFrom())
                .filter(unit -> unit.levelId().equals(AdminLevel.COMMUNE)).isPresent();
        problems.check(!commune, GrievanceErrorCode.GRIEVANCE_NOT_A_COMMUNE, "unitCode", command.unitCode(),
                command.postedFrom());
        problems.check(command.postedUntil().isBefore(command.postedFrom()), CoreErrorCode.PERIOD_INVERTED, "postedUntil",
                command.postedFrom(), command.postedUntil());
        problems.check(command.listAsOf().isAfter(command.postedFrom()), GrievanceErrorCode.GRIEVANCE_LIST_AFTER_POSTING,
                "listAsOf", command.listAsOf(), command.postedFrom());
        problems.check(command.places().isEmpty(), GrievanceErrorCode.GRIEVANCE_NO_POSTING_PLACE, "places");
        for (int i = 0; i < command.places().size(); i++) {
            PostingPlace place = command.places().get(i);
            String field = "places[" + i + "].villageCode";
            place.villageCode().ifPresent(village -> problems.check(commune && !units.isWithin(village, command.unitCode(),
                    command.postedFrom()), GrievanceErrorCode.GRIEVANCE_PLACE_OUTSIDE_COMMUNE, field, village,
                    command.unitCode(), command.postedFrom()));
        }
        problems.check(command.postedBy().isBlank(), CoreErrorCode.VALUE_BLANK, "postedBy");
        problems.throwIfAny();
        return List.of(EventDraft.of(command, ListPosted.builder().from((PostingFacts) command).build()));
    }
}
