package org.ketnghia.testing.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;

/** Demo handler: the item id must be new and not blank, the quantity positive; sponsors may record. */
final class RecordItemHandler implements CommandHandler<RecordItem> {

    @Override
    public Class<RecordItem> commandType() {
        return RecordItem.class;
    }

    @Override
    public List<EventDraft> handle(RecordItem command, LedgerState state) {
        Problems problems = new Problems();
        problems.check(command.itemId().isBlank(), CoreErrorCode.VALUE_BLANK, "itemId");
        problems.check(command.quantity() <= 0, CoreErrorCode.VALUE_OUT_OF_RANGE, "quantity", command.quantity(), 1,
                Integer.MAX_VALUE);
        problems.check(state.projection(DemoItems.class).contains(command.itemId()), CoreErrorCode.VALUE_DUPLICATE,
                "itemId", command.itemId());
        problems.throwIfAny();
        return List.of(EventDraft.of(command, ItemRecorded.of(command.itemId(), command.quantity(), command.value())));
    }

    @Override
    public Set<ActorRole> permittedRoles() {
        return EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE, ActorRole.DISTRICT_OFFICE,
                ActorRole.COMMUNE_COMMITTEE, ActorRole.SPONSOR);
    }
}
