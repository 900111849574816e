package org.ketnghia.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ketnghia.core.funding.FundingFixtures.A_XAN;
import static org.ketnghia.core.funding.FundingFixtures.IN_2024;
import static org.ketnghia.core.funding.FundingFixtures.LIVESTOCK;
import static org.ketnghia.core.funding.FundingFixtures.source;
import static org.ketnghia.core.funding.FundingFixtures.unpledged;
import static org.ketnghia.testing.Fixtures.PROVINCE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.funding.settlement.SettleAccounts;
import org.ketnghia.core.funding.settlement.SettlementErrorCode;
import org.ketnghia.core.funding.internal.FundingFeature;
import org.ketnghia.core.ledger.ProgrammeLedger;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;

/**
 * A Xã A Xan's livestock fund holds 30 M of a philanthropist recorded for no programme and 20 M of the pilot's own,
 * earmarked for breeding animals; the follow-up has settled 2024. The follow-up's settlement counted the money of no
 * programme, so the pilot may no longer spend it, nor reverse spending of it, in 2024; its own money stays open.
 */
class SettledMoneyOfNoProgrammeTest {

    private static final String PILOT = "quang-nam-2021";
    private static final String FOLLOW_UP = "quang-nam-2024";
    private static final FundPurpose BREEDING = FundPurpose.of(LIVESTOCK, "mua-giong");
    private static final LocalDate DEC_2024 = LocalDate.of(2024, 12, 1);
    private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
    private static final LocalDate FEB_2025 = LocalDate.of(2025, 2, 1);

    private KetnghiaRuntime runtime;
    private ProgrammeLedger pilot;
    private ProgrammeLedger followUp;

    @BeforeEach
    void moneyOfNoProgrammeAndThePilotsOwn_inOneFund() {
        runtime = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addFeature(new FundingFeature())
                .addFeature(new AnimalPurchaseFeature()).clock(Fixtures.CLOCK).build();
        pilot = runtime.ledger().forProgramme(PILOT);
        followUp = runtime.ledger().forProgramme(FOLLOW_UP);
        runtime.ledger().submit(source("ht", FundingSourceKind.PHILANTHROPIST, null));
        runtime.ledger().submit(source("nsnn", FundingSourceKind.STATE_BUDGET, null));
        runtime.ledger().submit(unpledged("thu-chung", "ht", A_XAN, FundPurpose.of(LIVESTOCK), Money.ofMillions(30)));
        pilot.submit(unpledged("thu-pilot", "nsnn", A_XAN, BREEDING, Money.ofMillions(20)));
    }

    @Test
    void thePilotsExpenditureInTheFollowUpsSettledPeriod_drawingMoneyOfNoProgramme_isRefused_andNothingIsAppended() {
        settleFollowUp2024();
        long before = runtime.ledger().lastSequence();

        Problem whole = refusal(() -> pilot.submit(spend("chi-chung", FundPurpose.of(LIVESTOCK), DEC_2024, 12)));
        Problem partly = refusal(() -> pilot.submit(spend("chi-giong", BREEDING, DEC_2024, 25)));

        assertThat(whole.code()).isEqualTo(SettlementErrorCode.FUNDING_SETTLED_NO_PROGRAMME_MONEY_SPENT);
        assertThat(whole.field()).isEqualTo("occurredOn");
        assertThat(whole.messageEn()).contains("qt-follow-up-2024", FOLLOW_UP, "2024-12-31", "chi-chung", PILOT,
                "2024-12-01", "12.000.000");
        assertThat(whole.messageVi()).contains("tiền không thuộc chương trình nào", "chi-chung");
        assertThat(partly.code()).as("20 M of the pilot's own, 5 M of no programme")
                .isEqualTo(SettlementErrorCode.FUNDING_SETTLED_NO_PROGRAMME_MONEY_SPENT);
        assertThat(partly.messageEn()).contains("chi-giong", "5.000.000");
        assertThat(runtime.ledger().lastSequence()).isEqualTo(before);
        assertThat(expenditures()).isEmpty();
    }

    @Test
    void thePilotsExpenditureInTheFollowUpsSettledPeriod_drawingOnlyItsOwnMoney_isAccepted() {
        settleFollowUp2024();

        pilot.submit(spend("chi-giong", BREEDING, DEC_2024, 20));

        FundExpenditure spent = expenditure("chi-giong").orElseThrow();
        assertThat(spent.allocations()).extracting(FundAllocation::receiptId).containsOnly("thu-pilot");
    }

    @Test
    void thePilotsExpenditureAfterTheFollowUpsPeriodEnd_drawingMoneyOfNoProgramme_isAccepted() {
        settleFollowUp2024();

        pilot.submit(spend("chi-chung", FundPurpose.of(LIVESTOCK), FEB_2025, 12));

        assertThat(expenditure("chi-chung")).isPresent();
    }

    @Test
    void aBatchOfThePilotsExpenditures_isJudgedInSequence() {
        settleFollowUp2024();
        long before = runtime.ledger().lastSequence();

        KetnghiaException refused = catchThrowableOfType(() -> pilot.submit(buy("mua-2", DEC_2024, 1, 1, 1)),
                KetnghiaException.class);

        assertThat(refused.problems()).as("8 M and 8 M of the pilot's 20 M, then its last 4 M and 4 M of no programme")
                .extracting(Problem::code).containsExactly(SettlementErrorCode.FUNDING_SETTLED_NO_PROGRAMME_MONEY_SPENT);
        assertThat(refused.problems().get(0).messageEn()).contains("mua-2-2", "4.000.000");
        assertThat(runtime.ledger().lastSequence()).isEqualTo(before);
    }

    @Test
    void aReversalInTheFollowUpsSettledPeriod_ofThePilotsExpenditureThatDrewMoneyOfNoProgramme_isRefused() {
        pilot.submit(spend("chi-chung", FundPurpose.of(LIVESTOCK), IN_2024, 12));
        pilot.submit(spend("chi-giong", BREEDING, IN_2024, 5));
        settleFollowUp2024();
        long before = runtime.ledger().lastSequence();

        Problem refused = refusal(() -> pilot.submit(reverse("dc-chung", "chi-chung", DEC_2024)));

        assertThat(refused.code()).isEqualTo(SettlementErrorCode.FUNDING_SETTLED_NO_PROGRAMME_MONEY_REVERSED);
        assertThat(refused.field()).isEqualTo("occurredOn");
        assertThat(refused.messageEn()).contains("qt-follow-up-2024", "chi-chung", PILOT, "12.000.000", "2024-12-01");
        assertThat(runtime.ledger().lastSequence()).isEqualTo(before);
        pilot.submit(reverse("dc-giong", "chi-giong", DEC_2024));
        pilot.submit(reverse("dc-chung", "chi-chung", FEB_2025));
        assertThat(expenditures()).isEmpty();
    }

    private List<FundExpenditure> expenditures() {
        return runtime.ledger().read(FundingLedger.class, FundingLedger::expenditures);
    }

    private Optional<FundExpenditure> expenditure(String expenditureId) {
        return runtime.ledger().read(FundingLedger.class, ledger -> ledger.expenditure(expenditureId));
    }

    private void settleFollowUp2024() {
        followUp.submit(SettleAccounts.builder().actor(PROVINCE).unitCode("QNA").occurredOn(LocalDate.of(2025, 1, 10))
                .settlementId("qt-follow-up-2024").periodEnd(END_2024).decisionReference("Quyết định 1/QĐ-UBND").build());
    }

    private static RecordExpenditure spend(String expenditureId, FundPurpose purpose, LocalDate date, long millions) {
        return RecordExpenditure.builder().from(FundingFixtures.expenditure(expenditureId, A_XAN, purpose, Money.ofMillions(millions)))
                .occurredOn(date).build();
    }

    /** Breeding animals at 8 M a head, one voucher per lot. */
    private static AnimalPurchaseFeature.BuyAnimals buy(String purchaseId, LocalDate date, Integer... headPerLot) {
        return ImmutableBuyAnimals.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(date).purchaseId(purchaseId)
                .headPerLot(List.of(headPerLot)).pricePerHead(Money.ofMillions(8)).build();
    }

    private static ReverseExpenditure reverse(String reversalId, String expenditureId, LocalDate date) {
        return ReverseExpenditure.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(date).reversalId(reversalId)
                .expenditureId(expenditureId).reason("Chi sai đối tượng").documentReference("ĐC-" + reversalId).build();
    }

    private static Problem refusal(Runnable submission) {
        KetnghiaException refused = catchThrowableOfType(submission::run, KetnghiaException.class);
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.problems()).hasSize(1);
        return refused.problems().get(0);
    }
}
