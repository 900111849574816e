package org.ketnghia.core.funding.internal;

import static org.ketnghia.core.funding.internal.FundingChecks.checkCommune;
import static org.ketnghia.core.funding.internal.FundingChecks.checkNewId;
import static org.ketnghia.core.funding.internal.FundingChecks.checkPositive;
import static org.ketnghia.core.funding.internal.FundingChecks.checkText;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.funding.ExpenditureReversed;
import org.ketnghia.core.funding.FundExpenditure;
import org.ketnghia.core.funding.FundReceipt;
import org.ketnghia.core.funding.FundingErrorCode;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.funding.ReceiptReversed;
import org.ketnghia.core.funding.ReverseExpenditure;
import org.ketnghia.core.funding.ReverseReceipt;
import org.ketnghia.core.funding.settlement.SettlementLock;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.money.Money;

/**
 * The handlers of {@link ReverseReceipt} and {@link ReverseExpenditure}; both are closed by a settled period, of the
 * programme they are recorded for and of the programme of the money they reverse.
 */
final class ReversalHandlers {

    private ReversalHandlers() {
    }

    private static void checkCommon(LedgerState state, String reversalId, Optional<String> reversedId, String unitCode,
            LocalDate date, String reason, String documentReference, Problems problems) {
        checkNewId(state.projection(FundingLedger.class), reversalId, "reversalId", problems);
        checkCommune(state, unitCode, date, "unitCode", problems);
        checkText(reason, "reason", problems);
        checkText(documentReference, "documentReference", problems);
        problems.addAll(SettlementLock.checkReversalOpen(state, date, "occurredOn", reversedId));
    }

    private static void checkReversible(FundingLedger ledger, String id, String field, String holder, String unitCode,
            LocalDate recordedOn, LocalDate date, Problems problems) {
        problems.check(!holder.equals(unitCode), FundingErrorCode.FUNDING_REVERSAL_OTHER_COMMUNE, "unitCode", id,
                holder, unitCode);
        ledger.reversalOf(id).ifPresent(done -> problems.add(FundingErrorCode.FUNDING_ALREADY_REVERSED, field, id,
                done.reversalId()));
        problems.check(date.isBefore(recordedOn), FundingErrorCode.FUNDING_REVERSAL_BEFORE_ORIGINAL, "occurredOn", date,
                id, recordedOn);
    }

    static final class Receipt implements CommandHandler<ReverseReceipt> {
        @Override
        public Class<ReverseReceipt> commandType() {
            return ReverseReceipt.class;
        }

        @Override
        public List<EventDraft> handle(ReverseReceipt command, LedgerState state) {
            FundingLedger ledger = state.projection(FundingLedger.class);
            Problems problems = new Problems();
            Optional<FundReceipt> receipt = ledger.receipt(command.receiptId());
            checkCommon(state, command.reversalId(), receipt.map(FundReceipt::receiptId), command.unitCode(),
                    command.occurredOn(), command.reason(), command.documentReference(), problems);
            command.amount().ifPresent(amount -> checkPositive(amount, "amount", problems));
            Money amount = Money.ZERO;
            if (receipt.isEmpty()) {
                problems.add(FundingErrorCode.FUNDING_RECEIPT_UNKNOWN, "receiptId", command.receiptId());
            } else {
                checkReversible(ledger, command.receiptId(), "receiptId", receipt.get().communeCode(), command.unitCode(),
                        receipt.get().receivedOn(), command.occurredOn(), problems);
                amount = command.amount().orElse(receipt.get().amount());
                Money reversible = ledger.reversibleOf(command.receiptId());
                problems.check(amount.isGreaterThan(reversible), FundingErrorCode.FUNDING_REVERSAL_EXCEEDS_REMAINING,
                        "amount", command.receiptId(), amount, reversible);
            }
            problems.throwIfAny();
            return List.of(EventDraft.of(command, ReceiptReversed.builder().reversalId(command.reversalId())
                    .receiptId(command.receiptId()).communeCode(command.unitCode()).amount(amount)
                    .reason(command.reason()).documentReference(command.documentReference()).build()));
        }
    }

    static final class Expenditure implements CommandHandler<ReverseExpenditure> {
        @Override
        public Class<ReverseExpenditure> commandType() {
            return ReverseExpenditure.class;
        }

        @Override
        public List<EventDraft> handle(ReverseExpenditure command, LedgerState state) {
            FundingLedger ledger = state.projection(FundingLedger.class);
            Problems problems = new Problems();
            Optional<FundExpenditure> expenditure = ledger.expenditure(command.expenditureId());
            checkCommon(state, command.reversalId(), expenditure.map(FundExpenditure::expenditureId),
                    command.unitCode(), command.occurredOn(), command.reason(), command.documentReference(), problems);
            if (expenditure.isEmpty()) {
                problems.add(FundingErrorCode.FUNDING_EXPENDITURE_UNKNOWN, "expenditureId", command.expenditureId());
            } else {
                checkReversible(ledger, command.expenditureId(), "expenditureId", expenditure.get().communeCode(),
                        command.unitCode(), expenditure.get().spentOn(), command.occurredOn(), problems);
            }
            problems.throwIfAny();
            return List.of(EventDraft.of(command, ExpenditureReversed.builder().reversalId(command.reversalId())
                    .expenditureId(command.expenditureId()).communeCode(command.unitCode())
                    .amount(expenditure.orElseThrow().amount()).reason(command.reason())
                    .documentReference(command.documentReference()).build()));
        }
    }

}
