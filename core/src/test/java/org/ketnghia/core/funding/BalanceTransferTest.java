package org.ketnghia.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.core.funding.FundingFixtures.A_TIENG;
import static org.ketnghia.core.funding.FundingFixtures.A_XAN;
import static org.ketnghia.core.funding.FundingFixtures.HUNG_SON;
import static org.ketnghia.core.funding.FundingFixtures.IN_2026;
import static org.ketnghia.core.funding.FundingFixtures.LIVESTOCK;
import static org.ketnghia.core.funding.FundingFixtures.expenditure;
import static org.ketnghia.core.funding.FundingFixtures.money;
import static org.ketnghia.core.funding.FundingFixtures.source;
import static org.ketnghia.core.funding.FundingFixtures.unpledged;
import static org.ketnghia.testing.Fixtures.PROVINCE;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;

class BalanceTransferTest {

    private KetnghiaRuntime runtime;


    /** Whatever the test recorded, every projection with a snapshot form restores as a full replay folds it. */
    @org.junit.jupiter.api.AfterEach
    void snapshotsRestoreAsAFullReplay() {
        assertThat(org.ketnghia.core.ledger.SnapshotFormCheck.assertRestoresAsReplay(runtime)).isPositive();
    }

    @BeforeEach
    void aXanHasMoneyLeftBeforeTheMerger() {
        runtime = FundingFixtures.runtime();
        runtime.ledger().submit(source("vinamilk", FundingSourceKind.ENTERPRISE, "so-tai-chinh"));
        runtime.ledger().submit(unpledged("thu-1", "vinamilk", A_XAN, FundPurpose.of(LIVESTOCK), Money.ofMillions(50)));
        runtime.ledger().submit(expenditure("chi-1", A_XAN, FundPurpose.of(LIVESTOCK), Money.ofMillions(20)));
    }

    private static TransferBalance transfer(String id, String from, String to) {
        return TransferBalance.builder().actor(PROVINCE).unitCode(to).occurredOn(IN_2026).transferId(id)
                .fromCommuneCode(from).modelId(LIVESTOCK).build();
    }

    @Test
    void mergedCommune_keepsItsBalanceUntilItIsTransferred() {
        assertThat(money(runtime, l -> l.balance(A_XAN, LIVESTOCK))).isEqualTo(Money.ofMillions(30));
        assertThat(money(runtime, l -> l.balance(HUNG_SON, LIVESTOCK))).isEqualTo(Money.ZERO);

        runtime.ledger().submit(transfer("chuyen-1", A_XAN, HUNG_SON));

        assertThat(money(runtime, l -> l.balance(A_XAN, LIVESTOCK))).isEqualTo(Money.ZERO);
        assertThat(money(runtime, l -> l.balance(HUNG_SON, LIVESTOCK))).isEqualTo(Money.ofMillions(30));
        assertThat(money(runtime, l -> l.transferredNet(HUNG_SON, LIVESTOCK))).isEqualTo(Money.ofMillions(30));
    }

    @Test
    void transferredMoney_staysTraceableToItsOriginalReceiptAndSource() {
        runtime.ledger().submit(transfer("chuyen-1", A_XAN, HUNG_SON));
        runtime.ledger().submit(RecordExpenditure.builder()
                .from(expenditure("chi-2", HUNG_SON, FundPurpose.of(LIVESTOCK), Money.ofMillions(30)))
                .occurredOn(IN_2026).build());

        FundExpenditure spent = runtime.ledger().read(FundingLedger.class, l -> l.expenditure("chi-2").orElseThrow());
        assertThat(spent.allocations()).containsExactly(
                new FundAllocation("chi-2", "thu-1", "vinamilk", Money.ofMillions(30)));
        assertThat(money(runtime, l -> l.receipt("thu-1").orElseThrow().remaining()))
                .isEqualTo(Money.ZERO);
        PlanActualTable byCommune = runtime.ledger().read(FundingLedger.class, FundingLedger::planVersusActualByCommune);
        assertThat(byCommune.row(A_XAN).orElseThrow().balance()).isEqualTo(Money.ZERO);
        assertThat(byCommune.row(HUNG_SON).orElseThrow().balance()).isEqualTo(Money.ZERO);
        assertThat(byCommune.total().transferredNet()).isEqualTo(Money.ZERO);
    }

    @Test
    void transferToACommuneThatIsNotTheSuccessor_isRejected() {
        long before = runtime.ledger().lastSequence();
        assertThatThrownBy(() -> runtime.ledger().submit(transfer("chuyen-1", A_XAN, "DNG.AVUONG")))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(FundingErrorCode.FUNDING_TRANSFER_NOT_SUCCESSOR);
                    assertThat(e.messageEn()).contains(HUNG_SON);
                });
        assertThat(runtime.ledger().lastSequence()).isEqualTo(before);
    }

    @Test
    void transferWithNothingLeft_isRejected() {
        assertThatThrownBy(() -> runtime.ledger().submit(transfer("chuyen-1", A_TIENG, "DNG.TAY-GIANG")))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(FundingErrorCode.FUNDING_TRANSFER_NOTHING));
    }
}
