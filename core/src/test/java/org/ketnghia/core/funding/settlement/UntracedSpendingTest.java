package org.ketnghia.core.funding.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.testing.Fixtures.PROVINCE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.funding.ExpenditureRecorded;
import org.ketnghia.core.funding.ExpenditureReversed;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.funding.FundingSourceRegistered;
import org.ketnghia.core.funding.ReceiptRecorded;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;

/**
 * Spending the funding ledger could not trace (events written around its validation) is split between
 * sources in proportion to their receipts, to the đồng, by the largest remainder.
 */
class UntracedSpendingTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final String COMMUNE = "QNA.TAY-GIANG.A-XAN";

    private final FundingLedger funding = new FundingLedger();
    private final FundingSettlements settlements = new FundingSettlements();
    private long sequence;

    private void record(LedgerEvent payload) {
        EventEnvelope envelope = new EventEnvelope(++sequence, DAY, Instant.EPOCH, PROVINCE, COMMUNE, payload, "x", "y");
        funding.apply(envelope);
        settlements.apply(envelope);
    }

    /** 7 đồng of source a and 3 of source b received, 15 spent: 5 untraced. */
    private void recordTwoReceiptsAndAnOverspending() {
        record(FundingSourceRegistered.builder().sourceId("a").name("A").kind(FundingSourceKind.ENTERPRISE).build());
        record(FundingSourceRegistered.builder().sourceId("b").name("B").kind(FundingSourceKind.STATE_BUDGET).build());
        record(ReceiptRecorded.builder().receiptId("r-a").communeCode(COMMUNE).sourceId("a").modelId("m")
                .amount(Money.ofDong(7)).build());
        record(ReceiptRecorded.builder().receiptId("r-b").communeCode(COMMUNE).sourceId("b").modelId("m")
                .amount(Money.ofDong(3)).build());
        // 15 đồng spent from 10: 10 traced (7 of a, 3 of b), 5 untraced split 7 : 3 = 3.5 : 1.5 → 4 : 1
        record(ExpenditureRecorded.builder().expenditureId("e").communeCode(COMMUNE).modelId("m").description("chi")
                .amount(Money.ofDong(15)).documentReference("PC").build());
    }

    @Test
    void untracedSpending_isSplitInProportionToEachSourcesReceipts_withTheLargestRemainder() {
        recordTwoReceiptsAndAnOverspending();
        assertThat(funding.untracedSpending()).isEqualTo(Money.ofDong(5));

        List<SettlementLine> lines = settlements.preview(funding, DAY);

        assertThat(lines).extracting(SettlementLine::sourceId).containsExactly("a", "b");
        assertThat(lines.get(0).amounts().spent()).isEqualTo(Money.ofDong(11));
        assertThat(lines.get(1).amounts().spent()).isEqualTo(Money.ofDong(4));
        assertThat(Money.sum(lines.stream().map(l -> l.amounts().spent()).toList())).isEqualTo(Money.ofDong(15));
    }

    @Test
    void reversedExpenditure_takesBackExactlyWhatItsUntracedPartWasAttributed() {
        recordTwoReceiptsAndAnOverspending();
        record(ExpenditureReversed.builder().reversalId("dc").expenditureId("e").communeCode(COMMUNE)
                .amount(Money.ofDong(15)).reason("chi sai").documentReference("ĐC").build());

        List<SettlementLine> lines = settlements.preview(funding, DAY);

        assertThat(lines).extracting(line -> line.amounts().spent()).containsOnly(Money.ZERO);
        assertThat(lines).extracting(line -> line.amounts().balance()).containsExactly(Money.ofDong(7), Money.ofDong(3));
    }

    @Test
    void untracedSpendingWithNoMoneyReceived_isUnattributed() {
        record(ExpenditureRecorded.builder().expenditureId("e").communeCode(COMMUNE).modelId("m").description("chi")
                .amount(Money.ofDong(9)).documentReference("PC").build());

        List<SettlementLine> lines = settlements.preview(funding, DAY);

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.sourceId()).isEqualTo(SettlementLine.UNATTRIBUTED_SOURCE);
            assertThat(line.sourceKind()).isEmpty();
            assertThat(line.amounts().balance()).isEqualTo(Money.ofDong(-9));
        });
    }
}
