package org.ketnghia.testing.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.ledger.ProjectionDefinition;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.core.spi.PilotModelContext;
import org.ketnghia.core.value.BilingualText;

/**
 * A deliberately broken model, to prove that the contract catches what model authors get wrong: one bug
 * per {@link Bug}, each alone.
 */
final class BrokenModel implements PilotModel {

    /** What is wrong with the model. */
    enum Bug {
        /** The event's JSON drops its quantity. */
        EVENT_JSON_DROPS_A_FIELD,
        /** The handler marks the item as taken in the projection, then refuses. */
        HANDLER_CHANGES_STATE_ON_REFUSAL,
        /** The handler never refuses a quantity of zero. */
        HANDLER_ACCEPTS_WHAT_IT_SHOULD_REFUSE
    }

    private final Bug bug;

    BrokenModel(Bug bug) {
        this.bug = bug;
    }

    @Override
    public String id() {
        return "broken";
    }

    @Override
    public BilingualText name() {
        return BilingualText.of("Mô hình lỗi", "Broken model");
    }

    @Override
    public List<Class<? extends LedgerEvent>> eventTypes() {
        return List.of(bug == Bug.EVENT_JSON_DROPS_A_FIELD ? LossyRecorded.class : Recorded.class);
    }

    @Override
    public List<CommandHandler<?>> commandHandlers(PilotModelContext context) {
        return List.of(new Handler(bug));
    }

    @Override
    public List<ProjectionDefinition<?>> projections() {
        return List.of(ProjectionDefinition.of(Taken.class, Taken::new));
    }

    /** The command: record an item. */
    @JsonTypeName("broken.record")
    @JsonIgnoreProperties({"sponsorId"})
    record Record(Actor actor, String unitCode, LocalDate occurredOn, String itemId, int quantity) implements Command {
    }

    /** The event, written whole. */
    @JsonTypeName("broken.recorded")
    record Recorded(String itemId, int quantity) implements LedgerEvent {
    }

    /** The event whose JSON loses its quantity. */
    @JsonTypeName("broken.lossy-recorded")
    record LossyRecorded(String itemId, @JsonIgnore int quantity) implements LedgerEvent {
    }

    /** The items taken. */
    static final class Taken implements Projection {
        private final Set<String> items = new HashSet<>();

        @Override
        public void apply(EventEnvelope event) {
            if (event.payload() instanceof Recorded recorded) {
                items.add(recorded.itemId());
            } else if (event.payload() instanceof LossyRecorded recorded) {
                items.add(recorded.itemId());
            }
        }

        void take(String item) {
            items.add(item);
        }

        boolean has(String item) {
            return items.contains(item);
        }
    }

    private record Handler(Bug bug) implements CommandHandler<Record> {
        @Override
        public Class<Record> commandType() {
            return Record.class;
        }

        @Override
        public List<EventDraft> handle(Record command, LedgerState state) {
            Taken taken = state.projection(Taken.class);
            if (taken.has(command.itemId())) {
                throw KetnghiaException.of(CoreErrorCode.VALUE_DUPLICATE, "itemId", command.itemId());
            }
            if (bug == Bug.HANDLER_CHANGES_STATE_ON_REFUSAL) {
                taken.take(command.itemId());
            }
            if (command.quantity() <= 0 && bug != Bug.HANDLER_ACCEPTS_WHAT_IT_SHOULD_REFUSE) {
                throw KetnghiaException.of(CoreErrorCode.VALUE_OUT_OF_RANGE, "quantity", command.quantity(), 1, 100);
            }
            LedgerEvent event = bug == Bug.EVENT_JSON_DROPS_A_FIELD ? new LossyRecorded(command.itemId(), command.quantity())
                    : new Recorded(command.itemId(), command.quantity());
            return List.of(EventDraft.of(command, event));
        }

        @Override
        public Set<ActorRole> permittedRoles() {
            return EnumSet.of(ActorRole.SYSTEM);
        }
    }
}
