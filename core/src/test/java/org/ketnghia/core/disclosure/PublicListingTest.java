package org.ketnghia.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.testing.Participants.A_UR;
import static org.ketnghia.testing.Participants.A_XAN;
import static org.ketnghia.testing.Participants.HUNG_SON;
import static org.ketnghia.testing.Participants.PA_RONG;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.disclosure.internal.DisclosureFeature;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.testing.Participants;
import org.ketnghia.core.participant.RecordPovertyStatus;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.poverty.Area;
import org.ketnghia.core.participant.poverty.PovertyAssessment;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.participant.poverty.PovertyClassification;
import org.ketnghia.core.participant.poverty.PovertyClassifier;
import org.ketnghia.core.participant.privacy.SensitiveData;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;

class PublicListingTest {

    private static final LocalDate LISTING_DATE = LocalDate.of(2026, 6, 1);
    private static final String ID_NUMBER_HEAD = "049175001234";
    private static final String ID_NUMBER_CHILD = "049201009876";

    private final KetnghiaRuntime runtime = Participants.runtime(new DisclosureFeature(), new TestSupportFeature());
    private final PovertyClassification classification = PovertyClassifier.official().classify(PovertyAssessment.builder()
            .assessmentDate(LocalDate.of(2024, 11, 1)).area(Area.RURAL).monthlyIncomePerPerson(Money.ofDong(1_234_567))
            .addDeprivations("employment", "health-insurance", "water-source").build());


    /** Whatever the test recorded, every projection with a snapshot form restores as a full replay folds it. */
    @org.junit.jupiter.api.AfterEach
    void snapshotsRestoreAsAFullReplay() {
        assertThat(org.ketnghia.core.ledger.SnapshotFormCheck.assertRestoresAsReplay(runtime)).isPositive();
    }

    @BeforeEach
    void recordSupport() {
        runtime.ledger().submit(RegisterHousehold.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                .occurredOn(LocalDate.of(2024, 3, 1)).householdId("HN-001").villageCode(A_UR).ethnicity("Cơ Tu")
                .addMembers(HouseholdMember.builder().fullName("Bríu Thị Hoa").sex(Sex.FEMALE).birthYear(1968)
                                .relation(HouseholdRelation.HEAD).idNumber(ID_NUMBER_HEAD).build(),
                        HouseholdMember.builder().fullName("Bríu Văn Lực").sex(Sex.MALE).birthYear(2001)
                                .relation(HouseholdRelation.CHILD).idNumber(ID_NUMBER_CHILD).build())
                .build());
        runtime.ledger().submit(RegisterHousehold.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                .occurredOn(LocalDate.of(2024, 3, 1)).householdId("HN-002").villageCode(A_UR).ethnicity("Kinh")
                .addMembers(HouseholdMember.of("Alăng Văn Bốn", Sex.MALE, 1971, HouseholdRelation.HEAD)).build());
        runtime.ledger().submit(RegisterHousehold.builder().actor(Fixtures.PROVINCE).unitCode("QNA.TAY-GIANG.A-NONG")
                .occurredOn(LocalDate.of(2024, 3, 1)).householdId("HN-003").villageCode(PA_RONG).ethnicity("Cơ Tu")
                .addMembers(HouseholdMember.of("Bhling Thị Mai", Sex.FEMALE, 1983, HouseholdRelation.HEAD)).build());
        runtime.ledger().submit(RecordPovertyStatus.builder().actor(Fixtures.PROVINCE).unitCode(HUNG_SON)
                .occurredOn(LocalDate.of(2025, 12, 10)).householdId("HN-001").year(2026).classification(classification)
                .basis("Quyết định 321/QĐ-UBND ngày 10/12/2025 của UBND xã Hùng Sơn").build());
        runtime.ledger().submit(RecordPovertyStatus.builder().actor(Fixtures.PROVINCE).unitCode(HUNG_SON)
                .occurredOn(LocalDate.of(2025, 12, 10)).householdId("HN-002").year(2025)
                .category(PovertyCategory.NEAR_POOR).basis("Quyết định 98/QĐ-UBND").build());
        give("HN-001", HUNG_SON, LocalDate.of(2026, 2, 10), "5 con dê giống", 20_000_000);
        give("HN-002", HUNG_SON, LocalDate.of(2026, 2, 10), "5 con dê giống", 20_000_000);
        give("HN-001", HUNG_SON, LocalDate.of(2026, 3, 5), "Thức ăn, vắc-xin", 1_500_000);
        give("HN-003", "DNG.TAY-GIANG", LocalDate.of(2026, 2, 10), "5 con dê giống", 20_000_000);
    }

    @Test
    void afterAChangeOfHead_theListShowsTheNewHead_fromTheDayOfTheChange() {
        runtime.ledger().submit(org.ketnghia.core.participant.ChangeHouseholdHead.builder().actor(Fixtures.PROVINCE)
                .unitCode(HUNG_SON).occurredOn(LocalDate.of(2026, 4, 1)).householdId("HN-001").newHeadName("Bríu Văn Lực")
                .formerHeadRelation(HouseholdRelation.PARENT).reason("Chủ hộ cũ cao tuổi").build());

        assertThat(listing(HUNG_SON, LocalDate.of(2026, 3, 31)).rows()).extracting(PublicListingRow::headName)
                .containsExactly("Alăng Văn Bốn", "Bríu Thị Hoa", "Bríu Thị Hoa");
        assertThat(listing(HUNG_SON, LISTING_DATE).rows()).extracting(PublicListingRow::headName)
                .containsExactly("Alăng Văn Bốn", "Bríu Văn Lực", "Bríu Văn Lực");
    }

    @Test
    void listing_showsHeadVillageCategorySupportAndValue_forTheCommuneOnly() {
        PublicListing listing = listing(HUNG_SON, LISTING_DATE);

        assertThat(listing.rows()).containsExactly(
                new PublicListingRow("Alăng Văn Bốn", "A Ur", "Hộ cận nghèo", "5 con dê giống", Money.ofDong(20_000_000)),
                new PublicListingRow("Bríu Thị Hoa", "A Ur", "Hộ nghèo", "5 con dê giống", Money.ofDong(20_000_000)),
                new PublicListingRow("Bríu Thị Hoa", "A Ur", "Hộ nghèo", "Thức ăn, vắc-xin", Money.ofDong(1_500_000)));
        assertThat(listing.total()).isEqualTo(Money.ofDong(41_500_000));
        assertThat(listing.communeName()).isEqualTo("xã Hùng Sơn");
    }

    @Test
    void csv_hasAVietnameseHeaderAndQuotesCellsWithCommas() {
        String csv = listing(HUNG_SON, LISTING_DATE).toCsv();

        assertThat(csv.split("\r\n")).containsExactly(
                "STT,Họ và tên chủ hộ,Thôn,Diện hộ,Nội dung hỗ trợ,Giá trị hỗ trợ (đồng)",
                "1,Alăng Văn Bốn,A Ur,Hộ cận nghèo,5 con dê giống,20000000",
                "2,Bríu Thị Hoa,A Ur,Hộ nghèo,5 con dê giống,20000000",
                "3,Bríu Thị Hoa,A Ur,Hộ nghèo,\"Thức ăn, vắc-xin\",1500000");
        byte[] bytes = listing(HUNG_SON, LISTING_DATE).toCsvBytes();
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("\uFEFFSTT,Họ và tên chủ hộ");
    }

    @Test
    void text_listsEveryRowAndTheTotal() {
        String text = listing(HUNG_SON, LISTING_DATE).toText();

        assertThat(text).contains("Xã Hùng Sơn — ngày 01/06/2026")
                .contains("1. Alăng Văn Bốn — thôn A Ur — Hộ cận nghèo — 5 con dê giống — 20.000.000 ₫")
                .contains("Tổng cộng: 3 lượt hỗ trợ, 41.500.000 ₫");
    }

    @Test
    void sensitiveFields_neverAppearInTheCsvOrTheText() {
        PublicListing listing = listing(HUNG_SON, LISTING_DATE);
        String csv = listing.toCsv();
        String text = listing.toText();

        for (String published : List.of(csv, text)) {
            assertThat(published)
                    .doesNotContain(ID_NUMBER_HEAD, ID_NUMBER_CHILD)
                    .doesNotContain("1968", "1971", "2001")
                    .doesNotContain("Cơ Tu", "Katu", "Kinh")
                    .doesNotContain("1234567", "1.234.567", classification.monthlyIncomePerPerson().toVietnamese())
                    .doesNotContain("employment", "health-insurance", "water-source", "bảo hiểm y tế", "việc làm")
                    .doesNotContain(classification.explanationVi())
                    .doesNotContain("Bríu Văn Lực")
                    .doesNotContain("Quyết định 321");
        }
        assertThat(csv).doesNotContain(",26,", "\"26\"");
    }

    @Test
    void rowType_hasOnlyTheAllowedColumns_andNoSensitiveAccessor() {
        assertThat(SensitiveData.accessorNames(PublicListingRow.class))
                .containsExactlyInAnyOrder("headName", "villageName", "category", "support", "value");
        assertThat(SensitiveData.reachableFrom(PublicListingRow.class)).isEmpty();
        assertThat(SensitiveData.reachableFrom(PublicListing.class)).isEmpty();
        assertThat(PublicListing.CSV_HEADER).hasSize(6);
    }

    @Test
    void listing_beforeTheMerger_usesTheOldCommune_andOnlySupportUpToTheDate() {
        give("HN-002", A_XAN, LocalDate.of(2025, 5, 1), "2 con bò giống", 40_000_000);

        assertThat(listing(A_XAN, LocalDate.of(2025, 6, 30)).rows()).extracting(PublicListingRow::support)
                .containsExactly("2 con bò giống");
        assertThat(listing(A_XAN, LocalDate.of(2025, 6, 30)).rows().get(0).category()).isEqualTo("Chưa xác định");
        assertThat(listing(HUNG_SON, LocalDate.of(2026, 2, 28)).rows()).hasSize(3);
        assertThat(runtime.ledger().read(SupportLedger.class,
                supports -> supports.publicListing(HUNG_SON, LocalDate.of(2026, 3, 1), LISTING_DATE,
                        runtime.administrativeUnits())).rows()).extracting(PublicListingRow::support)
                .containsExactly("Thức ăn, vắc-xin");
    }

    @Test
    void unknownCommune_isRejected() {
        assertThatThrownBy(() -> listing(A_XAN, LISTING_DATE)).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.code()).isEqualTo(DisclosureErrorCode.DISCLOSURE_UNKNOWN_UNIT));
    }

    @Test
    void supportLedger_collectsEveryBeneficiarySupportEvent() {
        List<SupportRecord> all = runtime.ledger().read(SupportLedger.class, SupportLedger::supports);
        List<SupportRecord> ofHoa = runtime.ledger().read(SupportLedger.class, supports -> supports.supportsOf("HN-001"));
        Money total = runtime.ledger().read(SupportLedger.class, supports -> supports.totalOf(TestSupportFeature.MODEL_ID));

        assertThat(all).hasSize(4).allSatisfy(support -> assertThat(support.pilotModelId()).isEqualTo("test-goats"));
        assertThat(ofHoa).extracting(SupportRecord::descriptionVi).containsExactly("5 con dê giống", "Thức ăn, vắc-xin");
        assertThat(total).isEqualTo(Money.ofDong(61_500_000));
    }

    @Test
    void testSupportEvent_roundTripsThroughLedgerEvent() throws Exception {
        LedgerEvent event = new TestSupportGiven("HN-001", "test-goats", "5 con dê giống", "5 goats",
                Money.ofDong(20_000_000), LocalDate.of(2026, 2, 10));

        String json = runtime.objectMapper().writeValueAsString(event);
        assertThat(runtime.objectMapper().readValue(json, LedgerEvent.class)).isEqualTo(event);
    }

    private PublicListing listing(String commune, LocalDate date) {
        return runtime.ledger().read(SupportLedger.class,
                supports -> supports.publicListing(commune, date, runtime.administrativeUnits()));
    }

    private void give(String householdId, String unitCode, LocalDate date, String what, long dong) {
        runtime.ledger().submit(new GiveTestSupport(Fixtures.PROVINCE, unitCode, date, householdId, what,
                Money.ofDong(dong)));
    }
}
