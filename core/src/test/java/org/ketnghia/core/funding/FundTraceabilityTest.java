package org.ketnghia.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.core.funding.FundingFixtures.A_XAN;
import static org.ketnghia.core.funding.FundingFixtures.LIVESTOCK;
import static org.ketnghia.core.funding.FundingFixtures.expenditure;
import static org.ketnghia.core.funding.FundingFixtures.money;
import static org.ketnghia.core.funding.FundingFixtures.source;
import static org.ketnghia.core.funding.FundingFixtures.unpledged;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;

class FundTraceabilityTest {

    private static final FundPurpose CATTLE = FundPurpose.of(LIVESTOCK);
    private static final FundPurpose TRAINING = FundPurpose.of(LIVESTOCK, "tap-huan");

    private KetnghiaRuntime runtime;


    /** Whatever the test recorded, every projection with a snapshot form restores as a full replay folds it. */
    @org.junit.jupiter.api.AfterEach
    void snapshotsRestoreAsAFullReplay() {
        assertThat(org.ketnghia.core.ledger.SnapshotFormCheck.assertRestoresAsReplay(runtime)).isPositive();
    }

    @BeforeEach
    void threeReceipts() {
        runtime = FundingFixtures.runtime();
        runtime.ledger().submit(source("vinamilk", FundingSourceKind.ENTERPRISE, null));
        runtime.ledger().submit(source("nha-hao-tam", FundingSourceKind.PHILANTHROPIST, null));
        runtime.ledger().submit(unpledged("thu-1", "vinamilk", A_XAN, CATTLE, Money.ofMillions(30)));
        runtime.ledger().submit(unpledged("thu-2", "nha-hao-tam", A_XAN, CATTLE, Money.ofMillions(50)));
        runtime.ledger().submit(unpledged("thu-3", "nha-hao-tam", A_XAN, TRAINING, Money.ofMillions(10)));
    }

    private FundExpenditure expenditureOf(String id) {
        return runtime.ledger().read(FundingLedger.class, ledger -> ledger.expenditure(id).orElseThrow());
    }

    private FundReceipt receiptOf(String id) {
        return runtime.ledger().read(FundingLedger.class, ledger -> ledger.receipt(id).orElseThrow());
    }

    @Test
    void expenditure_drawsFromTheOldestReceiptsFirst() {
        runtime.ledger().submit(expenditure("chi-1", A_XAN, CATTLE, Money.ofMillions(20)));
        runtime.ledger().submit(expenditure("chi-2", A_XAN, CATTLE, Money.ofMillions(25)));

        assertThat(expenditureOf("chi-1").allocations()).containsExactly(
                new FundAllocation("chi-1", "thu-1", "vinamilk", Money.ofMillions(20)));
        assertThat(expenditureOf("chi-2").allocations()).containsExactly(
                new FundAllocation("chi-2", "thu-1", "vinamilk", Money.ofMillions(10)),
                new FundAllocation("chi-2", "thu-2", "nha-hao-tam", Money.ofMillions(15)));
        assertThat(receiptOf("thu-1").remaining()).isEqualTo(Money.ZERO);
        assertThat(receiptOf("thu-2").remaining()).isEqualTo(Money.ofMillions(35));
        assertThat(receiptOf("thu-2").spent()).isEqualTo(Money.ofMillions(15));
    }

    @Test
    void activityExpenditure_usesEarmarkedMoneyBeforeGeneralModelMoney() {
        runtime.ledger().submit(expenditure("chi-1", A_XAN, TRAINING, Money.ofMillions(12)));

        assertThat(expenditureOf("chi-1").allocations()).extracting(FundAllocation::receiptId, FundAllocation::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("thu-3", Money.ofMillions(10)),
                        org.assertj.core.groups.Tuple.tuple("thu-1", Money.ofMillions(2)));
        assertThat(money(runtime, l -> l.availableFor(A_XAN, TRAINING))).isEqualTo(Money.ofMillions(78));
        assertThat(money(runtime, l -> l.availableFor(A_XAN, CATTLE))).isEqualTo(Money.ofMillions(78));
    }

    @Test
    void generalExpenditure_neverTouchesMoneyEarmarkedForAnActivity() {
        runtime.ledger().submit(expenditure("chi-1", A_XAN, CATTLE, Money.ofMillions(80)));
        assertThat(receiptOf("thu-3").remaining()).isEqualTo(Money.ofMillions(10));
        assertThat(money(runtime, l -> l.balance(A_XAN, LIVESTOCK))).isEqualTo(Money.ofMillions(10));
        assertThat(money(runtime, l -> l.availableFor(A_XAN, CATTLE))).isEqualTo(Money.ZERO);
    }

    @Test
    void tracedAllocations_sumToEachExpenditure_andReceiptsAccountForEveryDong() {
        runtime.ledger().submit(expenditure("chi-1", A_XAN, CATTLE, Money.ofDong(33_333_333)));
        runtime.ledger().submit(expenditure("chi-2", A_XAN, TRAINING, Money.ofDong(11_111_111)));

        List<FundExpenditure> expenditures = runtime.ledger().read(FundingLedger.class, FundingLedger::expenditures);
        assertThat(expenditures).allSatisfy(e -> assertThat(e.traced()).isEqualTo(e.amount()));
        List<FundReceipt> receipts = runtime.ledger().read(FundingLedger.class, FundingLedger::receipts);
        Money spentFromReceipts = Money.sum(receipts.stream().map(FundReceipt::spent).toList());
        assertThat(spentFromReceipts).isEqualTo(Money.ofDong(44_444_444));
        assertThat(money(runtime, l -> l.untracedSpending())).isEqualTo(Money.ZERO);
    }
}
