package org.ketnghia.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ketnghia.testing.Fixtures.PROVINCE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.funding.internal.FundingFeature;
import org.ketnghia.core.funding.settlement.FundingSettlements;
import org.ketnghia.core.funding.settlement.FundingShare;
import org.ketnghia.core.funding.settlement.SettleAccounts;
import org.ketnghia.core.funding.settlement.SettlementErrorCode;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.programme.DeclareProgramme;
import org.ketnghia.core.programme.ModelAllotment;
import org.ketnghia.core.programme.ProgrammeTerms;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.ProgrammeFixtures;

/**
 * Receipts a feature's handler records through {@link CommuneFunds} (every problem at once, without a handler),
 * and the revolving fund (<i>quỹ quay vòng</i>): earmarked for one group, paying only with its own money, and left
 * out of the plan's allotment.
 */
class RevolvingFundReceiptsTest {

    private static final String A_XAN = FundingFixtures.A_XAN;
    private static final String TAY_GIANG = FundingFixtures.TAY_GIANG_DISTRICT;
    private static final LocalDate IN_2023 = LocalDate.of(2023, 6, 1);
    private static final LocalDate IN_2024 = FundingFixtures.IN_2024;
    private static final FundPurpose GROUP_FUND = CommuneFunds.revolvingFund("livestock", "to-1");

    @Test
    void revolvingFund_isTheGroupsActivity_andOnlyThatPrefixIsRevolving() {
        assertThat(GROUP_FUND).isEqualTo(FundPurpose.of("livestock", "quy-quay-vong:to-1"));
        assertThat(CommuneFunds.isRevolvingFund(GROUP_FUND)).isTrue();
        assertThat(CommuneFunds.isRevolvingFund(FundPurpose.of("livestock", "mua-giong"))).isFalse();
        assertThat(CommuneFunds.isRevolvingFund(FundPurpose.of("livestock"))).isFalse();
        assertThatThrownBy(() -> CommuneFunds.revolvingFund("livestock", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(FundingShare.of(FundingSourceKind.REVOLVING_REPAYMENT)).isEqualTo(FundingShare.MOBILISED);
        assertThat(FundingSourceKind.REVOLVING_REPAYMENT.label().vi()).isEqualTo("Tiền hoàn trả quay vòng của hộ");
    }

    @Test
    void checkReceipts_listsEveryProblem_withoutAHandler() {
        KetnghiaRuntime runtime = FundingFixtures.runtime();
        runtime.ledger().submit(FundingFixtures.source("stc", FundingSourceKind.SPONSOR, "so-tai-chinh"));
        runtime.ledger().submit(FundingFixtures.unpledged("thu-1", "stc", A_XAN, FundPurpose.of("livestock"),
                Money.ofMillions(10)));
        runtime.ledger().submit(SettleAccounts.builder().actor(PROVINCE).unitCode("QNA").occurredOn(LocalDate.of(2024, 1, 20))
                .settlementId("qt-2023").periodEnd(LocalDate.of(2023, 12, 31)).decisionReference("Quyết định 5/QĐ-UBND")
                .build());
        LedgerState state = foldedState(runtime);
        long before = runtime.ledger().lastSequence();

        List<FundingSourceRegistered> sources = List.of(
                CommuneFunds.source("thu-1", "Hộ dân tổ 1", FundingSourceKind.REVOLVING_REPAYMENT),
                CommuneFunds.source("hoan-tra-to-1", " ", FundingSourceKind.REVOLVING_REPAYMENT));
        List<ReceiptRecorded> receipts = List.of(
                CommuneFunds.receipt("thu-2", "XA-KHONG-CO", "khong-co", GROUP_FUND, Money.ZERO),
                ReceiptRecorded.builder().from(CommuneFunds.receipt("thu-2", A_XAN, "hoan-tra-to-1", GROUP_FUND,
                        Money.ofMillions(5))).pledgeId("ck-1").build(),
                CommuneFunds.receipt("thu-1", A_XAN, "stc", FundPurpose.of(" ", " "), Money.ofDong(-1)));

        List<Problem> problems = CommuneFunds.checkReceipts(state, IN_2023, sources, receipts);

        assertThat(problems).extracting(Problem::code, Problem::field).containsExactly(
                tuple(SettlementErrorCode.FUNDING_PERIOD_SETTLED, "occurredOn"),
                tuple(FundingErrorCode.FUNDING_ID_IN_USE, "sources[0].sourceId"),
                tuple(CoreErrorCode.VALUE_BLANK, "sources[1].name"),
                tuple(FundingErrorCode.FUNDING_SOURCE_UNKNOWN, "receipts[0].sourceId"),
                tuple(FundingErrorCode.FUNDING_NOT_A_COMMUNE, "receipts[0].unitCode"),
                tuple(FundingErrorCode.FUNDING_AMOUNT_NOT_POSITIVE, "receipts[0].amount"),
                tuple(CoreErrorCode.VALUE_DUPLICATE, "receipts[1].receiptId"),
                tuple(FundingErrorCode.FUNDING_RECEIPT_PLEDGE_AND_UNPLEDGED, "receipts[1].pledgeId"),
                tuple(FundingErrorCode.FUNDING_ID_IN_USE, "receipts[2].receiptId"),
                tuple(CoreErrorCode.VALUE_DUPLICATE, "receipts[2].receiptId"),
                tuple(CoreErrorCode.VALUE_BLANK, "receipts[2].modelId"),
                tuple(CoreErrorCode.VALUE_BLANK, "receipts[2].activity"),
                tuple(FundingErrorCode.FUNDING_AMOUNT_NOT_POSITIVE, "receipts[2].amount"));
        assertThat(problems.get(0).messageVi()).contains("qt-2023");
        assertThat(runtime.ledger().lastSequence()).as("checking appends nothing").isEqualTo(before);

        // the same receipt, dated after the settled period, from a source registered in the batch: no problem
        assertThat(CommuneFunds.checkReceipts(state, IN_2024,
                List.of(CommuneFunds.source("hoan-tra-to-1", "Hộ dân tổ 1", FundingSourceKind.REVOLVING_REPAYMENT)),
                List.of(CommuneFunds.receipt("thu-2", A_XAN, "hoan-tra-to-1", GROUP_FUND, Money.ofMillions(5)))))
                .isEmpty();
        assertThat(CommuneFunds.checkReceipts(state, IN_2024,
                List.of(CommuneFunds.receipt("thu-2", A_XAN, "hoan-tra-to-1", GROUP_FUND, Money.ofMillions(5)))))
                .extracting(Problem::code, Problem::field)
                .containsExactly(tuple(FundingErrorCode.FUNDING_SOURCE_UNKNOWN, "sourceId"));
    }

    @Test
    void revolvingSpending_isLeftOutOfTheAllotment_andPaysOnlyWithTheFundsOwnMoney() {
        KetnghiaRuntime runtime = KetnghiaRuntime.builder()
                .administrativeUnits(ProgrammeFixtures.withVillages(Fixtures.QUANG_NAM, A_XAN + ".THON-1"))
                .clock(Fixtures.CLOCK).build();
        Ledger ledger = runtime.ledger();
        ProgrammeFixtures fixtures = new ProgrammeFixtures(ledger, Fixtures.CLOCK);
        LocalDate start = LocalDate.of(2022, 1, 3);
        fixtures.sponsor("so-tai-chinh").on(start).record();
        fixtures.agreement("kn-1", A_XAN).sponsors("so-tai-chinh").models("livestock").on(start).record();
        ledger.submit(DeclareProgramme.builder().actor(PROVINCE).unitCode("QNA").occurredOn(start).terms(ProgrammeTerms.builder()
                .id("quang-nam-2021").titleVi("Thí điểm các mô hình hỗ trợ phát triển kinh tế - xã hội")
                .decision("Kế hoạch thí điểm các mô hình qua công tác kết nghĩa").addLegalBases("Quyết định số 3651/QĐ-UBND")
                .provinceCode("QNA").start(start).years(5).addDistrictCodes(TAY_GIANG).addPilotCommuneCodes(A_XAN)
                .addAllotments(ModelAllotment.builder().unitCode(TAY_GIANG).modelId("livestock").amount(Money.ofMillions(100))
                        .build())
                .build()).build());
        fixtures.pledge("ck-1", "so-tai-chinh", A_XAN, "livestock").amount(Money.ofMillions(150)).on(IN_2024).receivedInFull()
                .record();
        ledger.submit(FundingFixtures.expenditure("chi-1", A_XAN, FundPurpose.of("livestock"), Money.ofMillions(100)));
        ledger.submit(FundingFixtures.source("hoan-tra-to-1", FundingSourceKind.REVOLVING_REPAYMENT, null));
        ledger.submit(FundingFixtures.unpledged("thu-hoan-tra-1", "hoan-tra-to-1", A_XAN, GROUP_FUND, Money.ofMillions(30)));

        // the allotment is spent, yet the group's own recycled money still buys animals
        ledger.submit(FundingFixtures.expenditure("chi-quay-vong-1", A_XAN, GROUP_FUND, Money.ofMillions(20)));

        Money available = ledger.read(FundingLedger.class, funds -> funds.availableFor(A_XAN, GROUP_FUND));
        assertThat(available).isEqualTo(Money.ofMillions(10));
        Money fromFunds = ledger.read(FundingLedger.class, funds -> funds.spentFromRevolvingFunds(A_XAN, "livestock"));
        assertThat(fromFunds).isEqualTo(Money.ofMillions(20));
        List<Problem> overAllotment = refusal(ledger,
                FundingFixtures.expenditure("chi-2", A_XAN, FundPurpose.of("livestock"), Money.ofDong(1)));
        assertThat(overAllotment).extracting(Problem::code).containsExactly(FundingErrorCode.FUNDING_ALLOTMENT_EXCEEDED);
        assertThat(overAllotment.get(0).messageEn()).as("already spent: the plan's money only")
                .contains("already spent 100.000.000 ₫");
        // 50 million of the plan's money is still unearmarked: the fund does not borrow it
        List<Problem> overFund = refusal(ledger,
                FundingFixtures.expenditure("chi-quay-vong-2", A_XAN, GROUP_FUND, Money.ofMillions(11)));
        assertThat(overFund).extracting(Problem::code).containsExactly(FundingErrorCode.FUNDING_INSUFFICIENT_BALANCE);
        // and the plan's spending does not draw the fund's money
        Money planMoney = ledger.read(FundingLedger.class, funds -> funds.availableFor(A_XAN, FundPurpose.of("livestock")));
        assertThat(planMoney).isEqualTo(Money.ofMillions(50));
    }

    private static List<Problem> refusal(Ledger ledger, org.ketnghia.core.ledger.Command command) {
        long before = ledger.lastSequence();
        try {
            ledger.submit(command);
        } catch (KetnghiaException refused) {
            assertThat(ledger.lastSequence()).as("nothing appended on refusal").isEqualTo(before);
            return refused.problems();
        }
        throw new AssertionError("the command was accepted");
    }

    /** The funding projections folded from the runtime's store, as a handler would see them. */
    private static LedgerState foldedState(KetnghiaRuntime runtime) {
        FundingLedger funds = new FundingLedger();
        FundingSettlements settlements = new FundingSettlements();
        runtime.ledger().store().forEach(1, event -> {
            funds.apply(event);
            settlements.apply(event);
        });
        Map<Class<?>, Projection> projections = Map.of(FundingLedger.class, funds, FundingSettlements.class, settlements);
        return new LedgerState() {
            @Override
            public <P extends Projection> P projection(Class<P> type) {
                Projection projection = projections.get(type);
                if (projection == null) {
                    throw new KetnghiaException(List.of(Problem.of(CoreErrorCode.VALUE_REQUIRED, "projection",
                            type.getSimpleName())));
                }
                return type.cast(projection);
            }

            @Override
            public AdministrativeRegistry administrativeUnits() {
                return runtime.administrativeUnits();
            }

            @Override
            public long lastSequence() {
                return runtime.ledger().lastSequence();
            }
        };
    }
}
