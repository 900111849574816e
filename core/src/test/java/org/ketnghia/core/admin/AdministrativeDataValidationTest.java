package org.ketnghia.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.ketnghia.core.admin.AdministrativeDataLoader;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.junit.jupiter.api.Test;

class AdministrativeDataValidationTest {

    private static final String LEVELS = """
            "levels": [
              {"id": "province", "nameVi": "Cấp tỉnh", "nameEn": "Province", "rank": 1},
              {"id": "district", "nameVi": "Cấp huyện", "nameEn": "District", "rank": 2, "validTo": "2025-06-30"},
              {"id": "commune", "nameVi": "Cấp xã", "nameEn": "Commune", "rank": 3}
            ]""";

    private final AdministrativeDataLoader loader = new AdministrativeDataLoader();

    @Test
    void dataWithManyProblems_isRejectedWithEveryProblemNamingItsField() {
        String json = """
                {
                  %s,
                  "units": [
                    {"code": "P", "name": "Tỉnh", "kind": "province", "levelId": "province"},
                    {"code": "A", "name": "A", "kind": "commune", "levelId": "commune", "parents": [{"code": "P"}]},
                    {"code": "B", "name": "B", "kind": "commune", "levelId": "commune", "parents": [{"code": "NOPE"}]},
                    {"code": "C", "name": "C", "kind": "village", "levelId": "hamlet", "parents": [{"code": "P"}]},
                    {"code": "A", "name": "A again", "kind": "commune", "levelId": "commune", "validFrom": "2020-01-01"},
                    {"code": "X", "name": "X", "kind": "commune", "levelId": "commune", "parents": [{"code": "Y"}]},
                    {"code": "Y", "name": "Y", "kind": "commune", "levelId": "commune", "parents": [{"code": "X"}]},
                    {"code": "D", "name": "D", "kind": "commune", "levelId": "commune", "parents": [
                      {"code": "P", "validTo": "2024-12-31"},
                      {"code": "P", "validFrom": "2024-01-01"}]},
                    {"code": "E", "name": "  ", "kind": "commune", "levelId": "commune", "parents": [{"code": "P"}]}
                  ],
                  "successions": [
                    {"predecessorCode": "A", "successorCode": "GONE", "effectiveDate": "2025-07-01", "kind": "SPLIT"}
                  ]
                }
                """.formatted(LEVELS);

        KetnghiaException rejection = catchThrowableOfType(KetnghiaException.class, () -> load(json));

        assertThat(rejection.problems()).extracting(Problem::code, Problem::field).containsExactlyInAnyOrder(
                tuple(AdminErrorCode.ADMIN_UNKNOWN_PARENT, "units[2].parents[0].code"),
                tuple(AdminErrorCode.ADMIN_UNKNOWN_LEVEL, "units[3].levelId"),
                tuple(AdminErrorCode.ADMIN_DUPLICATE_CODE, "units[4].code"),
                tuple(AdminErrorCode.ADMIN_PARENT_CYCLE, "units[6].parents[0].code"),
                // a cycle always puts some unit under one of its own level or below
                tuple(AdminErrorCode.ADMIN_PARENT_LEVEL_NOT_HIGHER, "units[5].parents[0].code"),
                tuple(AdminErrorCode.ADMIN_PARENT_LEVEL_NOT_HIGHER, "units[6].parents[0].code"),
                tuple(AdminErrorCode.ADMIN_PARENT_LINKS_OVERLAP, "units[7].parents[1]"),
                tuple(AdminErrorCode.ADMIN_BLANK, "units[8].name"),
                tuple(AdminErrorCode.ADMIN_UNKNOWN_SUCCESSION_UNIT, "successions[0].successorCode"));
        assertThat(rejection.problems()).filteredOn(problem -> problem.code() == AdminErrorCode.ADMIN_PARENT_CYCLE)
                .singleElement().satisfies(cycle -> assertThat(cycle.messageEn()).contains("X → Y → X"));
    }

    @Test
    void everyProblem_hasAMessageInVietnameseAndEnglish() {
        String json = """
                {%s, "units": [{"code": "A", "name": "A", "kind": "commune", "levelId": "commune",
                                "parents": [{"code": "NOPE"}]}]}
                """.formatted(LEVELS);

        KetnghiaException rejection = catchThrowableOfType(KetnghiaException.class, () -> load(json));

        assertThat(rejection.messageVi()).isEqualTo("units[0].parents[0].code: Không có đơn vị cấp trên mã \"NOPE\".");
        assertThat(rejection.messageEn()).isEqualTo("units[0].parents[0].code: There is no parent unit with code \"NOPE\".");
    }

    @Test
    void childOutsideItsParentsLife_isRejected() {
        String json = """
                {%s, "units": [
                  {"code": "P", "name": "P", "kind": "province", "levelId": "province"},
                  {"code": "D", "name": "D", "kind": "district", "levelId": "district", "validTo": "2025-06-30",
                   "parents": [{"code": "P"}]},
                  {"code": "C", "name": "C", "kind": "commune", "levelId": "commune", "parents": [{"code": "D"}]}
                ]}
                """.formatted(LEVELS);

        assertRejectedWith(json, AdminErrorCode.ADMIN_OUTSIDE_PARENT_VALIDITY, "units[2].parents[0]");
    }

    @Test
    void unitOutsideItsLevelsLife_isRejected() {
        String json = """
                {%s, "units": [
                  {"code": "D", "name": "D", "kind": "district", "levelId": "district", "validFrom": "2020-01-01"}
                ]}
                """.formatted(LEVELS);

        assertRejectedWith(json, AdminErrorCode.ADMIN_OUTSIDE_LEVEL_VALIDITY, "units[0].validTo");
    }

    @Test
    void invertedValidity_andBadZone_areRejected() {
        String json = """
                {%s, "units": [
                  {"code": "A", "name": "A", "kind": "commune", "levelId": "commune",
                   "validFrom": "2025-01-01", "validTo": "2024-01-01", "flags": {"modelVillageZone": 4}}
                ]}
                """.formatted(LEVELS);

        KetnghiaException rejection = catchThrowableOfType(KetnghiaException.class, () -> load(json));

        assertThat(rejection.problems()).extracting(Problem::code, Problem::field).containsExactlyInAnyOrder(
                tuple(AdminErrorCode.ADMIN_VALIDITY_INVERTED, "units[0].validTo"),
                tuple(AdminErrorCode.ADMIN_MODEL_VILLAGE_ZONE_OUT_OF_RANGE, "units[0].flags.modelVillageZone"));
    }

    @Test
    void successionWhoseDatesDisagreeWithTheUnits_isRejected() {
        String json = """
                {%s, "units": [
                  {"code": "OLD", "name": "Old", "kind": "commune", "levelId": "commune"},
                  {"code": "NEW", "name": "New", "kind": "commune", "levelId": "commune", "validFrom": "2026-01-01"}
                ], "successions": [
                  {"predecessorCode": "OLD", "successorCode": "NEW", "effectiveDate": "2025-07-01", "kind": "MERGER"},
                  {"predecessorCode": "NEW", "successorCode": "NEW", "effectiveDate": "2025-07-01", "kind": "RENAME"}
                ]}
                """.formatted(LEVELS);

        KetnghiaException rejection = catchThrowableOfType(KetnghiaException.class, () -> load(json));

        assertThat(rejection.problems()).extracting(Problem::code, Problem::field).containsExactlyInAnyOrder(
                tuple(AdminErrorCode.ADMIN_SUCCESSOR_NOT_VALID, "successions[0].effectiveDate"),
                tuple(AdminErrorCode.ADMIN_PREDECESSOR_STILL_VALID, "successions[0].effectiveDate"),
                tuple(AdminErrorCode.ADMIN_SUCCESSION_TO_SELF, "successions[1].successorCode"));
    }

    @Test
    void duplicateLevel_isRejected() {
        String json = """
                {"levels": [
                  {"id": "commune", "nameVi": "Cấp xã", "nameEn": "Commune", "rank": 3},
                  {"id": "commune", "nameVi": "Xã", "nameEn": "Commune", "rank": 3}
                ]}
                """;

        assertRejectedWith(json, AdminErrorCode.ADMIN_DUPLICATE_LEVEL, "levels[1].id");
    }

    @Test
    void sameCode_forSuccessivePeriods_isAccepted() {
        String json = """
                {%s, "units": [
                  {"code": "A", "name": "A", "kind": "township", "levelId": "commune", "validTo": "2019-12-31"},
                  {"code": "A", "name": "A", "kind": "ward", "levelId": "commune", "validFrom": "2020-01-01"}
                ]}
                """.formatted(LEVELS);

        AdministrativeRegistry registry = load(json);

        assertThat(registry.versions("A")).extracting(AdministrativeUnit::kind).containsExactly(UnitKind.TOWNSHIP, UnitKind.WARD);
        assertThat(registry.unitAsOf("A", LocalDate.of(2019, 1, 1))).map(AdministrativeUnit::kind).hasValue(UnitKind.TOWNSHIP);
        assertThat(registry.unit("A")).map(AdministrativeUnit::kind).hasValue(UnitKind.WARD);
    }

    @Test
    void unmappableJson_isRejectedWithThePathOfTheBadValue() {
        String json = """
                {%s, "units": [
                  {"code": "A", "name": "A", "kind": "commune", "levelId": "commune"},
                  {"code": "B", "name": "B", "kind": "hamlet", "levelId": "commune"}
                ]}
                """.formatted(LEVELS);

        assertRejectedWith(json, CoreErrorCode.JSON_UNREADABLE, "units[1].kind");
    }

    @Test
    void missingRequiredField_isRejectedAsUnreadable() {
        String json = """
                {%s, "units": [{"code": "A", "kind": "commune", "levelId": "commune"}]}
                """.formatted(LEVELS);

        KetnghiaException rejection = catchThrowableOfType(KetnghiaException.class, () -> load(json));

        assertThat(rejection.code()).isEqualTo(CoreErrorCode.JSON_UNREADABLE);
        assertThat(rejection.field()).startsWith("units[0]");
        assertThat(rejection.messageEn()).contains("name");
    }

    @Test
    void missingResource_isReportedAsUnreadableData() {
        assertThatThrownBy(() -> loader.loadResource("org/ketnghia/core/admin/no-such-file.json"))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        rejection -> assertThat(rejection.code()).isEqualTo(AdminErrorCode.ADMIN_DATA_UNREADABLE));
    }

    @Test
    void hostUnitsWithProblems_areReportedUnderTheirOwnPaths() {
        AdministrativeRegistry reference = AdministrativeRegistry.quangNamReference();
        AdministrativeUnit orphan = AdministrativeUnit.builder()
                .code("DNG.NOWHERE.THON-1").name("Thôn 1").kind(UnitKind.VILLAGE).levelId(AdminLevel.VILLAGE)
                .addParent(ParentLink.to("DNG.NOWHERE"))
                .build();
        AdministrativeUnit duplicate = AdministrativeUnit.builder()
                .code("DNG.HUNG-SON").name("Hùng Sơn").kind(UnitKind.COMMUNE).levelId(AdminLevel.COMMUNE)
                .validFrom(LocalDate.of(2025, 7, 1))
                .build();

        KetnghiaException rejection = catchThrowableOfType(KetnghiaException.class,
                () -> reference.withUnits(List.of(orphan, duplicate)));

        assertThat(rejection.problems()).extracting(Problem::code, Problem::field).containsExactlyInAnyOrder(
                tuple(AdminErrorCode.ADMIN_UNKNOWN_PARENT, "added.units[0].parents[0].code"),
                tuple(AdminErrorCode.ADMIN_DUPLICATE_CODE, "added.units[1].code"));
    }

    private void assertRejectedWith(String json, ErrorCode code, String field) {
        KetnghiaException rejection = catchThrowableOfType(KetnghiaException.class, () -> load(json));
        assertThat(rejection).as("expected a rejection").isNotNull();
        assertThat(rejection.problems()).extracting(Problem::code, Problem::field).containsExactly(tuple(code, field));
    }

    private AdministrativeRegistry load(String json) {
        return loader.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }
}
