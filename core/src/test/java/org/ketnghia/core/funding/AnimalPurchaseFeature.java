package org.ketnghia.core.funding;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.spi.LedgerFeature;
import org.ketnghia.core.spi.PilotModelContext;

/**
 * A fake of what the livestock model does: one command buys animals in several lots and spends
 * for each lot through {@link CommuneFunds}, atomically with its own event.
 */
final class AnimalPurchaseFeature implements LedgerFeature {

    @Override
    public List<Class<? extends LedgerEvent>> eventTypes() {
        return List.of(AnimalsBought.class);
    }

    @Override
    public List<CommandHandler<?>> commandHandlers(PilotModelContext context) {
        return List.of(new BuyAnimalsHandler());
    }

    /** Buy {@code head} animals per lot at {@code pricePerHead}, each lot paid by its own voucher. */
    @Value.Immutable
    @JsonTypeName(BuyAnimals.TYPE)
    @JsonSerialize(as = ImmutableBuyAnimals.class)
    @JsonDeserialize(as = ImmutableBuyAnimals.class)
    abstract static class BuyAnimals implements Command {
        static final String TYPE = "fundingtest.buy-animals";

        @Override
        public abstract Actor actor();

        @Override
        public abstract String unitCode();

        @Override
        public abstract LocalDate occurredOn();

        abstract String purchaseId();

        abstract List<Integer> headPerLot();

        abstract Money pricePerHead();
    }

    /** The animals were bought. */
    @Value.Immutable
    @JsonTypeName(AnimalsBought.TYPE)
    @JsonSerialize(as = ImmutableAnimalsBought.class)
    @JsonDeserialize(as = ImmutableAnimalsBought.class)
    abstract static class AnimalsBought implements LedgerEvent {
        static final String TYPE = "fundingtest.animals-bought";

        abstract String purchaseId();

        abstract int head();
    }

    static final class BuyAnimalsHandler implements CommandHandler<BuyAnimals> {
        @Override
        public Class<BuyAnimals> commandType() {
            return BuyAnimals.class;
        }

        @Override
        public List<EventDraft> handle(BuyAnimals command, LedgerState state) {
            List<ExpenditureRecorded> expenditures = new ArrayList<>();
            int head = 0;
            for (int lot = 0; lot < command.headPerLot().size(); lot++) {
                int lotHead = command.headPerLot().get(lot);
                head += lotHead;
                expenditures.add(CommuneFunds.expenditure(command.purchaseId() + "-" + lot, command.unitCode(),
                        FundPurpose.of(FundingFixtures.LIVESTOCK, "mua-giong"), "Mua " + lotHead + " con bò giống",
                        command.pricePerHead().times(lotHead), "PC-" + command.purchaseId() + "-" + lot));
            }
            Problems problems = new Problems();
            problems.addAll(CommuneFunds.checkExpenditures(state, command.occurredOn(), expenditures));
            problems.throwIfAny();
            List<EventDraft> drafts = new ArrayList<>();
            drafts.add(EventDraft.of(command, ImmutableAnimalsBought.builder().purchaseId(command.purchaseId())
                    .head(head).build()));
            expenditures.forEach(expenditure -> drafts.add(CommuneFunds.draft(expenditure, command.occurredOn())));
            return drafts;
        }
    }
}
