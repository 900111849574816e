package org.ketnghia.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ketnghia.core.funding.FundingFixtures.A_TIENG;
import static org.ketnghia.core.funding.FundingFixtures.A_XAN;
import static org.ketnghia.core.funding.FundingFixtures.HUNG_SON;
import static org.ketnghia.core.funding.FundingFixtures.IN_2024;
import static org.ketnghia.core.funding.FundingFixtures.IN_2026;
import static org.ketnghia.core.funding.FundingFixtures.LIVESTOCK;
import static org.ketnghia.core.funding.FundingFixtures.TAY_GIANG_DISTRICT;
import static org.ketnghia.core.funding.FundingFixtures.expenditure;
import static org.ketnghia.core.funding.FundingFixtures.pledge;
import static org.ketnghia.core.funding.FundingFixtures.fact;
import static org.ketnghia.core.funding.FundingFixtures.money;
import static org.ketnghia.core.funding.FundingFixtures.receiptAgainst;
import static org.ketnghia.core.funding.FundingFixtures.source;
import static org.ketnghia.core.funding.FundingFixtures.unpledged;
import static org.ketnghia.testing.Fixtures.PROVINCE;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.LedgerErrorCode;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;

class FundingInvariantsTest {

    private KetnghiaRuntime runtime;

    @BeforeEach
    void fundACommune() {
        runtime = FundingFixtures.runtime();
        runtime.ledger().submit(source("vinamilk", FundingSourceKind.ENTERPRISE, null));
        runtime.ledger().submit(pledge("cam-ket-1", "vinamilk", A_XAN, LIVESTOCK, 100));
        runtime.ledger().submit(receiptAgainst("thu-1", "cam-ket-1", A_XAN, 60));
    }

    private long eventCount() {
        return runtime.ledger().store().lastSequence();
    }

    @Test
    void spendingMoreThanReceived_isRejectedNamingCommunePurposeBalanceAndAmount_andAppendsNothing() {
        runtime.ledger().submit(expenditure("chi-1", A_XAN, FundPurpose.of(LIVESTOCK), Money.ofMillions(40)));
        long before = eventCount();

        assertThatThrownBy(() -> runtime.ledger().submit(
                expenditure("chi-2", A_XAN, FundPurpose.of(LIVESTOCK), Money.ofMillions(20).plus(Money.ofDong(1)))))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(FundingErrorCode.FUNDING_INSUFFICIENT_BALANCE);
                    assertThat(e.field()).isEqualTo("amount");
                    assertThat(e.messageVi()).contains(A_XAN).contains(LIVESTOCK).contains("20.000.000 ₫")
                            .contains("20.000.001 ₫");
                    assertThat(e.messageEn()).contains("Commune " + A_XAN).contains("on livestock")
                            .contains("only 20.000.000 ₫");
                });
        assertThat(eventCount()).isEqualTo(before);
        assertThat(money(runtime, l -> l.balance(A_XAN, LIVESTOCK))).isEqualTo(Money.ofMillions(20));
        assertThat(fact(runtime, l -> l.expenditure("chi-2").isEmpty())).isTrue();
    }

    @Test
    void spendingExactlyTheBalance_isAllowed() {
        runtime.ledger().submit(expenditure("chi-1", A_XAN, FundPurpose.of(LIVESTOCK), Money.ofMillions(60)));
        assertThat(money(runtime, l -> l.balance(A_XAN, LIVESTOCK))).isEqualTo(Money.ZERO);
    }

    @Test
    void moneyOfAnotherCommuneOrModel_cannotBeSpent() {
        assertThatThrownBy(() -> runtime.ledger().submit(
                expenditure("chi-1", A_TIENG, FundPurpose.of(LIVESTOCK), Money.ofDong(1))))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(FundingErrorCode.FUNDING_INSUFFICIENT_BALANCE));
        assertThatThrownBy(() -> runtime.ledger().submit(
                expenditure("chi-1", A_XAN, FundPurpose.of("startup"), Money.ofDong(1))))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(FundingErrorCode.FUNDING_INSUFFICIENT_BALANCE));
    }

    @Test
    void moneyEarmarkedForAnActivity_paysOnlyForThatActivity() {
        runtime.ledger().submit(unpledged("thu-2", "vinamilk", A_TIENG, FundPurpose.of(LIVESTOCK, "tap-huan"),
                Money.ofMillions(5)));
        assertThat(money(runtime, l -> l.availableFor(A_TIENG, FundPurpose.of(LIVESTOCK, "tap-huan"))))
                .isEqualTo(Money.ofMillions(5));
        assertThat(money(runtime, l -> l.availableFor(A_TIENG, FundPurpose.of(LIVESTOCK)))).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> runtime.ledger().submit(
                expenditure("chi-1", A_TIENG, FundPurpose.of(LIVESTOCK, "mua-giong"), Money.ofMillions(1))))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.messageEn())
                        .contains("livestock/mua-giong").contains("only 0 ₫"));
    }

    @Test
    void receiptAboveWhatIsOpenOnThePledge_isRejected() {
        long before = eventCount();
        assertThatThrownBy(() -> runtime.ledger().submit(receiptAgainst("thu-2", "cam-ket-1", A_XAN, 41)))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(FundingErrorCode.FUNDING_RECEIPT_EXCEEDS_PLEDGE);
                    assertThat(e.messageEn()).contains("41.000.000 ₫").contains("40.000.000 ₫").contains("cam-ket-1")
                            .contains("100.000.000 ₫");
                });
        assertThat(eventCount()).isEqualTo(before);
        runtime.ledger().submit(receiptAgainst("thu-2", "cam-ket-1", A_XAN, 40));
        assertThat(money(runtime, l -> l.pledge("cam-ket-1").orElseThrow().open())).isEqualTo(Money.ZERO);
    }

    @Test
    void unpledgedReceipt_isAllowed_andFundsTheCommune() {
        runtime.ledger().submit(unpledged("thu-2", "vinamilk", A_XAN, FundPurpose.of(LIVESTOCK), Money.ofMillions(500)));
        assertThat(money(runtime, l -> l.balance(A_XAN, LIVESTOCK))).isEqualTo(Money.ofMillions(560));
        assertThat(fact(runtime, l -> l.receipt("thu-2").orElseThrow().pledgeId().isEmpty())).isTrue();
    }

    @Test
    void receiptNeitherPledgedNorMarkedUnpledged_isRejected() {
        RecordReceipt neither = RecordReceipt.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(IN_2024)
                .receiptId("thu-2").sourceId("vinamilk").modelId(LIVESTOCK).amount(Money.ofMillions(1)).build();
        assertThatThrownBy(() -> runtime.ledger().submit(neither))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.code())
                        .isEqualTo(FundingErrorCode.FUNDING_RECEIPT_NEEDS_PLEDGE_OR_UNPLEDGED));
        RecordReceipt both = RecordReceipt.builder().from(neither).pledgeId("cam-ket-1").unpledged(true).build();
        assertThatThrownBy(() -> runtime.ledger().submit(both))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.code())
                        .isEqualTo(FundingErrorCode.FUNDING_RECEIPT_PLEDGE_AND_UNPLEDGED));
    }

    @Test
    void badReceipt_reportsEveryProblemAtOnce() {
        RecordReceipt bad = RecordReceipt.builder().actor(PROVINCE).unitCode(A_TIENG).occurredOn(IN_2024)
                .receiptId("thu-1").pledgeId("cam-ket-1").sourceId("other").modelId("startup")
                .amount(Money.ofDong(-5)).build();
        assertThatThrownBy(() -> runtime.ledger().submit(bad))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code, Problem::field)
                        .containsExactlyInAnyOrder(
                                tuple(FundingErrorCode.FUNDING_ID_IN_USE, "receiptId"),
                                tuple(FundingErrorCode.FUNDING_AMOUNT_NOT_POSITIVE, "amount"),
                                tuple(FundingErrorCode.FUNDING_PLEDGE_OTHER_COMMUNE, "unitCode"),
                                tuple(FundingErrorCode.FUNDING_PLEDGE_MISMATCH, "sourceId"),
                                tuple(FundingErrorCode.FUNDING_PLEDGE_MISMATCH, "modelId")));
    }

    @Test
    void receiptAfterTheMerger_mayFillAPledgeMadeToThePredecessorCommune() {
        RecordReceipt intoSuccessor = RecordReceipt.builder().actor(PROVINCE).unitCode(HUNG_SON).occurredOn(IN_2026)
                .receiptId("thu-2").pledgeId("cam-ket-1").amount(Money.ofMillions(40)).build();
        runtime.ledger().submit(intoSuccessor);
        assertThat(money(runtime, l -> l.balance(HUNG_SON, LIVESTOCK))).isEqualTo(Money.ofMillions(40));
        // A Xan keeps its own historical balance: nothing moved automatically
        assertThat(money(runtime, l -> l.balance(A_XAN, LIVESTOCK))).isEqualTo(Money.ofMillions(60));
    }

    @Test
    void fundsAreRecordedForCommunes_andForDistrictAndProvincialBodies() {
        runtime.ledger().submit(unpledged("thu-2", "vinamilk", TAY_GIANG_DISTRICT, FundPurpose.of(LIVESTOCK), Money.ofMillions(1)));
        assertThat(money(runtime, l -> l.balance(TAY_GIANG_DISTRICT, LIVESTOCK))).isEqualTo(Money.ofMillions(1));
        assertThatThrownBy(() -> runtime.ledger().submit(
                expenditure("chi-9", TAY_GIANG_DISTRICT, FundPurpose.of(LIVESTOCK), Money.ofMillions(2))))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(FundingErrorCode.FUNDING_INSUFFICIENT_BALANCE));
    }

    @Test
    void unknownSourceAndReusedId_areRejected() {
        assertThatThrownBy(() -> runtime.ledger().submit(pledge("thu-1", "nobody", A_XAN, LIVESTOCK, 1)))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code)
                        .containsExactly(FundingErrorCode.FUNDING_ID_IN_USE, FundingErrorCode.FUNDING_SOURCE_UNKNOWN));
    }

    @Test
    void expenditureWithoutDocumentReference_isRejected() {
        RecordExpenditure noDocument = RecordExpenditure.builder()
                .from(expenditure("chi-1", A_XAN, FundPurpose.of(LIVESTOCK), Money.ofMillions(1)))
                .documentReference(" ").description("").build();
        assertThatThrownBy(() -> runtime.ledger().submit(noDocument))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code, Problem::field)
                        .containsExactly(tuple(CoreErrorCode.VALUE_BLANK, "description"),
                                tuple(CoreErrorCode.VALUE_BLANK, "documentReference")));
    }

    @Test
    void sponsorMayPledgeOnlyFromItsOwnSource() {
        runtime.ledger().submit(source("so-tai-chinh-quy", FundingSourceKind.SPONSOR, "so-tai-chinh"));
        Actor sponsor = Actor.forSponsor("ke-toan-stc", "Kế toán Sở Tài chính", "so-tai-chinh");
        MakePledge own = MakePledge.builder().from(pledge("cam-ket-2", "so-tai-chinh-quy", A_XAN, LIVESTOCK, 10))
                .actor(sponsor).sponsorId("so-tai-chinh").build();
        runtime.ledger().submit(own);
        MakePledge other = MakePledge.builder().from(own).pledgeId("cam-ket-3").sourceId("vinamilk").build();
        assertThatThrownBy(() -> runtime.ledger().submit(other))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(FundingErrorCode.FUNDING_SPONSOR_MISMATCH));
        MakePledge forSomeoneElse = MakePledge.builder().from(own).pledgeId("cam-ket-4").sponsorId("so-xay-dung")
                .build();
        assertThatThrownBy(() -> runtime.ledger().submit(forSomeoneElse))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(LedgerErrorCode.LEDGER_PERMISSION_SPONSOR));
    }

    @Test
    void sponsorMayNotRecordReceiptsOrExpenditures() {
        Actor sponsor = Actor.forSponsor("ke-toan-stc", "Kế toán Sở Tài chính", "so-tai-chinh");
        RecordExpenditure bySponsor = RecordExpenditure.builder()
                .from(expenditure("chi-1", A_XAN, FundPurpose.of(LIVESTOCK), Money.ofMillions(1))).actor(sponsor).build();
        assertThatThrownBy(() -> runtime.ledger().submit(bySponsor))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.has(LedgerErrorCode.LEDGER_PERMISSION_ROLE)).isTrue());
    }
}
