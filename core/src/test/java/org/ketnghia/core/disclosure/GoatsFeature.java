package org.ketnghia.core.disclosure;

import java.util.List;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.spi.LedgerFeature;
import org.ketnghia.core.spi.PilotModelContext;

/**
 * A small model handing goats over, in one of two releases: the first records {@link GoatsHandedOver}, the next
 * reads the same recorded events as {@link GoatsHandedOverWithTransport}.
 */
enum GoatsFeature implements LedgerFeature {

    FIRST_RELEASE,
    NEXT_RELEASE;

    @Override
    public List<Class<? extends LedgerEvent>> eventTypes() {
        return List.of(this == FIRST_RELEASE ? GoatsHandedOver.class : GoatsHandedOverWithTransport.class);
    }

    @Override
    public List<CommandHandler<?>> commandHandlers(PilotModelContext context) {
        return List.of(new CommandHandler<HandOverGoats>() {
            @Override
            public Class<HandOverGoats> commandType() {
                return HandOverGoats.class;
            }

            @Override
            public List<EventDraft> handle(HandOverGoats command, LedgerState state) {
                LedgerEvent event = FIRST_RELEASE == GoatsFeature.this
                        ? new GoatsHandedOver(command.householdId(), command.occurredOn(), command.goats(),
                                command.pricePerGoat())
                        : new GoatsHandedOverWithTransport(command.householdId(), command.occurredOn(), command.goats(),
                                command.pricePerGoat());
                return List.of(EventDraft.of(command, event));
            }
        });
    }
}
