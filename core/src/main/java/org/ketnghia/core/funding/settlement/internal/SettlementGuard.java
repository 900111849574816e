package org.ketnghia.core.funding.settlement.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.funding.RecordCounterpartContribution;
import org.ketnghia.core.funding.RecordExpenditure;
import org.ketnghia.core.funding.RecordInKindContribution;
import org.ketnghia.core.funding.RecordReceipt;
import org.ketnghia.core.funding.TransferBalance;
import org.ketnghia.core.funding.settlement.SettlementLock;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;

/**
 * Puts the funding commands that move money behind {@link SettlementLock}: the handler's own problems and
 * the closed period are reported together, so a refused command lists every problem at once.
 */
public final class SettlementGuard {

    /**
     * The money-moving commands guarded here; {@link RecordExpenditure} is not among them because every
     * expenditure, whichever feature records it, goes through {@link org.ketnghia.core.funding.CommuneFunds#checkExpenditures},
     * which checks the lock itself.
     */
    private static final Set<Class<?>> MONEY_COMMANDS = Set.of(RecordReceipt.class, RecordInKindContribution.class,
            RecordCounterpartContribution.class, TransferBalance.class);

    private SettlementGuard() {
    }

    /** {@code handlers}, those of money-moving commands guarded, in the same order. */
    public static List<CommandHandler<?>> guard(List<CommandHandler<?>> handlers) {
        List<CommandHandler<?>> guarded = new ArrayList<>(handlers.size());
        for (CommandHandler<?> handler : handlers) {
            guarded.add(MONEY_COMMANDS.contains(handler.commandType()) ? guarded(handler) : handler);
        }
        return List.copyOf(guarded);
    }

    private static <C extends Command> CommandHandler<C> guarded(CommandHandler<C> inner) {
        return new CommandHandler<>() {
            @Override
            public Class<C> commandType() {
                return inner.commandType();
            }

            @Override
            public List<EventDraft> handle(C command, LedgerState state) {
                List<Problem> closed = command instanceof TransferBalance transfer
                        // a transfer moves the money of every programme the fund holds
                        ? SettlementLock.checkTransferOpen(state, transfer.occurredOn(), "occurredOn",
                                transfer.fromCommuneCode(), transfer.modelId())
                        : SettlementLock.checkOpen(state, command.occurredOn(), "occurredOn");
                List<EventDraft> drafts;
                try {
                    drafts = inner.handle(command, state);
                } catch (KetnghiaException refused) {
                    if (closed.isEmpty()) {
                        throw refused;
                    }
                    List<Problem> all = new ArrayList<>(refused.problems());
                    all.addAll(closed);
                    throw new KetnghiaException(all, refused);
                }
                if (!closed.isEmpty()) {
                    throw new KetnghiaException(closed);
                }
                return drafts;
            }

            @Override
            public Set<ActorRole> permittedRoles() {
                return inner.permittedRoles();
            }

            @Override
            public String toString() {
                return "settlement-guarded " + inner;
            }
        };
    }
}
