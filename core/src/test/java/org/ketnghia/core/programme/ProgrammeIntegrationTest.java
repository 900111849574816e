package org.ketnghia.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.testing.Fixtures.PROVINCE;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.disclosure.PublicListing;
import org.ketnghia.core.disclosure.PublicListingRow;
import org.ketnghia.core.disclosure.SupportLedger;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.funding.ExpenditureRecorded;
import org.ketnghia.core.funding.FundingErrorCode;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.funding.MakePledge;
import org.ketnghia.core.funding.RecordReceipt;
import org.ketnghia.core.funding.RegisterFundingSource;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.testing.Participants;
import org.ketnghia.core.participant.RecordPovertyStatus;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.programme.ProgrammeSupportFeature.HandOverSupport;
import org.ketnghia.core.programme.ProgrammeSupportFeature.SupportHandedOver;
import org.ketnghia.core.reporting.Aggregation;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorSources;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportBuilder;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.core.twinning.ModelChoiceCheck;
import org.ketnghia.core.twinning.RegisterSponsor;
import org.ketnghia.core.twinning.SignAgreement;
import org.ketnghia.core.twinning.Sponsor;
import org.ketnghia.core.twinning.SponsorKind;
import org.ketnghia.core.twinning.StandardModels;
import org.ketnghia.core.twinning.TwinningAgreement;
import org.ketnghia.core.twinning.TwoOfFourRule;

/**
 * A small twinning programme (<i>chương trình kết nghĩa</i>) run end to end through the public API
 * of the core with one runtime: sponsor and agreement, households and their poverty status, funding
 * from pledge to expenditure, public listing, report and ledger integrity.
 */
class ProgrammeIntegrationTest {

    private static final String QUANG_NAM = "QNA";
    private static final String TAY_GIANG_DISTRICT = Participants.TAY_GIANG_DISTRICT;
    private static final String A_XAN = Participants.A_XAN;
    private static final String A_UR = Participants.A_UR;
    private static final String SPONSOR_ID = "so-tai-chinh";
    private static final String SOURCE_ID = "ngan-sach-so-tai-chinh";
    private static final LocalDate PROGRAMME_START = LocalDate.of(2021, 7, 1);
    private static final LocalDate REGISTERED_ON = LocalDate.of(2020, 11, 2);
    private static final LocalDate SPENT_ON = LocalDate.of(2021, 9, 15);
    private static final LocalDate LISTING_DATE = LocalDate.of(2022, 6, 30);
    private static final String ID_NUMBER_HOA = "049175001234";
    private static final String ID_NUMBER_BON = "049071004321";
    private static final Money PLEDGED = Money.ofMillions(150);
    private static final Money RECEIVED = Money.ofMillions(100);
    private static final Money GOATS_FOR_HOA = Money.ofDong(20_000_000);
    private static final Money COW_FOR_BON = Money.ofDong(18_500_000);
    private static final IndicatorDefinition SPENDING = new IndicatorDefinition("programme.spending",
            "Kinh phí đã chi", "Money spent", "đồng", Aggregation.SUM);

    private final KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Participants.units())
            .addFeature(new ProgrammeSupportFeature()).clock(Fixtures.CLOCK).build();
    private final Ledger ledger = runtime.ledger();

    @BeforeEach
    void runTheProgramme() {
        // 1. the sponsor and its 2021 agreement with Tây Giang district, choosing two of the four models
        ledger.submit(RegisterSponsor.builder().actor(PROVINCE).unitCode(QUANG_NAM).occurredOn(PROGRAMME_START)
                .sponsor(Sponsor.builder().id(SPONSOR_ID).name("Sở Tài chính").kind(SponsorKind.DEPARTMENT)
                        .contactUnit("Văn phòng Sở Tài chính").build())
                .build());
        ledger.submit(SignAgreement.builder().actor(PROVINCE).unitCode(QUANG_NAM).occurredOn(PROGRAMME_START)
                .agreement(TwinningAgreement.builder().id("kn-tay-giang-2021").recipientUnitCode(TAY_GIANG_DISTRICT)
                        .validFrom(PROGRAMME_START).sponsorIds(List.of(SPONSOR_ID))
                        .modelIds(List.of(StandardModels.LIVESTOCK, StandardModels.TRAINING)).build())
                .build());

        // 2. two households of thôn A Ur (xã A Xan) and their 2021 poverty status
        ledger.submit(RegisterHousehold.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(REGISTERED_ON)
                .householdId("HN-001").villageCode(A_UR).ethnicity("Cơ Tu")
                .addMembers(HouseholdMember.builder().fullName("Bríu Thị Hoa").sex(Sex.FEMALE).birthYear(1968)
                        .relation(HouseholdRelation.HEAD).idNumber(ID_NUMBER_HOA).build())
                .build());
        ledger.submit(RegisterHousehold.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(REGISTERED_ON)
                .householdId("HN-002").villageCode(A_UR).ethnicity("Cơ Tu")
                .addMembers(HouseholdMember.builder().fullName("Alăng Văn Bốn").sex(Sex.MALE).birthYear(1971)
                        .relation(HouseholdRelation.HEAD).idNumber(ID_NUMBER_BON).build())
                .build());
        ledger.submit(Participants.status("HN-001", A_XAN, 2021, PovertyCategory.POOR));
        ledger.submit(Participants.status("HN-002", A_XAN, 2021, PovertyCategory.NEAR_POOR));

        // 3. the sponsor's money: source, pledge, receipt, and spending through the model's command
        ledger.submit(RegisterFundingSource.builder().actor(PROVINCE).unitCode(QUANG_NAM).occurredOn(PROGRAMME_START)
                .sourceId(SOURCE_ID).name("Kinh phí kết nghĩa của Sở Tài chính").kind(FundingSourceKind.SPONSOR)
                .sponsorId(SPONSOR_ID).build());
        ledger.submit(MakePledge.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(PROGRAMME_START)
                .sponsorId(SPONSOR_ID).pledgeId("cam-ket-1").sourceId(SOURCE_ID)
                .modelId(ProgrammeSupportFeature.MODEL_ID).amount(PLEDGED).build());
        ledger.submit(RecordReceipt.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(LocalDate.of(2021, 8, 2))
                .receiptId("thu-1").pledgeId("cam-ket-1").amount(RECEIVED).build());
        ledger.submit(handOver("HN-001", "chi-1", "5 con dê giống", GOATS_FOR_HOA));
        ledger.submit(handOver("HN-002", "chi-2", "1 con bò giống", COW_FOR_BON));
    }

    @Test
    void districtAgreementWithTwoModels_satisfiesTheTwoOfFourRuleInEveryCoveredCommune() {
        ModelChoiceCheck check = TwoOfFourRule.standard().check(ledger, LocalDate.of(2022, 3, 1));

        assertThat(check.satisfied()).isTrue();
        assertThat(check.problems()).isEmpty();
        assertThat(check.checkedCommuneCodes()).contains(A_XAN)
                .allSatisfy(code -> assertThat(code).startsWith(TAY_GIANG_DISTRICT + "."));
    }

    @Test
    void fundingBalance_isTheReceiptMinusWhatTheModelSpent() {
        Money spent = GOATS_FOR_HOA.plus(COW_FOR_BON);

        assertThat(received(ledger))
                .isEqualTo(RECEIVED);
        assertThat(spent(ledger))
                .isEqualTo(spent);
        assertThat(balance(ledger))
                .isEqualTo(RECEIVED.minus(spent))
                .isEqualTo(Money.ofDong(61_500_000));
        assertThat(ledger.read(FundingLedger.class, FundingLedger::expenditures)).hasSize(2);
    }

    @Test
    void spendingMoreThanTheBalance_isRejected_andAppendsNothing() {
        long before = ledger.lastSequence();

        assertThatThrownBy(() -> ledger.submit(handOver("HN-001", "chi-3", "10 con bò giống", Money.ofMillions(200))))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(FundingErrorCode.FUNDING_INSUFFICIENT_BALANCE));
        assertThat(ledger.lastSequence()).isEqualTo(before);
        assertThat(ledger.read(SupportLedger.class, SupportLedger::supports)).hasSize(2);
    }

    @Test
    void publicListing_showsBothHouseholdsWithTheirSupport_andNoEthnicityOrIdNumber() {
        PublicListing listing = listing();

        assertThat(listing.rows()).containsExactly(
                new PublicListingRow("Alăng Văn Bốn", "A Ur", "Hộ cận nghèo", "1 con bò giống", COW_FOR_BON),
                new PublicListingRow("Bríu Thị Hoa", "A Ur", "Hộ nghèo", "5 con dê giống", GOATS_FOR_HOA));
        assertThat(listing.total()).isEqualTo(GOATS_FOR_HOA.plus(COW_FOR_BON));
        for (String published : List.of(listing.toCsv(), listing.toText(), listing.rows().toString())) {
            assertThat(published).doesNotContain("Cơ Tu", "Katu", "co-tu", ID_NUMBER_HOA, ID_NUMBER_BON);
        }
    }

    @Test
    void provinceTotalOfTheYearOneReport_equalsWhatTheFundingLedgerSpent() {
        Report report = new ReportBuilder(runtime.administrativeUnits())
                .add(IndicatorSources.sumOfMoney(SPENDING, ExpenditureRecorded.class, ExpenditureRecorded::amount))
                .build(ReportingPeriod.programmeYear(PROGRAMME_START, 1), ledger.store().readAll());
        Money spent = spent(ledger);

        assertThat(report.actual(QUANG_NAM, SPENDING.id())).contains(IndicatorValue.of(spent));
        assertThat(report.total(SPENDING.id())).contains(IndicatorValue.of(spent));
        assertThat(report.actual(TAY_GIANG_DISTRICT, SPENDING.id())).contains(IndicatorValue.of(spent));
        assertThat(report.actual(A_XAN, SPENDING.id())).contains(IndicatorValue.of(Money.ofDong(38_500_000)));
    }

    @Test
    void everyProjectionWithASnapshotForm_restoredAndFedTheLaterEvents_savesWhatAFullReplaySaves() {
        assertThat(org.ketnghia.core.ledger.SnapshotFormCheck.assertRestoresAsReplay(runtime)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void chainIsIntact_andRebuiltProjectionsGiveTheSameBalancesAndListing() {
        Money balance = balance(ledger);
        Money spent = spent(ledger);
        List<PublicListingRow> rows = listing().rows();

        assertThat(ledger.verifyChain().isIntact()).isTrue();
        assertThat(ledger.verifyChain().eventsChecked()).isEqualTo(ledger.lastSequence());
        ledger.rebuildProjections();

        assertThat(balance(ledger))
                .isEqualTo(balance);
        assertThat(spent(ledger))
                .isEqualTo(spent);
        assertThat(listing().rows()).isEqualTo(rows);

        KetnghiaRuntime replayed = KetnghiaRuntime.builder().administrativeUnits(Participants.units())
                .addFeature(new ProgrammeSupportFeature()).eventStore(ledger.store()).clock(Fixtures.CLOCK).build();
        assertThat(balance(replayed.ledger())).isEqualTo(balance);
        assertThat(replayed.ledger().verifyChain().isIntact()).isTrue();
    }

    @Test
    void supportCommandAndEvent_roundTripThroughTheirBaseTypes() throws Exception {
        Command command = handOver("HN-001", "chi-9", "5 con dê giống", GOATS_FOR_HOA);
        LedgerEvent event = new SupportHandedOver("HN-001", ProgrammeSupportFeature.MODEL_ID, "5 con dê giống",
                "support", GOATS_FOR_HOA, SPENT_ON);

        assertThat(runtime.objectMapper().readValue(runtime.objectMapper().writeValueAsString(command), Command.class))
                .isEqualTo(command);
        assertThat(runtime.objectMapper().readValue(runtime.objectMapper().writeValueAsString(event), LedgerEvent.class))
                .isEqualTo(event);
    }

    private static Money received(Ledger of) {
        return of.read(FundingLedger.class, funds -> funds.received(A_XAN, ProgrammeSupportFeature.MODEL_ID));
    }

    private static Money spent(Ledger of) {
        return of.read(FundingLedger.class, funds -> funds.spent(A_XAN, ProgrammeSupportFeature.MODEL_ID));
    }

    private static Money balance(Ledger of) {
        return of.read(FundingLedger.class, funds -> funds.balance(A_XAN, ProgrammeSupportFeature.MODEL_ID));
    }

    private PublicListing listing() {
        return ledger.read(SupportLedger.class,
                supports -> supports.publicListing(A_XAN, LISTING_DATE, runtime.administrativeUnits()));
    }

    private static HandOverSupport handOver(String householdId, String expenditureId, String what, Money value) {
        return new HandOverSupport(PROVINCE, A_XAN, SPENT_ON, householdId, expenditureId, what, value,
                "PC-" + expenditureId);
    }
}
