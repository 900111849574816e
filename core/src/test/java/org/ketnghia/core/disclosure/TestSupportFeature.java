package org.ketnghia.core.disclosure;

import java.util.List;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.participant.ParticipantRegistryErrorCode;
import org.ketnghia.core.spi.LedgerFeature;
import org.ketnghia.core.spi.PilotModelContext;

/** A small model that gives support to registered households, for the disclosure tests. */
final class TestSupportFeature implements LedgerFeature {

    static final String MODEL_ID = "test-goats";

    @Override
    public List<Class<? extends LedgerEvent>> eventTypes() {
        return List.of(TestSupportGiven.class);
    }

    @Override
    public List<CommandHandler<?>> commandHandlers(PilotModelContext context) {
        return List.of(new CommandHandler<GiveTestSupport>() {
            @Override
            public Class<GiveTestSupport> commandType() {
                return GiveTestSupport.class;
            }

            @Override
            public List<EventDraft> handle(GiveTestSupport command, LedgerState state) {
                Problems problems = new Problems();
                problems.check(!state.projection(ParticipantRegistry.class).hasHousehold(command.householdId()),
                        ParticipantRegistryErrorCode.PARTICIPANT_UNKNOWN_HOUSEHOLD, "householdId", command.householdId());
                problems.throwIfAny();
                return List.of(EventDraft.of(command, new TestSupportGiven(command.householdId(), MODEL_ID,
                        command.descriptionVi(), "support", command.value(), command.occurredOn())));
            }
        });
    }
}
