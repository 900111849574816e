package org.ketnghia.livestock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.livestock.LivestockCommune.A_XAN;
import static org.ketnghia.livestock.LivestockCommune.GROUP;
import static org.ketnghia.livestock.LivestockCommune.PROVINCE;
import static org.ketnghia.livestock.LivestockCommune.accept;
import static org.ketnghia.livestock.LivestockCommune.goat;
import static org.ketnghia.livestock.LivestockCommune.handOver;
import static org.ketnghia.livestock.LivestockCommune.lot;
import static org.ketnghia.livestock.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.funding.FundExpenditure;
import org.ketnghia.core.funding.FundPurpose;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportBuilder;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.livestock.herd.AnimalsHandedOver;
import org.ketnghia.livestock.herd.Herd;
import org.ketnghia.livestock.herd.LotAccepted;
import org.ketnghia.livestock.herd.Obligation;
import org.ketnghia.livestock.herd.PayCashInstead;
import org.ketnghia.livestock.herd.RecordPurchaseLot;
import org.ketnghia.livestock.herd.RevolvingFund;
import org.ketnghia.livestock.herd.RevolvingFundMovement;
import org.ketnghia.livestock.indicators.LivestockIndicators;
import org.ketnghia.livestock.passon.PassOnPolicy;
import org.ketnghia.livestock.programme.LivestockProgramme;

/**
 * Cash paid instead of an animal (<i>nộp tiền thay con giống</i>) goes into the group's revolving fund and buys
 * animals for the next household: the balance and its movements, no spending beyond it (lots not yet accepted
 * count), payment at acceptance from the group's earmarked money in the funding ledger, the hand-over to the next household in the round
 * after the payer's, and the indicator of the balance.
 */
class RevolvingFundTest {

    private static final PassOnPolicy FIRST_FEMALE_OR_CASH = PassOnPolicy.builder().from(LivestockCommune.FIRST_FEMALE)
            .id("first-female-or-cash").cashAlternative(Money.ofMillions(5)).build();
    private static final LocalDate PAID_ON = LocalDate.of(2023, 5, 2);
    private static final LocalDate BOUGHT_ON = LocalDate.of(2023, 6, 1);
    private static final LocalDate ACCEPTED_ON = LocalDate.of(2023, 6, 5);
    private static final LocalDate HANDED_ON = LocalDate.of(2023, 6, 10);

    private LivestockCommune commune;

    @BeforeEach
    void roundOneAndCashFromHn2() {
        commune = new LivestockCommune().throughRoundOne(FIRST_FEMALE_OR_CASH);
        commune.submit(PayCashInstead.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(PAID_ON)
                .obligationId(Obligation.idOf(GROUP, "HN-2")).amount(Money.ofMillions(5)).receiptReference("PT-07/2023")
                .build());
    }

    @Test
    void cashInstead_goesIntoTheGroupsRevolvingFund() {
        RevolvingFund fund = fund();

        assertThat(fund.balance()).isEqualTo(Money.ofMillions(5));
        assertThat(fund.available()).isEqualTo(Money.ofMillions(5));
        assertThat(fund.movements()).containsExactly(new RevolvingFundMovement(PAID_ON,
                RevolvingFundMovement.Kind.CASH_PAID_IN, Money.ofMillions(5), Obligation.idOf(GROUP, "HN-2"),
                "PT-07/2023", Money.ofMillions(5)));
    }

    @Test
    void aLotPaidFromTheFund_isPaidAtAcceptance_fromTheFundsEarmarkedMoney_notTheCommunesMoneyForTheModel() {
        Money spentBefore = spentByTheCommune();
        Money planMoneyBefore = commune.ledger.read(FundingLedger.class,
                funds -> funds.availableFor(A_XAN, FundPurpose.of(LivestockModel.ID)));

        commune.submit(fromFund("LO-2", "G41"));
        assertThat(fund().committed()).isEqualTo(Money.ofMillions(4));
        assertThat(fund().available()).isEqualTo(Money.ofMillions(1));
        commune.submit(accept("LO-2").occurredOn(ACCEPTED_ON).build());

        RevolvingFund fund = fund();
        assertThat(fund.balance()).isEqualTo(Money.ofMillions(1));
        assertThat(fund.committed()).isEqualTo(Money.ZERO);
        assertThat(fund.movements()).last().isEqualTo(new RevolvingFundMovement(ACCEPTED_ON,
                RevolvingFundMovement.Kind.LOT_PAID, Money.ofMillions(4), "LO-2", "PC-LO-2", Money.ofMillions(1)));
        assertThat(spentByTheCommune()).isEqualTo(spentBefore.plus(Money.ofMillions(4)));
        Money planMoney = commune.ledger.read(FundingLedger.class,
                funds -> funds.availableFor(A_XAN, FundPurpose.of(LivestockModel.ID)));
        assertThat(planMoney).isEqualTo(planMoneyBefore);
        LotAccepted accepted = lastEvent(LotAccepted.class);
        assertThat(accepted.expenditureId()).contains("livestock-LO-2");
        assertThat(accepted.revolvingFundPaymentReference()).contains("PC-LO-2");
        FundExpenditure expenditure = commune.ledger.read(FundingLedger.class,
                funds -> funds.expenditure("livestock-LO-2").orElseThrow());
        assertThat(expenditure.purpose()).isEqualTo(FundPurpose.of(LivestockModel.ID, "quy-quay-vong:" + GROUP));
        assertThat(expenditure.documentReference()).isEqualTo("PC-LO-2");
    }

    @Test
    void spendingMoreThanTheFundHolds_isRefused_countingLotsNotYetAccepted() {
        assertRefused(commune.ledger, RecordPurchaseLot.builder().from(lot("LO-2", List.of(goat("G41", Money.ofMillions(4)),
                goat("G42", Money.ofMillions(4))))).occurredOn(BOUGHT_ON).paidFromRevolvingFund(true).build(),
                LivestockErrorCode.LIVESTOCK_REVOLVING_FUND_INSUFFICIENT);

        commune.submit(fromFund("LO-2", "G41"));
        assertRefused(commune.ledger, fromFund("LO-3", "G42"), LivestockErrorCode.LIVESTOCK_REVOLVING_FUND_INSUFFICIENT);
    }

    @Test
    void anotherGroupsCash_doesNotPayForThisGroup() {
        RevolvingFund other = commune.ledger.read(Herd.class, herd -> herd.revolvingFund("to-khac"));

        assertThat(other.balance()).isEqualTo(Money.ZERO);
        assertThat(other.movements()).isEmpty();
    }

    @Test
    void animalsFromTheFund_goToTheNextHousehold_inTheRoundAfterThePayers() {
        commune.submit(fromFund("LO-2", "G41"));
        commune.submit(accept("LO-2").occurredOn(ACCEPTED_ON).build());

        assertRefused(commune.ledger, handOver(HANDED_ON, "HN-4", Optional.empty(), "G41"),
                LivestockErrorCode.LIVESTOCK_RECIPIENT_NOT_NEXT);
        assertRefused(commune.ledger, handOver(HANDED_ON, "HN-1", Optional.empty(), "G41"),
                LivestockErrorCode.LIVESTOCK_RECIPIENT_ALREADY_SUPPORTED);
        commune.submit(handOver(HANDED_ON, "HN-3", Optional.empty(), "G41"));

        AnimalsHandedOver handedOver = lastEvent(AnimalsHandedOver.class);
        assertThat(handedOver.round()).isEqualTo(2);
        assertThat(handedOver.value()).isEqualTo(Money.ofMillions(4));
        assertThat(handedOver.openedObligationId()).contains(Obligation.idOf(GROUP, "HN-3"));
        Report report = report();
        assertThat(report.actual(A_XAN, LivestockIndicators.HOUSEHOLDS_ROUND_ONE.id())).contains(IndicatorValue.of(2));
        assertThat(report.actual(A_XAN, LivestockIndicators.HOUSEHOLDS_PASS_ON_ROUNDS.id())).contains(IndicatorValue.of(1));
        assertThat(report.actual(A_XAN, LivestockIndicators.ANIMALS_ROUND_ONE_GOAT.id())).contains(IndicatorValue.of(10));
        assertThat(report.actual(A_XAN, LivestockIndicators.REVOLVING_FUND_BALANCE.id()))
                .contains(IndicatorValue.of(Money.ofMillions(1)));
    }

    @Test
    void animalsFromTheFund_andRoundOneAnimals_areNotHandedOverTogether() {
        commune.submit(fromFund("LO-2", "G41"));
        commune.submit(accept("LO-2").occurredOn(ACCEPTED_ON).build());
        commune.submit(RecordPurchaseLot.builder().from(lot("LO-3", List.of(goat("G51", Money.ofMillions(4)))))
                .occurredOn(BOUGHT_ON).build());
        commune.submit(accept("LO-3").occurredOn(ACCEPTED_ON).build());

        assertRefused(commune.ledger, handOver(HANDED_ON, "HN-3", Optional.empty(), "G41", "G51"),
                LivestockErrorCode.LIVESTOCK_HANDOVER_MIXES_FUNDS);
    }

    @Test
    void theBalanceIndicator_isTheCashPaidIn_beforeAnythingIsBought() {
        assertThat(report().actual(A_XAN, LivestockIndicators.REVOLVING_FUND_BALANCE.id()))
                .contains(IndicatorValue.of(Money.ofMillions(5)));
    }

    private RecordPurchaseLot fromFund(String lotId, String earTag) {
        return RecordPurchaseLot.builder().from(lot(lotId, List.of(goat(earTag, Money.ofMillions(4))))).occurredOn(BOUGHT_ON)
                .paidFromRevolvingFund(true).build();
    }

    private RevolvingFund fund() {
        return commune.ledger.read(Herd.class, herd -> herd.revolvingFund(GROUP));
    }

    private Money spentByTheCommune() {
        return commune.ledger.read(FundingLedger.class, funds -> funds.spent(A_XAN, LivestockModel.ID));
    }

    private <E> E lastEvent(Class<E> type) {
        List<EventEnvelope> events = commune.ledger.store().readAll();
        for (int i = events.size() - 1; i >= 0; i--) {
            if (type.isInstance(events.get(i).payload())) {
                return type.cast(events.get(i).payload());
            }
        }
        throw new AssertionError("no " + type.getSimpleName());
    }

    private Report report() {
        ReportingPeriod period = ReportingPeriod.custom(LocalDate.of(2021, 7, 1), LocalDate.of(2025, 6, 30),
                "Giai đoạn 2021–2025", "2021–2025");
        return new ReportBuilder(commune.runtime.administrativeUnits())
                .addAll(new LivestockModel(LivestockProgramme.quangNam2021()).indicatorSources(commune.runtime.context()))
                .build(period, commune.ledger.store().readAll());
    }
}
