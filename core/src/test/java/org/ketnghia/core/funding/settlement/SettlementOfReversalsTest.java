package org.ketnghia.core.funding.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.A_XAN;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.IN_2024;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.LIVESTOCK;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.STARTUP;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.expenditure;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.pledge;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.receipt;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.reverseExpenditure;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.reverseReceipt;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.settle;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.source;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.unpledged;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.funding.FundExpenditure;
import org.ketnghia.core.funding.FundReceipt;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.SnapshotFormCheck;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;

/**
 * A settlement counts a reversal (<i>bút toán điều chỉnh</i>) in the period the reversal is dated in: reversed
 * receipts and expenditures are left out of every settlement whose period end is on or after the reversal, and
 * stay in those that end before it; a settled period refuses reversals dated in it.
 */
class SettlementOfReversalsTest {

    private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
    private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 10);
    private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);
    private static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 15);
    private static final LocalDate IN_2024_LATER = LocalDate.of(2024, 6, 1);

    private KetnghiaRuntime runtime;

    /**
     * A Xan, 2024. Livestock receives 60 M from the Department of Finance (pledged), 40 M from the state
     * budget and 20 M from an enterprise (thu-4), and spends 70 M (60 M of the department's, 10 M of the
     * budget's) and then 5 M of the budget's (chi-3); start-ups receive 10 M from the enterprise and spend
     * 4 M. In force: received 130 M, spent 79 M, balance 51 M.
     */
    @BeforeEach
    void aXanReceivedAndSpentIn2024() {
        runtime = SettlementFixtures.runtime();
        runtime.ledger().submit(source("stc", FundingSourceKind.SPONSOR, "so-tai-chinh"));
        runtime.ledger().submit(source("nsnn", FundingSourceKind.STATE_BUDGET, null));
        runtime.ledger().submit(source("dn", FundingSourceKind.ENTERPRISE, null));
        runtime.ledger().submit(pledge("ck-1", "stc", A_XAN, LIVESTOCK, 100));
        runtime.ledger().submit(receipt("thu-1", "ck-1", A_XAN, IN_2024, 60));
        runtime.ledger().submit(unpledged("thu-2", "nsnn", A_XAN, LIVESTOCK, IN_2024, Money.ofMillions(40)));
        runtime.ledger().submit(unpledged("thu-3", "dn", A_XAN, STARTUP, IN_2024, Money.ofMillions(10)));
        runtime.ledger().submit(unpledged("thu-4", "dn", A_XAN, LIVESTOCK, IN_2024, Money.ofMillions(20)));
        runtime.ledger().submit(expenditure("chi-1", A_XAN, LIVESTOCK, IN_2024, 70));
        runtime.ledger().submit(expenditure("chi-2", A_XAN, STARTUP, IN_2024, 4));
        runtime.ledger().submit(expenditure("chi-3", A_XAN, LIVESTOCK, IN_2024, 5));
    }

    /** The settlements' projection restores from a snapshot as a full replay folds it, reversal flows included. */
    @AfterEach
    void snapshotsRestoreAsAFullReplay() {
        assertThat(SnapshotFormCheck.assertRestoresAsReplay(runtime)).isPositive();
    }

    /** Reverses chi-3 and thu-4 wholly, and 5 M of thu-2, all on {@code date}. */
    private void reverseOn(LocalDate date) {
        runtime.ledger().submit(reverseExpenditure("dc-1", "chi-3", A_XAN, date));
        runtime.ledger().submit(reverseReceipt("dc-2", "thu-4", A_XAN, date, null));
        runtime.ledger().submit(reverseReceipt("dc-3", "thu-2", A_XAN, date, 5L));
    }

    private AccountsSettled settled(String id) {
        return runtime.ledger().read(FundingSettlements.class, s -> s.settlement(id).orElseThrow().accounts());
    }

    private static Optional<SettlementAmounts> line(AccountsSettled settled, String model, String source) {
        return settled.lines().stream()
                .filter(l -> l.unitCode().equals(A_XAN) && l.modelId().equals(model) && l.sourceId().equals(source))
                .findFirst().map(SettlementLine::amounts);
    }

    private Money receivedInForce() {
        return runtime.ledger().read(FundingLedger.class,
                l -> Money.sum(l.receipts().stream().map(FundReceipt::amount).toList()));
    }

    private Money spentInForce() {
        return runtime.ledger().read(FundingLedger.class,
                l -> Money.sum(l.expenditures().stream().map(FundExpenditure::amount).toList()));
    }

    private Money balanceInTheFunds() {
        return runtime.ledger().read(FundingLedger.class, l -> l.balance(A_XAN, LIVESTOCK).plus(l.balance(A_XAN, STARTUP)));
    }

    private void assertRefusedAsSettled(Command command) {
        long before = runtime.ledger().lastSequence();
        assertThatThrownBy(() -> runtime.ledger().submit(command)).isInstanceOfSatisfying(KetnghiaException.class,
                refused -> assertThat(refused.problems()).extracting(Problem::code, Problem::field)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(SettlementErrorCode.FUNDING_PERIOD_SETTLED,
                                "occurredOn")));
        assertThat(runtime.ledger().lastSequence()).as("a refused reversal appends nothing").isEqualTo(before);
    }

    @Test
    void reversalsDatedInThePeriod_areLeftOutOfItsSettlement() {
        reverseOn(IN_2024_LATER);

        runtime.ledger().submit(settle("qt-2024", END_2024, JAN_2025));

        AccountsSettled settled = settled("qt-2024");
        // 130 M received less thu-4 (20 M) and 5 M of thu-2; 79 M spent less chi-3 (5 M)
        assertThat(settled.totals().received()).isEqualTo(Money.ofMillions(105)).isEqualTo(receivedInForce());
        assertThat(settled.totals().spent()).isEqualTo(Money.ofMillions(74)).isEqualTo(spentInForce());
        assertThat(settled.totals().balance()).isEqualTo(Money.ofMillions(31)).isEqualTo(balanceInTheFunds());
        SettlementAmounts budget = line(settled, LIVESTOCK, "nsnn").orElseThrow();
        assertThat(budget.received()).isEqualTo(Money.ofMillions(35));
        assertThat(budget.spent()).isEqualTo(Money.ofMillions(10));
        assertThat(budget.balance()).isEqualTo(Money.ofMillions(25));
        assertThat(line(settled, LIVESTOCK, "dn")).as("a wholly reversed receipt leaves no line").isEmpty();
        assertThat(line(settled, LIVESTOCK, "stc").orElseThrow().spent()).isEqualTo(Money.ofMillions(60));
        assertThat(settled.stateBudgetTotals().balance()).isEqualTo(Money.ofMillions(25));
        assertThat(settled.mobilisedTotals().balance()).isEqualTo(Money.ofMillions(6));
    }

    @Test
    void reversalsDatedAfterThePeriodEnd_stayInThatPeriodsSettlement_andLeaveTheNext() {
        // the settlement of 2024 is approved on 10 January 2025, after reversals dated 5 January 2025
        reverseOn(LocalDate.of(2025, 1, 5));

        runtime.ledger().submit(settle("qt-2024", END_2024, JAN_2025));
        runtime.ledger().submit(settle("qt-2025", END_2025, JAN_2026));

        AccountsSettled first = settled("qt-2024");
        assertThat(first.totals().received()).isEqualTo(Money.ofMillions(130));
        assertThat(first.totals().spent()).isEqualTo(Money.ofMillions(79));
        assertThat(first.totals().balance()).isEqualTo(Money.ofMillions(51));
        assertThat(line(first, LIVESTOCK, "nsnn").orElseThrow().spent()).isEqualTo(Money.ofMillions(15));
        assertThat(line(first, LIVESTOCK, "dn").orElseThrow().received()).isEqualTo(Money.ofMillions(20));
        AccountsSettled second = settled("qt-2025");
        assertThat(second.totals().received()).isEqualTo(Money.ofMillions(105)).isEqualTo(receivedInForce());
        assertThat(second.totals().spent()).isEqualTo(Money.ofMillions(74)).isEqualTo(spentInForce());
        assertThat(second.totals().balance()).isEqualTo(balanceInTheFunds());
        assertThat(line(second, LIVESTOCK, "dn")).isEmpty();
    }

    @Test
    void reversalAfterASettlement_isRefusedInTheSettledPeriod_andCountsInTheNextSettlement() {
        runtime.ledger().submit(settle("qt-2024", END_2024, JAN_2025));
        AccountsSettled asApproved = settled("qt-2024");
        assertThat(asApproved.totals().spent()).isEqualTo(Money.ofMillions(79));

        assertRefusedAsSettled(reverseExpenditure("dc-1", "chi-3", A_XAN, END_2024));
        assertRefusedAsSettled(reverseReceipt("dc-2", "thu-4", A_XAN, IN_2024_LATER, null));

        LocalDate nextPeriod = LocalDate.of(2025, 2, 1);
        runtime.ledger().submit(reverseExpenditure("dc-1", "chi-3", A_XAN, nextPeriod));
        runtime.ledger().submit(reverseReceipt("dc-2", "thu-4", A_XAN, nextPeriod, null));
        assertThat(settled("qt-2024")).as("an approved settlement is never recomputed").isEqualTo(asApproved);

        runtime.ledger().submit(settle("qt-2025", END_2025, JAN_2026));
        AccountsSettled next = settled("qt-2025");
        assertThat(next.totals().received()).isEqualTo(Money.ofMillions(110)).isEqualTo(receivedInForce());
        assertThat(next.totals().spent()).isEqualTo(Money.ofMillions(74)).isEqualTo(spentInForce());
        assertThat(next.totals().balance()).isEqualTo(Money.ofMillions(36)).isEqualTo(balanceInTheFunds());
    }
}
