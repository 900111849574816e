package org.ketnghia.livestock;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.spi.LedgerFeature;
import org.ketnghia.core.spi.PilotModelContext;
import org.ketnghia.livestock.herd.CashPaidInstead;

/**
 * A fake of the cash handler as it was before the funding ledger kept revolving funds: it records {@link
 * CashPaidInstead} alone, without a receipt, so a test can hold a ledger recorded then.
 */
final class LegacyCashFeature implements LedgerFeature {

    @Override
    public List<Class<? extends LedgerEvent>> eventTypes() {
        return List.of();
    }

    @Override
    public List<CommandHandler<?>> commandHandlers(PilotModelContext context) {
        return List.of(new Handler());
    }

    /** Cash paid for an obligation, recorded the old way. */
    @Value.Immutable
    @JsonTypeName(PayCashTheOldWay.TYPE)
    @JsonSerialize(as = ImmutablePayCashTheOldWay.class)
    @JsonDeserialize(as = ImmutablePayCashTheOldWay.class)
    abstract static class PayCashTheOldWay implements Command {
        static final String TYPE = "livestocktest.pay-cash-the-old-way";

        @Override
        public abstract Actor actor();

        @Override
        public abstract String unitCode();

        @Override
        public abstract LocalDate occurredOn();

        abstract String obligationId();

        abstract Money amount();
    }

    static PayCashTheOldWay payCash(String unitCode, LocalDate date, String obligationId, Money amount) {
        return ImmutablePayCashTheOldWay.builder().actor(LivestockCommune.PROVINCE).unitCode(unitCode).occurredOn(date)
                .obligationId(obligationId).amount(amount).build();
    }

    private static final class Handler implements CommandHandler<PayCashTheOldWay> {
        @Override
        public Class<PayCashTheOldWay> commandType() {
            return PayCashTheOldWay.class;
        }

        @Override
        public List<EventDraft> handle(PayCashTheOldWay command, LedgerState state) {
            return List.of(EventDraft.of(command, CashPaidInstead.builder().obligationId(command.obligationId())
                    .amount(command.amount()).receiptReference("PT-cu").build()));
        }
    }
}
