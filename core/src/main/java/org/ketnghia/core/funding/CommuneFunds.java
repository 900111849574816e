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
import org.ketnghia.core.funding.internal.FundingChecks;
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
 * <p><b>Programmes.</b> In a ledger of several programmes, money recorded for a programme pays only that
 * programme's spending (<i>tiền của chương trình nào chi cho chương trình ấy</i>): spending recorded for programme P
 * ({@link LedgerState#programmeId()}) may use P's money and money recorded for no programme, spending recorded for no
 * programme only money recorded for none. When that money is short, the spending is refused as any overspending is,
 * even if another programme holds money in the same fund: {@link FundingErrorCode#FUNDING_PROGRAMME_BALANCE_INSUFFICIENT}
 * (or {@link FundingErrorCode#FUNDING_UNASSIGNED_BALANCE_INSUFFICIENT} for no programme), naming the programme, what
 * it may spend and what other programmes hold. Where no other programme holds money for the purpose, the refusal
 * is {@link FundingErrorCode#FUNDING_INSUFFICIENT_BALANCE}, as in a ledger of one programme.
 *
 * <p><b>Receipts.</b> The same way in: a handler whose own events bring money into a commune's fund
 * (a household paying cash into its group's revolving fund, say) builds each {@link #receipt} (always
 * unpledged), and the {@link #source} it needs when that source is not yet registered, passes them all
 * to {@link #checkReceipts}, and on success returns their {@link #draft drafts} — sources first — with
 * its other events, in the same batch: appended together or not at all.
 *
 * <p><b>Revolving funds.</b> {@link #revolvingFund} names the purpose of a group's revolving fund
 * (<i>quỹ quay vòng</i>): activity {@value #REVOLVING_FUND_PREFIX}{@code <groupId>} of the model.
 * Money earmarked for it pays only that group's revolving purchases and a revolving purchase is paid
 * only from it ({@link FundingLedger}); and since it is households' recycled money, not the plan's
 * budget, spending from it is left out of the programme's allotment, both from the sum already spent
 * and from the check ({@link #checkExpenditures}).
 *
 * <p>The runtime must include {@link FundingFeature}. Stateless and thread-safe; the {@link
 * LedgerState} must be the one passed to the calling handler.
 */
public final class CommuneFunds {

    private CommuneFunds() {
    }

    /**
     * The problems that would stop {@code communeCode} spending {@code amount} on {@code purpose}
     * now, for the programme the command is recorded for; empty when it may.
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
        FundingLedger ledger = state.projection(FundingLedger.class);
        Money available = ledger.availableFor(communeCode, purpose, state.programmeId());
        if (amount.isGreaterThan(available)) {
            addShortfall(ledger, communeCode, purpose, state.programmeId(), available, amount, "amount", problems);
        }
        return problems.list();
    }

    /** {@link #checkCanSpend(LedgerState, String, FundPurpose, Money)} for a model without an activity. */
    public static List<Problem> checkCanSpend(LedgerState state, String communeCode, String modelId, Money amount) {
        return checkCanSpend(state, communeCode, FundPurpose.of(modelId), amount);
    }

    /** The activity prefix of a group's revolving fund: {@value}. */
    public static final String REVOLVING_FUND_PREFIX = "quy-quay-vong:";

    /**
     * The purpose of the revolving fund (<i>quỹ quay vòng</i>) of group {@code groupId} in model
     * {@code modelId}: activity {@value #REVOLVING_FUND_PREFIX}{@code <groupId>}.
     *
     * @throws IllegalArgumentException if {@code groupId} is blank
     */
    public static FundPurpose revolvingFund(String modelId, String groupId) {
        requireNonNull(modelId, "modelId");
        requireNonNull(groupId, "groupId");
        if (groupId.isBlank()) {
            throw new IllegalArgumentException("a revolving fund needs a group id, got \"" + groupId + "\"");
        }
        return FundPurpose.of(modelId, REVOLVING_FUND_PREFIX + groupId);
    }

    /** Whether {@code purpose} is a group's revolving fund: its activity starts with {@value #REVOLVING_FUND_PREFIX}. */
    public static boolean isRevolvingFund(FundPurpose purpose) {
        return requireNonNull(purpose, "purpose").activity().filter(a -> a.startsWith(REVOLVING_FUND_PREFIX)).isPresent();
    }

    /**
     * Every problem of appending {@code expenditures} together, in order, on {@code date}: fresh
     * unique ids, a fund-holding unit, non-blank texts, positive amounts, a date in no settled period (nor, for
     * spending that would draw money of no programme, in the settled period of another programme: {@link
     * SettlementLock#checkNoProgrammeMoneyOpen}), no
     * district spending beyond the programme's allotment, and enough money for each after the ones before it in
     * the list. Spending from a revolving fund ({@link #isRevolvingFund}) is neither checked against the
     * allotment nor counted in it. Fields are prefixed {@code expenditures[i].} when there
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
        List<FundingLedger.DrawInSequence> draws = ledger.inSequence(batch, state.programmeId());
        java.util.Set<String> idsInBatch = new java.util.HashSet<>();
        java.util.Optional<ProgrammeScope> scope = ProgrammeScope.of(state);
        java.util.Map<ProgrammeScope.Allotment, Money> spentInBatch = new java.util.HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            ExpenditureRecorded expenditure = batch.get(i);
            FundingLedger.DrawInSequence draw = draws.get(i);
            String prefix = batch.size() == 1 ? "" : "expenditures[" + i + "].";
            checkNewId(ledger, expenditure.expenditureId(), prefix + "expenditureId", problems);
            problems.check(!idsInBatch.add(expenditure.expenditureId()), CoreErrorCode.VALUE_DUPLICATE,
                    prefix + "expenditureId", expenditure.expenditureId());
            checkCommune(state, expenditure.communeCode(), date, prefix + "unitCode", problems);
            checkText(expenditure.modelId(), prefix + "modelId", problems);
            expenditure.activity().ifPresent(activity -> checkText(activity, prefix + "activity", problems));
            checkText(expenditure.description(), prefix + "description", problems);
            checkText(expenditure.documentReference(), prefix + "documentReference", problems);
            // money of no programme that another programme's settlement closed may not be spent in its period
            problems.addAll(SettlementLock.checkNoProgrammeMoneyOpen(state, date, "occurredOn",
                    expenditure.expenditureId(), draw.fromNoProgramme()));
            if (!expenditure.amount().isPositive()) {
                problems.add(FundingErrorCode.FUNDING_AMOUNT_NOT_POSITIVE, prefix + "amount", expenditure.amount());
            } else if (expenditure.amount().isGreaterThan(draw.available())) {
                addShortfall(ledger, expenditure.communeCode(), expenditure.purpose(), state.programmeId(), draw.available(),
                        expenditure.amount(), prefix + "amount", problems);
            } else if (!isRevolvingFund(expenditure.purpose())) {
                // a revolving fund's money is households' recycled money, not the plan's budget
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
     * An unpledged receipt into {@code communeCode}'s fund (not yet validated: pass it to {@link
     * #checkReceipts}).
     *
     * @param receiptId unique id
     * @param communeCode the commune (or fund-holding district or provincial body) whose fund receives it
     * @param sourceId where the money comes from: a registered source, or one registered in the same batch
     * @param purpose the model and optional activity, e.g. {@link #revolvingFund}
     * @param amount how much
     */
    public static ReceiptRecorded receipt(String receiptId, String communeCode, String sourceId, FundPurpose purpose,
            Money amount) {
        requireNonNull(purpose, "purpose");
        return ReceiptRecorded.builder().receiptId(receiptId).communeCode(communeCode).sourceId(sourceId)
                .modelId(purpose.modelId()).activity(purpose.activity()).amount(amount).build();
    }

    /**
     * A new funding source, for a handler that records a receipt from a source not yet registered (not yet
     * validated: pass it to {@link #checkReceipts(LedgerState, LocalDate, List, List)}). It belongs to no sponsor.
     */
    public static FundingSourceRegistered source(String sourceId, String name, FundingSourceKind kind) {
        return FundingSourceRegistered.builder().sourceId(sourceId).name(name).kind(kind).build();
    }

    /** {@link #checkReceipts(LedgerState, LocalDate, List, List)} with no source registered in the batch. */
    public static List<Problem> checkReceipts(LedgerState state, LocalDate date, List<ReceiptRecorded> receipts) {
        return checkReceipts(state, date, List.of(), receipts);
    }

    /**
     * Every problem of appending {@code newSources} and then {@code receipts} together on {@code date}:
     * a date in no settled period ({@code occurredOn}); for each source a fresh unique id and a name; for each
     * receipt a fresh unique id, no pledge (a feature's receipt is unpledged), a source registered or in
     * {@code newSources}, a fund-holding unit, a model, a non-blank activity if any, a positive amount and,
     * for a sponsor's source when the ledger declares a programme, a pilot commune twinned with the sponsor.
     * Empty when they may be appended. Fields are prefixed {@code sources[i].} and {@code receipts[i].} when
     * there is more than one of the kind.
     *
     * @param state the state passed to the calling handler
     * @param date the date the money arrives
     * @param newSources sources the handler registers in the same batch (see {@link #source})
     * @param receipts the receipts, built with {@link #receipt}
     */
    public static List<Problem> checkReceipts(LedgerState state, LocalDate date, List<FundingSourceRegistered> newSources,
            List<ReceiptRecorded> receipts) {
        requireNonNull(state, "state");
        requireNonNull(date, "date");
        List<FundingSourceRegistered> sources = List.copyOf(newSources);
        List<ReceiptRecorded> batch = List.copyOf(receipts);
        FundingLedger ledger = state.projection(FundingLedger.class);
        Problems problems = new Problems();
        problems.addAll(SettlementLock.checkOpen(state, date, "occurredOn"));
        java.util.Set<String> idsInBatch = new java.util.HashSet<>();
        java.util.Map<String, FundingSource> sourcesInBatch = new java.util.HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            FundingSourceRegistered source = sources.get(i);
            String prefix = sources.size() == 1 ? "" : "sources[" + i + "].";
            checkNewId(ledger, source.sourceId(), prefix + "sourceId", problems);
            problems.check(!idsInBatch.add(source.sourceId()), CoreErrorCode.VALUE_DUPLICATE, prefix + "sourceId",
                    source.sourceId());
            checkText(source.name(), prefix + "name", problems);
            sourcesInBatch.put(source.sourceId(),
                    new FundingSource(source.sourceId(), source.name(), source.kind(), source.sponsorId()));
        }
        for (int i = 0; i < batch.size(); i++) {
            ReceiptRecorded receipt = batch.get(i);
            String prefix = batch.size() == 1 ? "" : "receipts[" + i + "].";
            checkNewId(ledger, receipt.receiptId(), prefix + "receiptId", problems);
            problems.check(!idsInBatch.add(receipt.receiptId()), CoreErrorCode.VALUE_DUPLICATE, prefix + "receiptId",
                    receipt.receiptId());
            receipt.pledgeId().ifPresent(pledge -> problems.add(FundingErrorCode.FUNDING_RECEIPT_PLEDGE_AND_UNPLEDGED,
                    prefix + "pledgeId", pledge));
            if (!checkText(receipt.sourceId(), prefix + "sourceId", problems)) {
                Optional<FundingSource> source = ledger.source(receipt.sourceId())
                        .or(() -> Optional.ofNullable(sourcesInBatch.get(receipt.sourceId())));
                problems.check(source.isEmpty(), FundingErrorCode.FUNDING_SOURCE_UNKNOWN, prefix + "sourceId",
                        receipt.sourceId());
                source.ifPresent(known -> FundingChecks.checkTwinned(state, known.sponsorId(), receipt.communeCode(), date,
                        prefix + "unitCode", problems));
            }
            checkCommune(state, receipt.communeCode(), date, prefix + "unitCode", problems);
            checkText(receipt.modelId(), prefix + "modelId", problems);
            receipt.activity().ifPresent(activity -> checkText(activity, prefix + "activity", problems));
            FundingChecks.checkPositive(receipt.amount(), prefix + "amount", problems);
        }
        return problems.list();
    }

    /** The draft to return from a handler: the receipt concerns its commune on {@code date}. */
    public static EventDraft draft(ReceiptRecorded receipt, LocalDate date) {
        return new EventDraft(receipt, receipt.communeCode(), date);
    }

    /** The draft to return from a handler: the source's registration, recorded for {@code unitCode} on {@code date}. */
    public static EventDraft draft(FundingSourceRegistered source, String unitCode, LocalDate date) {
        return new EventDraft(source, unitCode, date);
    }

    /**
     * The plan's allotment per district and model: what the communes standing for the district have
     * spent on the model, with the batch so far, may not exceed the allotment in force. Spending from
     * revolving funds is not counted (the caller does not check it either).
     */
    private static void checkAllotment(FundingLedger ledger, ProgrammeScope.Allotment allotment, ExpenditureRecorded expenditure,
            java.util.Map<ProgrammeScope.Allotment, Money> spentInBatch, String prefix, Problems problems) {
        Money spent = spentInBatch.getOrDefault(allotment, Money.ZERO);
        for (String commune : allotment.communeCodes()) {
            spent = spent.plus(ledger.spent(commune, allotment.modelId()))
                    .minus(ledger.spentFromRevolvingFunds(commune, allotment.modelId()));
        }
        if (spent.plus(expenditure.amount()).isGreaterThan(allotment.amount())) {
            problems.add(FundingErrorCode.FUNDING_ALLOTMENT_EXCEEDED, prefix + "amount", expenditure.amount(), allotment.modelId(),
                    allotment.unitCode(), allotment.amount(), spent);
        } else {
            spentInBatch.merge(allotment, expenditure.amount(), Money::plus);
        }
    }

    /**
     * Spending {@code amount} for {@code programme} when it may use only {@code available}: refused as any
     * overspending is, naming the programme when another programme's money in the fund is what it may not use.
     */
    private static void addShortfall(FundingLedger ledger, String communeCode, FundPurpose purpose,
            Optional<String> programme, Money available, Money amount, String field, Problems problems) {
        Money others = ledger.availableFor(communeCode, purpose)
                .minus(ledger.availableFor(communeCode, purpose, programme));
        if (!others.isPositive()) {
            problems.add(FundingErrorCode.FUNDING_INSUFFICIENT_BALANCE, field, communeCode, purpose, available, amount);
        } else if (programme.isPresent()) {
            problems.add(FundingErrorCode.FUNDING_PROGRAMME_BALANCE_INSUFFICIENT, field, communeCode, purpose, available,
                    amount, programme.get(), others);
        } else {
            problems.add(FundingErrorCode.FUNDING_UNASSIGNED_BALANCE_INSUFFICIENT, field, communeCode, purpose, available,
                    amount, others);
        }
    }

    // ------------------------------------------------------------------ shared checks
}
