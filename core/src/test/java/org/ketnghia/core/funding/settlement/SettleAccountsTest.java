package org.ketnghia.core.funding.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.A_XAN;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.HUNG_SON;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.IN_2024;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.LIVESTOCK;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.STARTUP;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.expenditure;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.pledge;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.receipt;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.settle;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.source;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.transfer;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.unpledged;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.funding.FundingErrorCode;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.funding.PlanActualTable;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;

class SettleAccountsTest {

    private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
    private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 10);

    private KetnghiaRuntime runtime;

    /**
     * A Xan, 2024: the Department of Finance (a sponsor) pledges 100 M and pays 60 M, the state budget
     * pays 40 M, an enterprise with no sponsor pays 10 M for start-ups; livestock spends 70 M (first in,
     * first out: 60 M of the department's, then 10 M of the budget's), start-ups 4 M.
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
        runtime.ledger().submit(expenditure("chi-1", A_XAN, LIVESTOCK, IN_2024, 70));
        runtime.ledger().submit(expenditure("chi-2", A_XAN, STARTUP, IN_2024, 4));
    }

    private AccountsSettled settled(String id) {
        return runtime.ledger().read(FundingSettlements.class, s -> s.settlement(id).orElseThrow().accounts());
    }

    private static SettlementLine line(AccountsSettled settled, String unit, String model, String source) {
        return settled.lines().stream()
                .filter(l -> l.unitCode().equals(unit) && l.modelId().equals(model) && l.sourceId().equals(source))
                .findFirst().orElseThrow();
    }

    private static List<String> codes(KetnghiaException refused) {
        return refused.problems().stream().map(p -> p.code().name()).toList();
    }

    @Test
    void settlement_recordsPerUnitModelAndSourceWhatWasPledgedReceivedSpentAndCarriedForward() {
        runtime.ledger().submit(settle("qt-2024", END_2024, JAN_2025));

        AccountsSettled settled = settled("qt-2024");
        assertThat(settled.lines()).hasSize(3);
        SettlementAmounts sponsor = line(settled, A_XAN, LIVESTOCK, "stc").amounts();
        assertThat(sponsor.pledged()).isEqualTo(Money.ofMillions(100));
        assertThat(sponsor.received()).isEqualTo(Money.ofMillions(60));
        assertThat(sponsor.spent()).isEqualTo(Money.ofMillions(60));
        assertThat(sponsor.balance()).isEqualTo(Money.ZERO);
        SettlementLine budget = line(settled, A_XAN, LIVESTOCK, "nsnn");
        assertThat(budget.amounts().spent()).isEqualTo(Money.ofMillions(10));
        assertThat(budget.amounts().balance()).isEqualTo(Money.ofMillions(30));
        assertThat(budget.share()).isEqualTo(FundingShare.STATE_BUDGET);
        assertThat(line(settled, A_XAN, LIVESTOCK, "stc").sponsorId()).contains("so-tai-chinh");
        assertThat(line(settled, A_XAN, STARTUP, "dn").share()).isEqualTo(FundingShare.MOBILISED);

        assertThat(settled.totals().received()).isEqualTo(Money.ofMillions(110));
        assertThat(settled.totals().spent()).isEqualTo(Money.ofMillions(74));
        assertThat(settled.totals().balance()).isEqualTo(Money.ofMillions(36));
        assertThat(settled.stateBudgetTotals().balance()).isEqualTo(Money.ofMillions(30));
        assertThat(settled.mobilisedTotals().balance()).isEqualTo(Money.ofMillions(6));
        assertThat(settled.stateBudgetTotals().plus(settled.mobilisedTotals())).isEqualTo(settled.totals());
    }

    @Test
    void settlementBalances_equalTheFundingLedgersBalances() {
        runtime.ledger().submit(settle("qt-2024", END_2024, JAN_2025));

        AccountsSettled settled = settled("qt-2024");
        for (String model : List.of(LIVESTOCK, STARTUP)) {
            Money fromLines = Money.sum(settled.lines().stream().filter(l -> l.modelId().equals(model))
                    .map(l -> l.amounts().balance()).toList());
            assertThat(fromLines).isEqualTo(runtime.ledger().read(FundingLedger.class, l -> l.balance(A_XAN, model)));
        }
    }

    @Test
    void moneyDatedAfterThePeriodEnd_isNotInTheSettlement() {
        runtime.ledger().submit(receipt("thu-4", "ck-1", A_XAN, LocalDate.of(2025, 1, 5), 30));
        runtime.ledger().submit(expenditure("chi-3", A_XAN, LIVESTOCK, LocalDate.of(2025, 1, 6), 5));

        runtime.ledger().submit(settle("qt-2024", END_2024, JAN_2025));

        SettlementAmounts sponsor = line(settled("qt-2024"), A_XAN, LIVESTOCK, "stc").amounts();
        assertThat(sponsor.received()).isEqualTo(Money.ofMillions(60));
        assertThat(settled("qt-2024").totals().spent()).isEqualTo(Money.ofMillions(74));
    }

    @Test
    void settledPeriod_refusesMoneyDatedOnOrBeforeItsEnd_listingTheCommandsOwnProblemsToo() {
        runtime.ledger().submit(settle("qt-2024", END_2024, JAN_2025));
        long before = runtime.ledger().lastSequence();

        assertThatThrownBy(() -> runtime.ledger().submit(receipt("thu-1", "ck-1", A_XAN, END_2024, 10)))
                .isInstanceOfSatisfying(KetnghiaException.class, refused -> {
                    assertThat(codes(refused)).containsExactlyInAnyOrder(FundingErrorCode.FUNDING_ID_IN_USE.name(),
                            SettlementErrorCode.FUNDING_PERIOD_SETTLED.name());
                    Problem closed = refused.problems().stream()
                            .filter(p -> p.code() == SettlementErrorCode.FUNDING_PERIOD_SETTLED).findFirst().orElseThrow();
                    assertThat(closed.field()).isEqualTo("occurredOn");
                    assertThat(closed.messageVi()).contains("qt-2024", "2024-12-31");
                });
        assertThatThrownBy(() -> runtime.ledger().submit(expenditure("chi-9", A_XAN, LIVESTOCK, IN_2024, 1)))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        refused -> assertThat(codes(refused)).containsExactly(SettlementErrorCode.FUNDING_PERIOD_SETTLED.name()));
        assertThat(runtime.ledger().lastSequence()).isEqualTo(before);

        runtime.ledger().submit(receipt("thu-5", "ck-1", A_XAN, LocalDate.of(2025, 1, 1), 10));
        assertThat(runtime.ledger().lastSequence()).isEqualTo(before + 1);
    }

    @Test
    void pledgesAndSourcesStayOpenAfterASettlement() {
        runtime.ledger().submit(settle("qt-2024", END_2024, JAN_2025));

        runtime.ledger().submit(pledge("ck-2", "stc", A_XAN, LIVESTOCK, 5));

        assertThat(runtime.ledger().read(FundingLedger.class, l -> l.pledge("ck-2")).isPresent()).isTrue();
    }

    @Test
    void secondSettlement_mustEndAfterThePreviousOne_andAPeriodNotYetEndedIsRefused() {
        runtime.ledger().submit(settle("qt-2024", END_2024, JAN_2025));
        long before = runtime.ledger().lastSequence();

        assertThatThrownBy(() -> runtime.ledger().submit(settle("qt-lai", LocalDate.of(2024, 6, 30), JAN_2025)))
                .isInstanceOfSatisfying(KetnghiaException.class, refused -> assertThat(codes(refused))
                        .containsExactly(SettlementErrorCode.FUNDING_SETTLEMENT_NOT_AFTER_PREVIOUS.name()));
        assertThatThrownBy(() -> runtime.ledger().submit(settle("qt-2024", LocalDate.of(2025, 12, 31),
                LocalDate.of(2025, 6, 1)))).isInstanceOfSatisfying(KetnghiaException.class,
                        refused -> assertThat(codes(refused)).containsExactlyInAnyOrder(FundingErrorCode.FUNDING_ID_IN_USE.name(),
                                SettlementErrorCode.FUNDING_SETTLEMENT_PERIOD_NOT_ENDED.name()));
        assertThatThrownBy(() -> runtime.ledger().submit(SettleAccounts.builder().from(settle("qt-x", END_2024, JAN_2025))
                .decisionReference(" ").build())).isInstanceOfSatisfying(KetnghiaException.class,
                        refused -> assertThat(codes(refused)).contains(CoreErrorCode.VALUE_BLANK.name(),
                                SettlementErrorCode.FUNDING_SETTLEMENT_NOT_AFTER_PREVIOUS.name()));
        assertThat(runtime.ledger().lastSequence()).isEqualTo(before);

        runtime.ledger().submit(settle("qt-2025", LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 15)));
        assertThat(runtime.ledger().read(FundingSettlements.class, s -> s.latest(java.util.Optional.empty()))
                .orElseThrow().settlementId()).isEqualTo("qt-2025");
        assertThat(settled("qt-2025").previousSettlementId()).contains("qt-2024");
    }

    @Test
    void transferredBalance_isCarriedByTheSuccessorWithItsSource() {
        LocalDate afterMerger = LocalDate.of(2026, 2, 1);
        runtime.ledger().submit(transfer("cd-1", A_XAN, HUNG_SON, LIVESTOCK, afterMerger));
        runtime.ledger().submit(expenditure("chi-3", HUNG_SON, LIVESTOCK, LocalDate.of(2026, 3, 1), 12));

        runtime.ledger().submit(settle("qt-cuoi", LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 1)));

        AccountsSettled settled = settled("qt-cuoi");
        SettlementAmounts left = line(settled, A_XAN, LIVESTOCK, "nsnn").amounts();
        assertThat(left.transferredOut()).isEqualTo(Money.ofMillions(30));
        assertThat(left.balance()).isEqualTo(Money.ZERO);
        SettlementAmounts successor = line(settled, HUNG_SON, LIVESTOCK, "nsnn").amounts();
        assertThat(successor.transferredIn()).isEqualTo(Money.ofMillions(30));
        assertThat(successor.spent()).isEqualTo(Money.ofMillions(12));
        assertThat(successor.balance()).isEqualTo(Money.ofMillions(18));
        assertThat(settled.totals().transferredIn()).isEqualTo(settled.totals().transferredOut());
        assertThat(settled.totals().balance())
                .isEqualTo(runtime.ledger().read(FundingLedger.class, l -> l.balance(HUNG_SON, LIVESTOCK)
                        .plus(l.balance(A_XAN, LIVESTOCK)).plus(l.balance(A_XAN, STARTUP))));
        assertThat(org.ketnghia.core.ledger.SnapshotFormCheck.assertRestoresAsReplay(runtime)).isPositive();
    }

    @Test
    void statement_printsPerModelUnitAndSponsor_withRowsSummingToTheTotals() {
        runtime.ledger().submit(settle("qt-2024", END_2024, JAN_2025));
        AccountsSettled settled = settled("qt-2024");

        List<SettlementStatement.Row> bySponsor = SettlementStatement.rows(settled, SettlementStatement.Dimension.SPONSOR);
        assertThat(bySponsor).extracting(SettlementStatement.Row::key)
                .containsExactly(PlanActualTable.UNATTRIBUTED, "so-tai-chinh");
        for (SettlementStatement.Dimension dimension : SettlementStatement.Dimension.values()) {
            assertThat(SettlementAmounts.sum(SettlementStatement.rows(settled, dimension).stream()
                    .map(SettlementStatement.Row::amounts).toList())).isEqualTo(settled.totals());
        }
        assertThat(SettlementStatement.rows(settled, SettlementStatement.Dimension.MODEL))
                .extracting(SettlementStatement.Row::key).containsExactly(LIVESTOCK, STARTUP);
        String text = SettlementStatement.format(settled, SettlementStatement.Dimension.UNIT, Locale.forLanguageTag("vi"));
        assertThat(text).contains("Số dư chuyển kỳ sau", A_XAN + "\t100000000\t110000000", "Tổng cộng");
    }

    @Test
    void planVersusActual_separatesTheStateBudgetShareFromMobilisedMoney() {
        PlanActualTable byShare = runtime.ledger().read(FundingLedger.class, SharePlanVersusActual::byShare);

        assertThat(byShare.row("STATE_BUDGET").orElseThrow().received()).isEqualTo(Money.ofMillions(40));
        assertThat(byShare.row("STATE_BUDGET").orElseThrow().spent()).isEqualTo(Money.ofMillions(10));
        assertThat(byShare.row("MOBILISED").orElseThrow().received()).isEqualTo(Money.ofMillions(70));
        assertThat(byShare.row("MOBILISED").orElseThrow().pledged()).isEqualTo(Money.ofMillions(100));
        assertThat(byShare.total().spent()).isEqualTo(Money.ofMillions(74));
        PlanActualTable byModel = runtime.ledger().read(FundingLedger.class, SharePlanVersusActual::byModelAndShare);
        assertThat(byModel.row(LIVESTOCK + "/MOBILISED").orElseThrow().spent()).isEqualTo(Money.ofMillions(60));
    }
}
