package org.ketnghia.core.funding.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.A_XAN;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.HUNG_SON;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.LIVESTOCK;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.expenditure;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.reverseExpenditure;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.settle;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.source;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.transfer;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.unpledged;
import static org.ketnghia.testing.Fixtures.PROVINCE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.funding.ExpenditureRecorded;
import org.ketnghia.core.funding.FundAllocation;
import org.ketnghia.core.funding.FundPurpose;
import org.ketnghia.core.funding.FundingErrorCode;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.funding.FundingSourceRegistered;
import org.ketnghia.core.funding.ReceiptRecorded;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.ProgrammeLedger;
import org.ketnghia.core.ledger.SnapshotFormCheck;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;

/**
 * Two programmes hold money in one commune's livestock fund: the follow-up's state-budget money came first, the
 * pilot's enterprise money after it. An expenditure is traced only to its own programme's money and the money of no
 * programme; the pilot's shortfall is refused while the follow-up has money; transfers and reversals keep each
 * đồng's programme; each programme's settlement counts only its own money.
 */
class ProgrammeTracingTest {

    private static final String PILOT = "quang-nam-2021";
    private static final String FOLLOW_UP = "quang-nam-2024";
    private static final LocalDate MARCH = LocalDate.of(2024, 3, 1);
    private static final LocalDate APRIL = LocalDate.of(2024, 4, 1);
    private static final LocalDate MAY = LocalDate.of(2024, 5, 1);
    private static final LocalDate JUNE = LocalDate.of(2024, 6, 1);
    private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
    private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 10);
    private static final LocalDate AFTER_MERGER = LocalDate.of(2026, 2, 1);

    private KetnghiaRuntime runtime;
    private ProgrammeLedger pilot;
    private ProgrammeLedger followUp;

    /** The follow-up receives 40 M into A Xan's livestock fund, then the pilot 30 M, and the pilot spends 20 M. */
    @BeforeEach
    void theFollowUpsMoneyComesFirst_thenThePilotsAndThePilotSpends() {
        runtime = SettlementFixtures.runtime();
        pilot = runtime.ledger().forProgramme(PILOT);
        followUp = runtime.ledger().forProgramme(FOLLOW_UP);
        runtime.ledger().submit(source("nsnn", FundingSourceKind.STATE_BUDGET, null));
        runtime.ledger().submit(source("dn", FundingSourceKind.ENTERPRISE, null));
        runtime.ledger().submit(source("ht", FundingSourceKind.PHILANTHROPIST, null));
        followUp.submit(unpledged("thu-follow-up", "nsnn", A_XAN, LIVESTOCK, MARCH, Money.ofMillions(40)));
        pilot.submit(unpledged("thu-pilot", "dn", A_XAN, LIVESTOCK, APRIL, Money.ofMillions(30)));
        pilot.submit(expenditure("chi-pilot", A_XAN, LIVESTOCK, MAY, 20));
    }

    private FundingLedger funding() {
        return runtime.ledger().read(FundingLedger.class, f -> f);
    }

    private List<String> tracedTo(String expenditureId) {
        return funding().expenditure(expenditureId).orElseThrow().allocations().stream()
                .map(allocation -> allocation.receiptId() + " " + allocation.amount().dong()).toList();
    }

    private static Problem refusal(Runnable submission) {
        KetnghiaException refused = catchThrowableOfType(submission::run, KetnghiaException.class);
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.problems()).hasSize(1);
        return refused.problems().get(0);
    }

    @Test
    void thePilotsExpenditure_isTracedToThePilotsReceipt_thoughTheFollowUpsCameFirst() {
        assertThat(tracedTo("chi-pilot")).containsExactly("thu-pilot 20000000");
        assertThat(funding().receipt("thu-follow-up").orElseThrow().spent()).isEqualTo(Money.ZERO);

        followUp.submit(expenditure("chi-follow-up", A_XAN, LIVESTOCK, JUNE, 40));
        assertThat(tracedTo("chi-follow-up")).containsExactly("thu-follow-up 40000000");
        assertThat(funding().spentFromOtherProgrammes()).isEqualTo(Money.ZERO);
    }

    @Test
    void moneyOfNoProgramme_paysEitherProgramme_firstInFirstOutWithItsOwn() {
        runtime.ledger().submit(unpledged("thu-chung", "ht", A_XAN, LIVESTOCK, MAY, Money.ofMillions(5)));
        pilot.submit(unpledged("thu-pilot-2", "dn", A_XAN, LIVESTOCK, MAY, Money.ofMillions(8)));

        pilot.submit(expenditure("chi-pilot-2", A_XAN, LIVESTOCK, JUNE, 17));

        assertThat(tracedTo("chi-pilot-2")).containsExactly("thu-pilot 10000000", "thu-chung 5000000",
                "thu-pilot-2 2000000");
        assertThat(funding().availableFor(A_XAN, FundPurpose.of(LIVESTOCK), Optional.empty()))
                .as("spending of no programme may use only money of no programme").isEqualTo(Money.ZERO);
    }

    @Test
    void thePilotsShortfall_isRefused_whileTheFollowUpHasMoneyInTheFund() {
        long before = runtime.ledger().lastSequence();

        Problem problem = refusal(() -> pilot.submit(expenditure("chi-pilot-2", A_XAN, LIVESTOCK, JUNE, 11)));

        assertThat(problem.code()).isEqualTo(FundingErrorCode.FUNDING_PROGRAMME_BALANCE_INSUFFICIENT);
        assertThat(problem.field()).isEqualTo("amount");
        assertThat(problem.arguments()).containsExactly(A_XAN, FundPurpose.of(LIVESTOCK).toString(),
                Money.ofMillions(10).toString(), Money.ofMillions(11).toString(), PILOT, Money.ofMillions(40).toString());
        assertThat(problem.messageEn()).contains("for programme " + PILOT).contains("another programme's money");
        assertThat(problem.messageVi()).contains("chương trình " + PILOT);
        assertThat(runtime.ledger().lastSequence()).as("nothing appended").isEqualTo(before);

        pilot.submit(expenditure("chi-pilot-2", A_XAN, LIVESTOCK, JUNE, 10));
        assertThat(funding().availableFor(A_XAN, FundPurpose.of(LIVESTOCK), Optional.of(PILOT))).isEqualTo(Money.ZERO);
        assertThat(funding().availableFor(A_XAN, FundPurpose.of(LIVESTOCK))).isEqualTo(Money.ofMillions(40));
    }

    @Test
    void spendingOfNoProgramme_fromProgrammesMoneyOnly_isRefused_andAFundOfOneProgrammeRefusesAsBefore() {
        Problem unassigned = refusal(() -> runtime.ledger().submit(expenditure("chi-chung", A_XAN, LIVESTOCK, JUNE, 1)));
        assertThat(unassigned.code()).isEqualTo(FundingErrorCode.FUNDING_UNASSIGNED_BALANCE_INSUFFICIENT);
        assertThat(unassigned.field()).isEqualTo("amount");

        String chom = "QNA.TAY-GIANG.CHOM";
        followUp.submit(unpledged("thu-chom", "nsnn", chom, LIVESTOCK, MARCH, Money.ofMillions(3)));
        Problem overspending = refusal(() -> followUp.submit(expenditure("chi-chom", chom, LIVESTOCK, JUNE, 4)));
        assertThat(overspending.code()).as("no other programme's money in the fund")
                .isEqualTo(FundingErrorCode.FUNDING_INSUFFICIENT_BALANCE);
    }

    @Test
    void aReversalAndATransfer_keepEachDongsProgramme() {
        pilot.submit(reverseExpenditure("dc-chi-pilot", "chi-pilot", A_XAN, JUNE));
        runtime.ledger().submit(transfer("cd-1", A_XAN, HUNG_SON, LIVESTOCK, AFTER_MERGER));
        LocalDate march2026 = LocalDate.of(2026, 3, 1);

        Problem problem = refusal(() -> followUp.submit(expenditure("chi-follow-up", HUNG_SON, LIVESTOCK, march2026, 41)));
        assertThat(problem.code()).isEqualTo(FundingErrorCode.FUNDING_PROGRAMME_BALANCE_INSUFFICIENT);
        assertThat(problem.arguments()).contains(FOLLOW_UP, Money.ofMillions(30).toString());

        pilot.submit(expenditure("chi-pilot-2", HUNG_SON, LIVESTOCK, march2026, 30));
        followUp.submit(expenditure("chi-follow-up", HUNG_SON, LIVESTOCK, march2026, 40));
        assertThat(tracedTo("chi-pilot-2")).as("the pilot's money came back from its reversed expenditure and moved")
                .containsExactly("thu-pilot 30000000");
        assertThat(tracedTo("chi-follow-up")).containsExactly("thu-follow-up 40000000");
        assertThat(funding().balance(HUNG_SON, LIVESTOCK)).isEqualTo(Money.ZERO);
        assertThat(SnapshotFormCheck.assertRestoresAsReplay(runtime)).isPositive();
    }

    @Test
    void eachProgrammesSettlement_countsOnlyItsOwnMoney() {
        followUp.submit(expenditure("chi-follow-up", A_XAN, LIVESTOCK, JUNE, 25));
        pilot.submit(settle("qt-pilot-2024", END_2024, JAN_2025));
        followUp.submit(settle("qt-follow-up-2024", END_2024, JAN_2025));

        AccountsSettled pilotSettled = settled("qt-pilot-2024");
        assertThat(pilotSettled.lines()).extracting(SettlementLine::sourceId).containsExactly("dn");
        assertThat(pilotSettled.lines().get(0).amounts().received()).isEqualTo(Money.ofMillions(30));
        assertThat(pilotSettled.lines().get(0).amounts().spent()).isEqualTo(Money.ofMillions(20));
        assertThat(pilotSettled.lines().get(0).amounts().balance()).isEqualTo(Money.ofMillions(10));

        AccountsSettled followUpSettled = settled("qt-follow-up-2024");
        assertThat(followUpSettled.lines()).extracting(SettlementLine::sourceId).containsExactly("nsnn");
        assertThat(followUpSettled.lines().get(0).amounts().received()).isEqualTo(Money.ofMillions(40));
        assertThat(followUpSettled.lines().get(0).amounts().spent()).isEqualTo(Money.ofMillions(25));
        assertThat(followUpSettled.lines().get(0).amounts().balance()).isEqualTo(Money.ofMillions(15));

        assertThat(pilotSettled.totals().balance().plus(followUpSettled.totals().balance()))
                .isEqualTo(funding().balance(A_XAN, LIVESTOCK));
    }

    private AccountsSettled settled(String id) {
        return runtime.ledger().read(FundingSettlements.class, s -> s.settlement(id).orElseThrow().accounts());
    }

    /**
     * An expenditure recorded when the whole fund paid first in, first out may have used another programme's money;
     * replayed, it is paid by its own programme's money first and the rest is traced, and counted, to the others'.
     */
    @Test
    void anExpenditureRecordedBeforeTheRule_replays_withThePartItsProgrammeCouldNotPayTracedToTheOthers() {
        FundingLedger replayed = new FundingLedger();
        long[] sequence = {0};
        java.util.function.BiConsumer<Optional<String>, LedgerEvent> record = (programme, payload) -> replayed.apply(
                new EventEnvelope(++sequence[0], MARCH, Instant.EPOCH, PROVINCE, A_XAN, programme, payload, "x", "y"));
        record.accept(Optional.empty(), FundingSourceRegistered.builder().sourceId("nsnn").name("NSNN")
                .kind(FundingSourceKind.STATE_BUDGET).build());
        record.accept(Optional.of(FOLLOW_UP), ReceiptRecorded.builder().receiptId("thu-follow-up").communeCode(A_XAN)
                .sourceId("nsnn").modelId(LIVESTOCK).amount(Money.ofMillions(40)).build());
        record.accept(Optional.of(PILOT), ReceiptRecorded.builder().receiptId("thu-pilot").communeCode(A_XAN)
                .sourceId("nsnn").modelId(LIVESTOCK).amount(Money.ofMillions(30)).build());
        record.accept(Optional.of(PILOT), ExpenditureRecorded.builder().expenditureId("chi-pilot").communeCode(A_XAN)
                .modelId(LIVESTOCK).description("chi").amount(Money.ofMillions(35)).documentReference("PC").build());

        assertThat(replayed.expenditure("chi-pilot").orElseThrow().allocations()).extracting(FundAllocation::receiptId,
                FundAllocation::amount).containsExactly(org.assertj.core.groups.Tuple.tuple("thu-pilot", Money.ofMillions(30)),
                org.assertj.core.groups.Tuple.tuple("thu-follow-up", Money.ofMillions(5)));
        assertThat(replayed.spentFromOtherProgrammes()).isEqualTo(Money.ofMillions(5));
        assertThat(replayed.untracedSpending()).isEqualTo(Money.ZERO);
        assertThat(replayed.balance(A_XAN, LIVESTOCK)).isEqualTo(Money.ofMillions(35));
        FundingLedger restored = FundingLedger.SNAPSHOT_FORM.restore().apply(FundingLedger.SNAPSHOT_FORM.save().apply(replayed));
        assertThat(restored.spentFromOtherProgrammes()).isEqualTo(Money.ofMillions(5));
    }
}
