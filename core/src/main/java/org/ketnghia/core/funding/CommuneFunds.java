package org.ketnghia.core.funding;

import static java.util.Objects.requireNonNull;
import static org.ketnghia.core.funding.internal.FundingChecks.checkCommune;
import static org.ketnghia.core.funding.internal.FundingChecks.checkNewId;
import static org.ketnghia.core.funding.internal.FundingChecks.checkText;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.funding.settlement.SettlementLock;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.programme.ProgrammeScope;

/**
 * The one way to spend from a commune's fund, for {@link RecordExpenditure} and for other
 * features' handlers that produce an {@link ExpenditureRecorded} atomically with their own events
 * (a pilot model buying breeding animals, say). Such a handler calls {@link #checkExpenditures}
 * with every expenditure it wants to append, adds the problems to its own, and on success returns
 * {@link #draft} of each with its other events. The rule: a commune never spends more than it has
 * received for that purpose (see {@link FundingLedger} for how activities draw on money).
 *
 * <p>The runtime must include {@link FundingFeature}. Stateless and thread-safe; the {@link
 * LedgerState} must be the one passed to the calling handler.
 */
public final class CommuneFunds {

    private CommuneFunds() {
    }

    /**
     * The problems that would stop {@code communeCode} spending {@code amount} on {@code purpose}
     * now; empty when it may.
     */
    public static List<Problem> checkCanSpend(LedgerState state, String communeCode, FundPurpose purpose, Money amount) {
        requireNonNull(state, "state");
        requireNonNull(communeCode, "communeCode");
        requireNonNull(purpose, "purpose");
        requireNonNull(amount, "amount");
        Problems problems = new Problems();
        if (!amount.isPositive()) {
            problems.add(FundingErrorCode.FUNDING_AMOUNT_NOT_POSITIVE, "amount", amount);
            return problems.list();
        }
        Money available = state.projection(FundingLedger.class).availableFor(communeCode, purpose);
        problems.check(amount.isGreaterThan(available), FundingErrorCode.FUNDING_INSUFFICIENT_BALANCE, "amount",
                communeCode, purpose, available, amount);
        return problems.list();
    }

    /** {@link #checkCanSpend(LedgerState, String, FundPurpose, Money)} for a model without an activity. */
    public static List<Problem> checkCanSpend(LedgerState state, String communeCode, String modelId, Money amount) {
        return checkCanSpend(state, communeCode, FundPurpose.of(modelId), amount);
    }

    /**
     * Every problem of appending {@code expenditures} together, in order, on {@code date}: fresh
     * unique ids, a fund-holding unit, non-blank texts, positive amounts, a date in no settled period, no
     * district spending beyond the programme's allotment, and enough money for each after the ones before it in
     * the list. Fields are prefixed {@code expenditures[i].} when there
     * is more than one.
     */
    public static List<Problem> checkExpenditures(LedgerState state, LocalDate date, List<ExpenditureRecorded> expenditures) {
        requireNonNull(state, "state");
        requireNonNull(date, "date");
        List<ExpenditureRecorded> batch = List.copyOf(expenditures);
        FundingLedger ledger = state.projection(FundingLedger.class);
        Problems problems = new Problems();
        // money dated in a settled period (quyết toán) is refused, whichever feature spends it
        problems.addAll(SettlementLock.checkOpen(state, date, "occurredOn"));
        List<Money> available = ledger.availableInSequence(batch);
        java.util.Set<String> idsInBatch = new java.util.HashSet<>();
        java.util.Optional<ProgrammeScope> scope = ProgrammeScope.of(state);
        java.util.Map<ProgrammeScope.Allotment, Money> spentInBatch = new java.util.HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            ExpenditureRecorded expenditure = batch.get(i);
            String prefix = batch.size() == 1 ? "" : "expenditures[" + i + "].";
            checkNewId(ledger, expenditure.expenditureId(), prefix + "expenditureId", problems);
            problems.check(!idsInBatch.add(expenditure.expenditureId()), CoreErrorCode.VALUE_DUPLICATE,
                    prefix + "expenditureId", expenditure.expenditureId());
            checkCommune(state, expenditure.communeCode(), date, prefix + "unitCode", problems);
            checkText(expenditure.modelId(), prefix + "modelId", problems);
            expenditure.activity().ifPresent(activity -> checkText(activity, prefix + "activity", problems));
            checkText(expenditure.description(), prefix + "description", problems);
            checkText(expenditure.documentReference(), prefix + "documentReference", problems);
            if (!expenditure.amount().isPositive()) {
                problems.add(FundingErrorCode.FUNDING_AMOUNT_NOT_POSITIVE, prefix + "amount", expenditure.amount());
            } else if (expenditure.amount().isGreaterThan(available.get(i))) {
                problems.add(FundingErrorCode.FUNDING_INSUFFICIENT_BALANCE, prefix + "amount",
                        expenditure.communeCode(), expenditure.purpose(), available.get(i), expenditure.amount());
            } else {
                scope.flatMap(s -> s.allotmentFor(expenditure.communeCode(), expenditure.modelId(), date))
                        .ifPresent(allotment -> checkAllotment(ledger, allotment, expenditure, spentInBatch, prefix, problems));
            }
        }
        return problems.list();
    }

    /**
     * A new expenditure event (not yet validated: pass it to {@link #checkExpenditures}).
     *
     * @param expenditureId unique id
     * @param communeCode the commune that spends
     * @param purpose the model and optional activity
     * @param description what was paid for
     * @param amount how much
     * @param documentReference the <i>chứng từ</i>
     */
    public static ExpenditureRecorded expenditure(String expenditureId, String communeCode, FundPurpose purpose,
            String description, Money amount, String documentReference) {
        requireNonNull(purpose, "purpose");
        return ExpenditureRecorded.builder().expenditureId(expenditureId).communeCode(communeCode)
                .modelId(purpose.modelId()).activity(purpose.activity()).description(description).amount(amount)
                .documentReference(documentReference).build();
    }

    /** The draft to return from a handler: the expenditure concerns its commune on {@code date}. */
    public static EventDraft draft(ExpenditureRecorded expenditure, LocalDate date) {
        return new EventDraft(expenditure, expenditure.communeCode(), date);
    }

    /**
     * The plan's allotment per district and model: what the communes standing for the district have
     * spent on the model, with the batch so far, may not exceed the allotment in force.
     */
    private static void checkAllotment(FundingLedger ledger, ProgrammeScope.Allotment allotment, ExpenditureRecorded expenditure,
            java.util.Map<ProgrammeScope.Allotment, Money> spentInBatch, String prefix, Problems problems) {
        Money spent = spentInBatch.getOrDefault(allotment, Money.ZERO);
        for (String commune : allotment.communeCodes()) {
            spent = spent.plus(ledger.spent(commune, allotment.modelId()));
        }
        if (spent.plus(expenditure.amount()).isGreaterThan(allotment.amount())) {
            problems.add(FundingErrorCode.FUNDING_ALLOTMENT_EXCEEDED, prefix + "amount", expenditure.amount(), allotment.modelId(),
                    allotment.unitCode(), allotment.amount(), spent);
        } else {
            spentInBatch.merge(allotment, expenditure.amount(), Money::plus);
        }
    }

    // ------------------------------------------------------------------ shared checks
}
