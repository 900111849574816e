package org.ketnghia.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketnghia.core.admin.AdministrativeDataLoader;

class QuangNamReferenceTest {

    private static final LocalDate MID_2021 = LocalDate.of(2021, 6, 1);
    private static final LocalDate LAST_DAY_OF_DISTRICTS = LocalDate.of(2025, 6, 30);
    private static final LocalDate FIRST_DAY_OF_TWO_TIERS = LocalDate.of(2025, 7, 1);
    private static final LocalDate START_2026 = LocalDate.of(2026, 1, 1);

    private final AdministrativeRegistry registry = AdministrativeRegistry.quangNamReference();

    @Test
    void shippedResource_loadsWithoutProblems() {
        assertThatCode(() -> new AdministrativeDataLoader().loadResource(AdministrativeDataLoader.QUANG_NAM_RESOURCE))
                .doesNotThrowAnyException();
        assertThat(registry.units()).hasSizeGreaterThan(130);
        assertThat(registry.data().sources()).isNotEmpty();
    }

    @Test
    void referenceRegistry_isLoadedOnce() {
        assertThat(AdministrativeRegistry.quangNamReference()).isSameAs(registry);
    }

    @Test
    void eachMountainDistrict_hasItsCommunesAndTownshipsBefore2025() {
        Map<String, Integer> expected = Map.of(
                "QNA.TAY-GIANG", 10,
                "QNA.DONG-GIANG", 11,
                "QNA.NAM-GIANG", 12,
                "QNA.BAC-TRA-MY", 13,
                "QNA.NAM-TRA-MY", 10,
                "QNA.PHUOC-SON", 12);
        expected.forEach((district, count) ->
                assertThat(registry.childrenAsOf(district, MID_2021)).as(district).hasSize(count));
    }

    @Test
    void tayGiangDistrict_hadTenCommunesIn2021() {
        assertThat(registry.childrenAsOf("QNA.TAY-GIANG", MID_2021))
                .extracting(AdministrativeUnit::name)
                .containsExactlyInAnyOrder("A Tiêng", "Dang", "A Nông", "Lăng", "Ch'ơm", "Ga Ri", "Tr'Hy", "A Xan",
                        "Bha Lêê", "A Vương");
    }

    @Test
    void tayGiangDistrict_resolvesIn2026ToTheThreeCommunesThatSucceededIt() {
        assertThat(registry.successorsAsOf("QNA.TAY-GIANG", START_2026))
                .extracting(AdministrativeUnit::code)
                .containsExactlyInAnyOrder("DNG.TAY-GIANG", "DNG.HUNG-SON", "DNG.AVUONG");
    }

    @Test
    void everyMountainDistrict_resolvesOnlyToCommunesOfDaNang() {
        for (String district : List.of("QNA.TAY-GIANG", "QNA.DONG-GIANG", "QNA.NAM-GIANG", "QNA.BAC-TRA-MY",
                "QNA.NAM-TRA-MY", "QNA.PHUOC-SON")) {
            List<AdministrativeUnit> successors = registry.successorsAsOf(district, START_2026);
            assertThat(successors).as(district).isNotEmpty()
                    .allSatisfy(unit -> assertThat(registry.parentAsOf(unit.code(), START_2026))
                            .map(AdministrativeUnit::code).hasValue("DNG"));
        }
        assertThat(registry.successorsAsOf("QNA.NAM-GIANG", START_2026)).hasSize(6);
        assertThat(registry.successorsAsOf("QNA.PHUOC-SON", START_2026)).hasSize(5);
    }

    @Test
    void chom_isSucceededByHungSon() {
        assertThat(registry.successorsAsOf("QNA.TAY-GIANG.CHOM", START_2026))
                .extracting(AdministrativeUnit::name)
                .containsExactly("Hùng Sơn");
    }

    @ParameterizedTest
    @CsvSource({
            "QNA.DONG-GIANG.PRAO, DNG.DONG-GIANG",
            "QNA.NAM-GIANG.THANH-MY, DNG.THANH-MY",
            "QNA.NAM-GIANG.ZUOIH, DNG.NAM-GIANG",
            "QNA.BAC-TRA-MY.TRA-KOT, DNG.TRA-LIEN",
            "QNA.NAM-TRA-MY.TRA-DON-2, DNG.TRA-LENG",
            "QNA.PHUOC-SON.PHUOC-XUAN, DNG.KHAM-DUC"})
    void formerCommune_resolvesToTheCommuneOfTheResolution(String former, String successor) {
        assertThat(registry.successorsAsOf(former, START_2026)).extracting(AdministrativeUnit::code).containsExactly(successor);
    }

    @Test
    void quangNamProvince_isSucceededByDaNang() {
        assertThat(registry.successorsAsOf("QNA", START_2026)).extracting(AdministrativeUnit::code).containsExactly("DNG");
    }

    @Test
    void lowlandSponsor_resolvesToTheUnitsThatTookItsTerritory() {
        assertThat(registry.successorsAsOf("QNA.HOI-AN", START_2026))
                .extracting(AdministrativeUnit::name)
                .contains("Hội An", "Hội An Đông", "Hội An Tây");
    }

    @Test
    void newCommune_hasDaNangAsParentIn2026() {
        assertThat(registry.parentAsOf("DNG.HUNG-SON", START_2026)).map(AdministrativeUnit::name).hasValue("Đà Nẵng");
    }

    @Test
    void formerCommune_hasItsDistrictAsParentIn2021() {
        assertThat(registry.parentAsOf("QNA.TAY-GIANG.CHOM", MID_2021)).map(AdministrativeUnit::code).hasValue("QNA.TAY-GIANG");
        assertThat(registry.parentAsOf("QNA.TAY-GIANG", MID_2021)).map(AdministrativeUnit::code).hasValue("QNA");
        assertThat(registry.parentAsOf("QNA", MID_2021)).isEmpty();
    }

    @Test
    void unit_existsOnlyWithinItsValidity() {
        assertThat(registry.unitAsOf("QNA.TAY-GIANG", LAST_DAY_OF_DISTRICTS)).isPresent();
        assertThat(registry.unitAsOf("QNA.TAY-GIANG", FIRST_DAY_OF_TWO_TIERS)).isEmpty();
        assertThat(registry.unitAsOf("DNG.HUNG-SON", LAST_DAY_OF_DISTRICTS)).isEmpty();
        assertThat(registry.unitAsOf("DNG.HUNG-SON", FIRST_DAY_OF_TWO_TIERS)).isPresent();
        assertThat(registry.unitAsOf("DNG", MID_2021)).isPresent();
    }

    @Test
    void newCommune_hasNoSuccessorBeforeItExists() {
        assertThat(registry.successorsAsOf("DNG.HUNG-SON", MID_2021)).isEmpty();
        assertThat(registry.successorsAsOf("DNG.HUNG-SON", START_2026)).extracting(AdministrativeUnit::code)
                .containsExactly("DNG.HUNG-SON");
    }

    @Test
    void quangNam_hasDistrictsAsChildrenIn2021_andNoneIn2026() {
        assertThat(registry.childrenAsOf("QNA", MID_2021)).hasSize(12)
                .allSatisfy(unit -> assertThat(unit.levelId()).isEqualTo(AdminLevel.DISTRICT));
        assertThat(registry.childrenAsOf("QNA", START_2026)).isEmpty();
    }

    @Test
    void daNang_hasTheNewCommunesAsChildrenIn2026_andNoneOfThemIn2021() {
        List<AdministrativeUnit> children2026 = registry.childrenAsOf("DNG", START_2026);
        assertThat(children2026).extracting(AdministrativeUnit::code)
                .contains("DNG.TAY-GIANG", "DNG.HUNG-SON", "DNG.AVUONG", "DNG.THANH-MY", "DNG.KHAM-DUC");
        assertThat(children2026).filteredOn(unit -> unit.flags().modelVillageZone().isPresent()).hasSize(28);
        assertThat(registry.childrenAsOf("DNG", MID_2021)).isEmpty();
    }

    @Test
    void isWithin_followsTheHierarchyOfTheDate() {
        assertThat(registry.isWithin("QNA.TAY-GIANG.CHOM", "QNA.TAY-GIANG", MID_2021)).isTrue();
        assertThat(registry.isWithin("QNA.TAY-GIANG.CHOM", "QNA", MID_2021)).isTrue();
        assertThat(registry.isWithin("QNA.TAY-GIANG.CHOM", "QNA.NAM-GIANG", MID_2021)).isFalse();
        assertThat(registry.isWithin("QNA.TAY-GIANG.CHOM", "QNA.TAY-GIANG", START_2026)).isFalse();
        assertThat(registry.isWithin("DNG.HUNG-SON", "DNG", START_2026)).isTrue();
        assertThat(registry.isWithin("DNG.HUNG-SON", "QNA", START_2026)).isFalse();
    }

    @Test
    void ancestorAtDistrictLevel_existsOnlyBeforeTheReform() {
        assertThat(registry.ancestorAtLevel("QNA.NAM-GIANG.LA-EE", AdminLevel.DISTRICT, MID_2021))
                .map(AdministrativeUnit::name).hasValue("Nam Giang");
        assertThat(registry.ancestorAtLevel("DNG.LA-EE", AdminLevel.DISTRICT, START_2026)).isEmpty();
        assertThat(registry.ancestorAtLevel("DNG.LA-EE", AdminLevel.PROVINCE, START_2026))
                .map(AdministrativeUnit::code).hasValue("DNG");
    }

    @ParameterizedTest
    @CsvSource({"laee", "LA ÊÊ", "Laêê"})
    void laEe_isFoundByNameOrAliasIgnoringCaseAndDiacritics(String query) {
        assertThat(registry.findByName(query)).extracting(AdministrativeUnit::code)
                .containsExactlyInAnyOrder("QNA.NAM-GIANG.LA-EE", "DNG.LA-EE");
    }

    @ParameterizedTest
    @CsvSource({
            "Zuôich, QNA.NAM-GIANG.ZUOIH",
            "ZUOIH, QNA.NAM-GIANG.ZUOIH",
            "bhalee, QNA.TAY-GIANG.BHA-LEE",
            "gari, QNA.TAY-GIANG.GA-RI",
            "Ga Ry, QNA.TAY-GIANG.GA-RI",
            "tà bhinh, QNA.NAM-GIANG.TA-BHING",
            "Đắc Pree, QNA.NAM-GIANG.DAC-PRE",
            "CH’OM, QNA.TAY-GIANG.CHOM",
            "chom, QNA.TAY-GIANG.CHOM"})
    void formerCommune_isFoundByAnySpelling(String query, String code) {
        assertThat(registry.findByName(query)).extracting(AdministrativeUnit::code).containsExactly(code);
    }

    @Test
    void aVuong_findsBothTheFormerCommuneAndTheNewOne() {
        assertThat(registry.findByName("avuong")).extracting(AdministrativeUnit::code)
                .containsExactlyInAnyOrder("QNA.TAY-GIANG.A-VUONG", "DNG.AVUONG");
        assertThat(registry.findByName(NameQuery.of("A Vương").asOf(START_2026))).extracting(AdministrativeUnit::code)
                .containsExactly("DNG.AVUONG");
    }

    @Test
    void tayGiang_isBothADistrictAndACommune_andCanBeNarrowedByDateOrLevel() {
        assertThat(registry.findByName("tay giang")).extracting(AdministrativeUnit::code)
                .containsExactlyInAnyOrder("QNA.TAY-GIANG", "DNG.TAY-GIANG");
        assertThat(registry.findByName(NameQuery.of("Tây Giang").asOf(MID_2021))).extracting(AdministrativeUnit::code)
                .containsExactly("QNA.TAY-GIANG");
        assertThat(registry.findByName(NameQuery.of("Tây Giang").atLevel(AdminLevel.COMMUNE)))
                .extracting(AdministrativeUnit::code).containsExactly("DNG.TAY-GIANG");
        assertThat(registry.findByName(NameQuery.of("Tây Giang").asOf(MID_2021).atLevel(AdminLevel.COMMUNE))).isEmpty();
    }

    @Test
    void mountainUnits_andTheirSuccessors_areInModelVillageZoneOne() {
        assertThat(registry.modelVillageZoneAsOf("QNA.PHUOC-SON.PHUOC-KIM", MID_2021)).hasValue(1);
        assertThat(registry.modelVillageZoneAsOf("DNG.PHUOC-THANH", START_2026)).hasValue(1);
        assertThat(registry.modelVillageZoneAsOf("QNA.HOI-AN", MID_2021)).isEmpty();
    }

    @Test
    void hostAddedVillage_inheritsTheModelVillageZoneOfItsCommune() {
        AdministrativeUnit village = AdministrativeUnit.builder()
                .code(UnitCodes.child("DNG.AVUONG", "A Ur"))
                .name("A Ur")
                .kind(UnitKind.VILLAGE)
                .levelId(AdminLevel.VILLAGE)
                .validFrom(FIRST_DAY_OF_TWO_TIERS)
                .addParent(ParentLink.to("DNG.AVUONG"))
                .build();

        AdministrativeRegistry withVillage = registry.withUnits(List.of(village));

        assertThat(village.code()).isEqualTo("DNG.AVUONG.A-UR");
        assertThat(withVillage.modelVillageZoneAsOf("DNG.AVUONG.A-UR", START_2026)).hasValue(1);
        assertThat(withVillage.isWithin("DNG.AVUONG.A-UR", "DNG", START_2026)).isTrue();
        assertThat(withVillage.descendantsAsOf("DNG", START_2026)).contains(village);
        assertThat(registry.unitAsOf("DNG.AVUONG.A-UR", START_2026)).as("the reference is unchanged").isEmpty();
    }

    @Test
    void borderCommunes_areMarkedOnlyInDistrictsOnTheLaosBorder() {
        List<AdministrativeUnit> border = registry.unitsAsOf(MID_2021).stream()
                .filter(unit -> unit.flags().borderCommune().orElse(false))
                .toList();
        assertThat(border).isNotEmpty().allSatisfy(unit -> assertThat(
                registry.isWithin(unit.code(), "QNA.TAY-GIANG", MID_2021)
                        || registry.isWithin(unit.code(), "QNA.NAM-GIANG", MID_2021)
                        || registry.isWithin(unit.code(), "QNA.PHUOC-SON", MID_2021)).as(unit.name()).isTrue());
        assertThat(border).allSatisfy(unit -> assertThat(unit.flags().source()).isPresent());
    }

    @Test
    void everyFormerMountainCommune_hasExactlyOneSuccessorLink() {
        for (String district : List.of("QNA.TAY-GIANG", "QNA.DONG-GIANG", "QNA.NAM-GIANG", "QNA.BAC-TRA-MY",
                "QNA.NAM-TRA-MY", "QNA.PHUOC-SON")) {
            for (AdministrativeUnit commune : registry.childrenAsOf(district, MID_2021)) {
                assertThat(registry.successionsFrom(commune.code())).as(commune.code()).hasSize(1);
            }
        }
    }
}
