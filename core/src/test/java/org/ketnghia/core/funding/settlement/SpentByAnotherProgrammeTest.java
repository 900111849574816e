package org.ketnghia.core.funding.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.A_XAN;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.LIVESTOCK;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.expenditure;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.reverseExpenditure;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.settle;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.source;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.unpledged;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.funding.FundPurpose;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.ledger.ProgrammeLedger;
import org.ketnghia.core.ledger.SnapshotFormCheck;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;

/**
 * A Xã A Xan's livestock fund holds 30 M of a philanthropist recorded for no programme (it counts for both) and 10 M
 * of the state budget recorded for the follow-up. The pilot spends 12 M, traced to the money of no programme: the
 * follow-up's settlement shows those 12 M spent by the pilot, on a line of its own, and carries forward only what the
 * follow-up may still spend; the pilot's settlement is what it always was.
 */
class SpentByAnotherProgrammeTest {

    private static final String PILOT = "quang-nam-2021";
    private static final String FOLLOW_UP = "quang-nam-2024";
    private static final LocalDate MARCH = LocalDate.of(2024, 3, 1);
    private static final LocalDate APRIL = LocalDate.of(2024, 4, 1);
    private static final LocalDate MAY = LocalDate.of(2024, 5, 1);
    private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
    private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 10);
    private static final LocalDate FEB_2025 = LocalDate.of(2025, 2, 1);
    private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);
    private static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 10);

    private KetnghiaRuntime runtime;
    private ProgrammeLedger pilot;
    private ProgrammeLedger followUp;

    @BeforeEach
    void moneyOfNoProgrammeAndTheFollowUpsMoney_inOneFund() {
        runtime = SettlementFixtures.runtime();
        pilot = runtime.ledger().forProgramme(PILOT);
        followUp = runtime.ledger().forProgramme(FOLLOW_UP);
        runtime.ledger().submit(source("ht", FundingSourceKind.PHILANTHROPIST, null));
        runtime.ledger().submit(source("nsnn", FundingSourceKind.STATE_BUDGET, null));
        runtime.ledger().submit(unpledged("thu-chung", "ht", A_XAN, LIVESTOCK, MARCH, Money.ofMillions(30)));
        followUp.submit(unpledged("thu-follow-up", "nsnn", A_XAN, LIVESTOCK, APRIL, Money.ofMillions(10)));
    }

    @Test
    void moneyOfNoProgrammeThePilotSpent_isSpentByThePilotInTheFollowUpsSettlement_andItsBalanceIsWhatItMaySpend() {
        pilot.submit(expenditure("chi-pilot", A_XAN, LIVESTOCK, MAY, 12));

        followUp.submit(settle("qt-follow-up-2024", END_2024, JAN_2025));

        AccountsSettled settled = settled("qt-follow-up-2024");
        assertThat(settled.lines()).extracting(SettlementLine::sourceId, SettlementLine::spentByProgramme,
                line -> line.amounts().received(), line -> line.amounts().spent(), line -> line.amounts().balance())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ht", Optional.empty(), Money.ofMillions(30), Money.ZERO,
                                Money.ofMillions(30)),
                        org.assertj.core.groups.Tuple.tuple("ht", Optional.of(PILOT), Money.ZERO, Money.ofMillions(12),
                                Money.ofMillions(-12)),
                        org.assertj.core.groups.Tuple.tuple("nsnn", Optional.empty(), Money.ofMillions(10), Money.ZERO,
                                Money.ofMillions(10)));
        assertThat(settled.lines().get(1).share()).as("the money keeps its source's share").isEqualTo(FundingShare.MOBILISED);
        assertThat(settled.totals().balance()).isEqualTo(Money.ofMillions(28))
                .isEqualTo(funding().availableFor(A_XAN, FundPurpose.of(LIVESTOCK), Optional.of(FOLLOW_UP)));
        assertThat(SettlementStatement.format(settled, SettlementStatement.Dimension.MODEL, Locale.forLanguageTag("vi")))
                .contains("livestock\t0\t40000000\t0\t0\t0\t0\t40000000\n"
                        + "livestock — chương trình " + PILOT + " đã chi\t0\t0\t0\t0\t0\t12000000\t-12000000\n"
                        + "Tổng cộng\t0\t40000000\t0\t0\t0\t12000000\t28000000\n");
        assertThat(SettlementStatement.format(settled, SettlementStatement.Dimension.SPONSOR, Locale.ENGLISH))
                .contains("\t12000000\t-12000000\n").contains(" — spent by programme " + PILOT + "\t");
        assertThat(SnapshotFormCheck.assertRestoresAsReplay(runtime)).isPositive();
    }

    @Test
    void thePilotsSettlement_isWhatItWasBefore() {
        pilot.submit(expenditure("chi-pilot", A_XAN, LIVESTOCK, MAY, 12));

        pilot.submit(settle("qt-pilot-2024", END_2024, JAN_2025));

        AccountsSettled settled = settled("qt-pilot-2024");
        assertThat(settled.lines()).hasSize(1);
        SettlementLine line = settled.lines().get(0);
        assertThat(line.sourceId()).isEqualTo("ht");
        assertThat(line.spentByProgramme()).isEmpty();
        assertThat(line.amounts()).isEqualTo(SettlementAmounts.of(Money.ZERO, Money.ofMillions(30), Money.ZERO, Money.ZERO,
                Money.ZERO, Money.ofMillions(12)));
        assertThat(settled.totals().balance())
                .isEqualTo(funding().availableFor(A_XAN, FundPurpose.of(LIVESTOCK), Optional.of(PILOT)));
    }

    @Test
    void eachProgrammesSpendingOfMoneyOfNoProgramme_isShownAsTheOthersInTheOthersSettlement() {
        pilot.submit(expenditure("chi-pilot", A_XAN, LIVESTOCK, MAY, 12));
        followUp.submit(expenditure("chi-follow-up", A_XAN, LIVESTOCK, MAY, 25));

        pilot.submit(settle("qt-pilot-2024", END_2024, JAN_2025));
        followUp.submit(settle("qt-follow-up-2024", END_2024, JAN_2025));

        assertThat(settled("qt-pilot-2024").lines()).extracting(SettlementLine::spentByProgramme,
                line -> line.amounts().spent()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Optional.empty(), Money.ofMillions(12)),
                        org.assertj.core.groups.Tuple.tuple(Optional.of(FOLLOW_UP), Money.ofMillions(18)));
        assertThat(settled("qt-pilot-2024").totals().balance()).isEqualTo(Money.ZERO)
                .isEqualTo(funding().availableFor(A_XAN, FundPurpose.of(LIVESTOCK), Optional.of(PILOT)));
        assertThat(settled("qt-follow-up-2024").totals().balance()).isEqualTo(Money.ofMillions(3))
                .isEqualTo(funding().availableFor(A_XAN, FundPurpose.of(LIVESTOCK), Optional.of(FOLLOW_UP)));
    }

    @Test
    void aReversalOfThePilotsExpenditure_undoesItInThePeriodItIsDatedIn() {
        pilot.submit(expenditure("chi-pilot", A_XAN, LIVESTOCK, MAY, 12));
        followUp.submit(settle("qt-follow-up-2024", END_2024, JAN_2025));

        pilot.submit(reverseExpenditure("dc-chi-pilot", "chi-pilot", A_XAN, FEB_2025));
        followUp.submit(settle("qt-follow-up-2025", END_2025, JAN_2026));

        assertThat(settled("qt-follow-up-2024").totals().balance()).as("recorded, never recomputed")
                .isEqualTo(Money.ofMillions(28));
        AccountsSettled after = settled("qt-follow-up-2025");
        assertThat(after.lines()).extracting(SettlementLine::spentByProgramme).containsOnly(Optional.empty());
        assertThat(after.totals().balance()).isEqualTo(Money.ofMillions(40))
                .isEqualTo(funding().availableFor(A_XAN, FundPurpose.of(LIVESTOCK), Optional.of(FOLLOW_UP)));
        java.util.List<SettlementLine> preview2024 = runtime.ledger().read(FundingSettlements.class,
                s -> s.preview(funding(), END_2024, Optional.of(FOLLOW_UP)));
        assertThat(preview2024).as("a preview of 2024 still shows it spent").isEqualTo(settled("qt-follow-up-2024").lines());
    }

    @Test
    void thePilotsExpenditureAfterTheFollowUpsPeriodEnd_doesNotCountInThatPeriod() {
        pilot.submit(expenditure("chi-pilot", A_XAN, LIVESTOCK, FEB_2025, 12));

        followUp.submit(settle("qt-follow-up-2024", END_2024, JAN_2026));
        followUp.submit(settle("qt-follow-up-2025", END_2025, JAN_2026));

        assertThat(settled("qt-follow-up-2024").lines()).extracting(SettlementLine::spentByProgramme)
                .containsOnly(Optional.empty());
        assertThat(settled("qt-follow-up-2024").totals().balance()).isEqualTo(Money.ofMillions(40));
        assertThat(settled("qt-follow-up-2025").lines()).extracting(SettlementLine::spentByProgramme)
                .contains(Optional.of(PILOT));
        assertThat(settled("qt-follow-up-2025").totals().balance()).isEqualTo(Money.ofMillions(28));
    }

    private FundingLedger funding() {
        return runtime.ledger().read(FundingLedger.class, f -> f);
    }

    private AccountsSettled settled(String id) {
        return runtime.ledger().read(FundingSettlements.class, s -> s.settlement(id).orElseThrow().accounts());
    }
}
