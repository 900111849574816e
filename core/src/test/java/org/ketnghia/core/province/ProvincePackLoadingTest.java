package org.ketnghia.core.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.admin.SuccessionKind;
import org.ketnghia.core.admin.UnitKind;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.poverty.PovertyStandards;

class ProvincePackLoadingTest {

    private static final LocalDate IN_2024 = LocalDate.of(2024, 6, 1);
    private static final LocalDate IN_2025 = LocalDate.of(2025, 6, 1);

    private final ProvincePack pack = ProvincePacks.loadResource(TestPack.RESOURCE);

    @Test
    void manifest_givesIdNameAndOrigin() {
        assertThat(pack.id()).isEqualTo("test-province");
        assertThat(pack.name().vi()).isEqualTo("Tỉnh Thử Nghiệm");
        assertThat(pack.name().en()).isEqualTo("Test province");
        assertThat(pack.origin()).isEqualTo("classpath:" + TestPack.RESOURCE);
    }

    @Test
    void unitsOfJsonAndCsvFiles_formOneRegistry() {
        AdministrativeRegistry units = pack.units();
        assertThat(units.childrenAsOf("TNG", IN_2024)).extracting(AdministrativeUnit::code).containsExactly("TNG.DONG", "TNG.TAY");
        assertThat(units.childrenAsOf("TNG.DONG", IN_2024)).extracting(AdministrativeUnit::name).containsExactly("An Bình", "Bình Minh");
        assertThat(units.childrenAsOf("TNG.DONG", IN_2025)).extracting(AdministrativeUnit::name).containsExactly("An Minh");
        assertThat(units.childrenAsOf("TNG.TAY", IN_2024)).extracting(AdministrativeUnit::code).containsExactly("30002", "30001");
    }

    @Test
    void csvRow_keepsTheNationalCodeAsCodeAndOfficialCode_andMapsItsLevel() {
        AdministrativeUnit hoaLac = pack.units().requireUnitAsOf("30002", IN_2024);
        assertThat(hoaLac.gsoCode()).contains("30002");
        assertThat(hoaLac.levelId()).isEqualTo(AdminLevel.COMMUNE);
        assertThat(hoaLac.kind()).isEqualTo(UnitKind.COMMUNE);
        AdministrativeUnit group = pack.units().requireUnitAsOf("3000201", IN_2024);
        assertThat(group.name()).isEqualTo("Tổ dân phố 1, Hòa Lạc");
        assertThat(group.kind()).isEqualTo(UnitKind.RESIDENTIAL_GROUP);
        assertThat(pack.units().requireUnitAsOf("3000101", IN_2024).kind()).isEqualTo(UnitKind.VILLAGE);
    }

    @Test
    void csvParentCode_thatIsAnOfficialCode_resolvesToThatUnit() {
        assertThat(pack.units().parentAsOf("30001", IN_2024)).map(AdministrativeUnit::code).contains("TNG.TAY");
    }

    @Test
    void csvRowsOfOneCode_giveOneUnitWhoseParentChangesOverTime() {
        assertThat(pack.units().versions("3000202")).hasSize(1);
        assertThat(pack.units().parentAsOf("3000202", LocalDate.of(2022, 12, 31))).map(AdministrativeUnit::code).contains("30002");
        assertThat(pack.units().parentAsOf("3000202", LocalDate.of(2023, 1, 1))).map(AdministrativeUnit::code).contains("30001");
    }

    @Test
    void mergerOfTheReorganisationFile_isFollowed() {
        assertThat(pack.units().successionsFrom("TNG.DONG.BINH-MINH")).singleElement().satisfies(succession -> {
            assertThat(succession.kind()).isEqualTo(SuccessionKind.MERGER);
            assertThat(succession.legalBasis()).contains("Nghị quyết 1/NQ-UBTVQH (illustrative)");
        });
        assertThat(pack.units().unitInForce("TNG.DONG.BINH-MINH", IN_2025)).map(AdministrativeUnit::code).contains("TNG.DONG.AN-MINH");
    }

    @Test
    void flagAssignment_setsTheFlagOnTheUnit() {
        assertThat(pack.units().requireUnitAsOf("30001", IN_2024).flags().especiallyDifficult()).contains(true);
        assertThat(pack.units().requireUnitAsOf("30002", IN_2024).flags().especiallyDifficult()).isEmpty();
    }

    @Test
    void povertyStandardsOfThePack_replaceTheNationalOnes() {
        assertThat(pack.povertyStandards().requireRuleSetAt(IN_2024).id()).isEqualTo("TNG-2022");
        assertThat(pack.povertyStandards()).isNotEqualTo(PovertyStandards.official());
    }

    @Test
    void packWithoutPovertyStandards_usesTheNationalOnes(@TempDir Path folder) {
        ProvincePack national = TestPack.copyTo(folder)
                .replace("province.json", "\"povertyStandards\": \"standards/poverty.json\",", "").load();
        assertThat(national.povertyStandards()).isEqualTo(PovertyStandards.official());
    }

    @Test
    void norms_carryAmountUnitAndLegalBasis() {
        Norm cattle = pack.norm("livestock.cattle.price-per-head").orElseThrow();
        assertThat(cattle.amount()).isEqualTo(Money.ofDong(15_000_000));
        assertThat(cattle.unit()).isEqualTo("con");
        assertThat(cattle.legalBasis()).isEqualTo("Quyết định 1/QĐ-UBND (illustrative)");
        assertThat(pack.referencePrices()).containsEntry("livestock.cattle.price-per-head", Money.ofDong(15_000_000));
        assertThat(pack.norm("livestock.goat.price-per-head")).isEmpty();
    }

    /** What a pilot model would bind its section to. */
    record LivestockData(int animalsPerHousehold, String species) {
    }

    @Test
    void modelData_inlineOrInAFile_bindsToTheModelsOwnType() {
        assertThat(pack.modelData("livestock").orElseThrow().bind(LivestockData.class))
                .isEqualTo(new LivestockData(1, "cattle"));
        assertThat(pack.modelData("village").orElseThrow().content().get("criteriaSet").asText()).isEqualTo("test-2022");
        assertThat(pack.modelData("training")).isEmpty();
        assertThat(pack.modelIds()).containsExactlyInAnyOrder("livestock", "village");
    }

    @Test
    void packFromAFolder_equalsThePackFromTheClassPath(@TempDir Path folder) {
        ProvincePack fromFolder = TestPack.copyTo(folder).load();
        assertThat(fromFolder.units().data()).isEqualTo(pack.units().data());
        assertThat(fromFolder.norms()).isEqualTo(pack.norms());
        assertThat(fromFolder.origin()).isEqualTo(folder.toAbsolutePath().normalize().toString());
    }

    @Test
    void csvOnlyPack_usesTheDefaultLevels(@TempDir Path folder) {
        ProvincePack csvOnly = TestPack.copyTo(folder)
                .write("province.json", "{\"id\": \"csv\", \"name\": {\"vi\": \"Tỉnh CSV\", \"en\": \"CSV\"}, \"units\": [\"units.csv\"]}")
                .write("units.csv", "\uFEFFMã,Tên,Cấp,Mã cấp trên,Hiệu lực từ,Hiệu lực đến,Ghi chú\n"
                        + "11,Hòa Bình,Tỉnh,,,,\n148,Đà Bắc,Huyện,11,,,\n4444,Tân Minh,Xã,148,,,\n")
                .load();
        assertThat(csvOnly.units().levels()).extracting(AdminLevel::id).containsExactly("province", "district", "commune", "village");
        assertThat(csvOnly.units().isWithin("4444", "11", IN_2024)).isTrue();
        assertThat(csvOnly.povertyStandards()).isEqualTo(PovertyStandards.official());
    }

    @Test
    void twoPacksInOneJvm_shareNoState(@TempDir Path folder) {
        ProvincePack other = TestPack.copyTo(folder)
                .replace("province.json", "\"test-province\"", "\"other-province\"")
                .replace("units/west.csv", "30001,Suối Mơ,xã", "30001,Suối Reo,xã")
                .replace("province.json", "\"amountDong\": 15000000", "\"amountDong\": 17000000")
                .load();
        ProvincePack again = ProvincePacks.loadResource(TestPack.RESOURCE);
        assertThat(other.units().requireUnitAsOf("30001", IN_2024).name()).isEqualTo("Suối Reo");
        assertThat(pack.units().requireUnitAsOf("30001", IN_2024).name()).isEqualTo("Suối Mơ");
        assertThat(other.referencePrices()).containsEntry("livestock.cattle.price-per-head", Money.ofDong(17_000_000));
        assertThat(pack.referencePrices()).containsEntry("livestock.cattle.price-per-head", Money.ofDong(15_000_000));
        assertThat(again).isNotSameAs(pack);
        assertThat(again.units()).isNotSameAs(pack.units());
        assertThat(again.units().data()).isEqualTo(pack.units().data());
        assertThat(ProvincePacks.quangNam().units().unit("30001")).isEmpty();
    }
}
