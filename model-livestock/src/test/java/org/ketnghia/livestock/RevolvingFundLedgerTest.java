package org.ketnghia.livestock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.livestock.LivestockCommune.A_XAN;
import static org.ketnghia.livestock.LivestockCommune.GROUP;
import static org.ketnghia.livestock.LivestockCommune.PROVINCE;
import static org.ketnghia.livestock.LivestockCommune.RECEIVED;
import static org.ketnghia.livestock.LivestockCommune.accept;
import static org.ketnghia.livestock.LivestockCommune.goat;
import static org.ketnghia.livestock.LivestockCommune.lot;
import static org.ketnghia.livestock.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.funding.FundPurpose;
import org.ketnghia.core.funding.FundingErrorCode;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.funding.FundingSource;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.funding.FundingSourceRegistered;
import org.ketnghia.core.funding.PlanActualRow;
import org.ketnghia.core.funding.ReceiptRecorded;
import org.ketnghia.core.funding.RecordExpenditure;
import org.ketnghia.core.funding.RecordReceipt;
import org.ketnghia.core.funding.RegisterFundingSource;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.LedgerErrorCode;
import org.ketnghia.core.money.Money;
import org.ketnghia.livestock.herd.CashPaidInstead;
import org.ketnghia.livestock.herd.Herd;
import org.ketnghia.livestock.herd.Obligation;
import org.ketnghia.livestock.herd.PayCashInstead;
import org.ketnghia.livestock.herd.RecordPurchaseLot;
import org.ketnghia.livestock.passon.PassOnPolicy;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.testing.Participants;

/**
 * Cash paid instead of an animal goes into the group's revolving fund in the core funding ledger, earmarked
 * {@code livestock/quy-quay-vong:<group>}, and pays for the next household's animals there: the receipt with the
 * cash, the expenditure with the acceptance, the same balance in the herd registry and the funding ledger, no
 * spending beyond the earmarked money, the plan-versus-actual tables, the 2025 successor commune, and ledgers
 * recorded before the funding ledger kept revolving funds.
 */
class RevolvingFundLedgerTest {

    private static final PassOnPolicy FIRST_FEMALE_OR_CASH = PassOnPolicy.builder().from(LivestockCommune.FIRST_FEMALE)
            .id("first-female-or-cash").cashAlternative(Money.ofMillions(5)).build();
    private static final FundPurpose GROUP_FUND = FundPurpose.of("livestock", "quy-quay-vong:" + GROUP);
    private static final LocalDate PAID_ON = LocalDate.of(2023, 5, 2);
    private static final LocalDate BOUGHT_ON = LocalDate.of(2023, 6, 1);
    private static final LocalDate ACCEPTED_ON = LocalDate.of(2023, 6, 5);

    @Test
    void cashInstead_isAReceiptIntoTheGroupsEarmarkedFund_recordedWithIt() {
        LivestockCommune commune = new LivestockCommune().throughRoundOne(FIRST_FEMALE_OR_CASH);

        List<EventEnvelope> recorded = commune.ledger.submit(cash(A_XAN, PAID_ON, "HN-2"));

        assertThat(recorded).extracting(EventEnvelope::typeId).containsExactly(CashPaidInstead.TYPE,
                FundingSourceRegistered.TYPE, ReceiptRecorded.TYPE);
        assertThat(((CashPaidInstead) recorded.get(0).payload()).receiptId()).contains("livestock-nop-tien-"
                + Obligation.idOf(GROUP, "HN-2"));
        assertThat(available(commune, A_XAN, GROUP_FUND)).isEqualTo(Money.ofMillions(5));
        assertThat(available(commune, A_XAN, FundPurpose.of("livestock"))).as("the commune's money for the model")
                .isEqualTo(RECEIVED.minus(Money.ofMillions(40)));
        FundingSource source = commune.ledger.read(FundingLedger.class,
                funds -> funds.source("livestock-hoan-tra-" + GROUP).orElseThrow());
        assertThat(source.kind()).isEqualTo(FundingSourceKind.REVOLVING_REPAYMENT);

        // the group's second payment uses the same source
        List<EventEnvelope> second = commune.ledger.submit(cash(A_XAN, PAID_ON, "HN-1"));
        assertThat(second).extracting(EventEnvelope::typeId).containsExactly(CashPaidInstead.TYPE, ReceiptRecorded.TYPE);
        assertThat(available(commune, A_XAN, GROUP_FUND)).isEqualTo(Money.ofMillions(10));
        assertThat(herdBalance(commune)).isEqualTo(Money.ofMillions(10));
    }

    @Test
    void theHerdAndTheFundingLedger_giveTheSameBalance_afterCashInAndAPurchase_andTheTablesShowTheMoney() {
        LivestockCommune commune = new LivestockCommune().throughRoundOne(FIRST_FEMALE_OR_CASH);
        commune.submit(cash(A_XAN, PAID_ON, "HN-2"));
        assertThat(herdBalance(commune)).isEqualTo(available(commune, A_XAN, GROUP_FUND)).isEqualTo(Money.ofMillions(5));

        commune.submit(fromFund("LO-2", "G41", Money.ofMillions(4)));
        commune.submit(accept("LO-2").occurredOn(ACCEPTED_ON).build());

        assertThat(herdBalance(commune)).isEqualTo(available(commune, A_XAN, GROUP_FUND)).isEqualTo(Money.ofMillions(1));
        assertThat(outside(commune)).isEqualTo(Money.ZERO);
        PlanActualRow model = commune.ledger.read(FundingLedger.class,
                funds -> funds.planVersusActualByModel().row("livestock").orElseThrow());
        assertThat(model.received()).isEqualTo(RECEIVED.plus(Money.ofMillions(5)));
        assertThat(model.spent()).isEqualTo(Money.ofMillions(40).plus(Money.ofMillions(4)));
        PlanActualRow inAXan = commune.ledger.read(FundingLedger.class,
                funds -> funds.planVersusActualByCommune().row(A_XAN).orElseThrow());
        assertThat(inAXan.received()).isEqualTo(RECEIVED.plus(Money.ofMillions(5)));
        Money fromFunds = commune.ledger.read(FundingLedger.class,
                funds -> funds.spentFromRevolvingFunds(A_XAN, "livestock"));
        assertThat(fromFunds).isEqualTo(Money.ofMillions(4));
    }

    @Test
    void acceptingALotTheEarmarkedFundCannotPay_isRefusedWithEveryProblem_andAppendsNothing() {
        LivestockCommune commune = new LivestockCommune().throughRoundOne(FIRST_FEMALE_OR_CASH);
        commune.submit(cash(A_XAN, PAID_ON, "HN-2"));
        commune.submit(fromFund("LO-2", "G41", Money.ofMillions(4)));
        // the commune spends 2 million of the fund directly: 3 million is left, the lot costs 4
        commune.submit(RecordExpenditure.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(BOUGHT_ON)
                .expenditureId("chi-thuoc-thu-y").modelId("livestock").activity(GROUP_FUND.activity())
                .description("Thuốc thú y cho tổ").amount(Money.ofMillions(2)).documentReference("PC-TY-1").build());
        assertThat(outside(commune)).as("the herd's account holds 2 million more than the funding ledger")
                .isEqualTo(Money.ofMillions(2));

        KetnghiaException refused = assertRefused(commune.ledger,
                accept("LO-2").occurredOn(ACCEPTED_ON).minutesReference(" ").build(),
                FundingErrorCode.FUNDING_INSUFFICIENT_BALANCE);

        assertThat(refused.problems()).extracting(Problem::code, Problem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CoreErrorCode.VALUE_BLANK, "minutesReference"),
                org.assertj.core.groups.Tuple.tuple(FundingErrorCode.FUNDING_INSUFFICIENT_BALANCE, "amount"));
        assertThat(refused.problems().get(1).messageEn()).contains("quy-quay-vong:" + GROUP).contains("only 3.000.000 ₫");
        assertThat(available(commune, A_XAN, GROUP_FUND)).isEqualTo(Money.ofMillions(3));
    }

    @Test
    void cashOfAnotherCommune_isRefused_andAfterTheMergersTheSuccessorReceivesIt() {
        LivestockCommune commune = new LivestockCommune().throughRoundOne(FIRST_FEMALE_OR_CASH);
        assertRefused(commune.ledger, cash(Participants.A_NONG, PAID_ON, "HN-2"),
                LivestockErrorCode.LIVESTOCK_GROUP_OTHER_COMMUNE);

        LocalDate afterMergers = LocalDate.of(2025, 8, 1);
        // A Xan no longer exists: the ledger refuses its commands before any handler
        assertRefused(commune.ledger, cash(A_XAN, afterMergers, "HN-2"), LedgerErrorCode.LEDGER_UNKNOWN_UNIT);
        commune.submit(cash(Participants.HUNG_SON, afterMergers, "HN-2"));

        assertThat(available(commune, Participants.HUNG_SON, GROUP_FUND)).isEqualTo(Money.ofMillions(5));
        assertThat(available(commune, A_XAN, GROUP_FUND)).isEqualTo(Money.ZERO);
        assertThat(herdBalance(commune)).isEqualTo(Money.ofMillions(5));
    }

    @Test
    void aLedgerRecordedBeforeTheChange_opens_theHerdShowsTheCash_andTheCommuneCatchesUpWithAReceipt() {
        LivestockCommune commune = new LivestockCommune(LivestockProgramme.quangNam2021(), List.of(new LegacyCashFeature()))
                .throughRoundOne(FIRST_FEMALE_OR_CASH);
        commune.submit(LegacyCashFeature.payCash(A_XAN, PAID_ON, Obligation.idOf(GROUP, "HN-2"), Money.ofMillions(5)));
        commune.ledger.rebuildProjections();
        assertThat(commune.ledger.verifyChain().firstBreak()).isEmpty();

        assertThat(herdBalance(commune)).as("the households did pay").isEqualTo(Money.ofMillions(5));
        assertThat(outside(commune)).isEqualTo(Money.ofMillions(5));
        assertThat(available(commune, A_XAN, GROUP_FUND)).isEqualTo(Money.ZERO);
        commune.submit(fromFund("LO-2", "G41", Money.ofMillions(4)));
        assertRefused(commune.ledger, accept("LO-2").occurredOn(ACCEPTED_ON).build(),
                FundingErrorCode.FUNDING_INSUFFICIENT_BALANCE);

        commune.submit(RegisterFundingSource.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(ACCEPTED_ON)
                .sourceId("hoan-tra-truoc-2024").name("Tiền hoàn trả quay vòng của hộ (ghi bổ sung)")
                .kind(FundingSourceKind.REVOLVING_REPAYMENT).build());
        commune.submit(RecordReceipt.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(ACCEPTED_ON)
                .receiptId("thu-bo-sung-1").unpledged(true).sourceId("hoan-tra-truoc-2024").modelId("livestock")
                .activity(GROUP_FUND.activity()).amount(Money.ofMillions(5)).build());
        assertThat(outside(commune)).isEqualTo(Money.ZERO);
        commune.submit(accept("LO-2").occurredOn(ACCEPTED_ON).build());

        assertThat(herdBalance(commune)).isEqualTo(available(commune, A_XAN, GROUP_FUND)).isEqualTo(Money.ofMillions(1));
    }

    private static PayCashInstead cash(String unitCode, LocalDate date, String householdId) {
        return PayCashInstead.builder().actor(PROVINCE).unitCode(unitCode).occurredOn(date)
                .obligationId(Obligation.idOf(GROUP, householdId)).amount(Money.ofMillions(5))
                .receiptReference("PT-" + householdId).build();
    }

    private static RecordPurchaseLot fromFund(String lotId, String earTag, Money price) {
        return RecordPurchaseLot.builder().from(lot(lotId, List.of(goat(earTag, price)))).occurredOn(BOUGHT_ON)
                .paidFromRevolvingFund(true).build();
    }

    private static Money available(LivestockCommune commune, String communeCode, FundPurpose purpose) {
        return commune.ledger.read(FundingLedger.class, funds -> funds.availableFor(communeCode, purpose));
    }

    private static Money herdBalance(LivestockCommune commune) {
        return commune.ledger.read(Herd.class, herd -> herd.revolvingFund(GROUP).balance());
    }

    private static Money outside(LivestockCommune commune) {
        return commune.ledger.read(Herd.class, herd -> herd.revolvingFundOutsideFundingLedger(GROUP));
    }
}
