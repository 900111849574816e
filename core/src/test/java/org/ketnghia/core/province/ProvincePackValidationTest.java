package org.ketnghia.core.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.admin.AdminErrorCode;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;

class ProvincePackValidationTest {

    private static final String MANIFEST = "province.json";
    private static final String STRUCTURE = "units/structure.json";
    private static final String CSV = "units/west.csv";
    private static final String REORGANISATION = "units/reorganisation.json";
    private static final String FLAGS = "units/especially-difficult.json";

    @TempDir
    Path folder;

    private TestPack pack() {
        return TestPack.copyTo(folder);
    }

    private static List<Problem> problemsOf(TestPack pack) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(pack::load);
        assertThat(thrown).as("an invalid pack is not loaded").isInstanceOf(KetnghiaException.class);
        return ((KetnghiaException) thrown).problems();
    }

    private static void assertOnlyProblem(TestPack pack, ErrorCode code, String file, int line, String field) {
        assertThat(problemsOf(pack)).extracting(Problem::code, Problem::field)
                .containsExactly(tuple(code, new SourceLocation(file, line, field).toField()));
    }

    @Test
    void csvParentThatDoesNotExist_isReportedOnItsRowAndColumn() {
        TestPack pack = pack().replace(CSV, "3000102,Nà,thon,30001", "3000102,Nà,thon,39999");
        assertOnlyProblem(pack, AdminErrorCode.ADMIN_UNKNOWN_PARENT, CSV, 5, "parent code");
    }

    @Test
    void jsonParentThatDoesNotExist_isReportedOnItsLine() {
        TestPack pack = pack().replace(STRUCTURE, "\"parents\": [{\"code\": \"TNG.DONG.AN-MINH\"}]", "\"parents\": [{\"code\": \"TNG.NAM\"}]");
        assertOnlyProblem(pack, AdminErrorCode.ADMIN_UNKNOWN_PARENT, STRUCTURE,
                pack.lineOf(STRUCTURE, "TNG.NAM"), "units[7].parents[0].code");
    }

    @Test
    void duplicateCode_isReportedOnTheLaterRow() {
        TestPack pack = pack().append(CSV, "30001,Suối Reo,xã,902,,\n");
        List<Problem> problems = problemsOf(pack);
        assertThat(problems).extracting(Problem::code, Problem::field)
                .containsExactly(tuple(AdminErrorCode.ADMIN_DUPLICATE_CODE, new SourceLocation(CSV, 9, "code").toField()));
        assertThat(problems.get(0).arguments()).contains(new SourceLocation(CSV, 2, "code").toField());
    }

    @Test
    void overlappingValidityOfParentRows_isReportedOnTheSecondRow() {
        TestPack pack = pack().replace(CSV, "2019-01-01,2022-12-31", "2019-01-01,2023-06-30");
        assertOnlyProblem(pack, AdminErrorCode.ADMIN_PARENT_LINKS_OVERLAP, CSV, 8, "parent code");
    }

    @Test
    void successionCycle_isReported() {
        TestPack pack = pack().replace(REORGANISATION, "\"successions\": [", """
                "successions": [
                    {"predecessorCode": "TNG.DONG", "successorCode": "TNG.TAY", "effectiveDate": "2020-01-01", "kind": "TRANSFER"},
                    {"predecessorCode": "TNG.TAY", "successorCode": "TNG.DONG", "effectiveDate": "2020-01-01", "kind": "TRANSFER"},""");
        List<Problem> problems = problemsOf(pack);
        assertThat(problems).extracting(Problem::code, Problem::field).containsExactly(tuple(
                ProvinceErrorCode.PROVINCE_SUCCESSION_CYCLE,
                new SourceLocation(REORGANISATION, 4, "successions[1].successorCode").toField()));
        assertThat(problems.get(0).arguments()).containsExactly("TNG.DONG → TNG.TAY → TNG.DONG");
    }

    @Test
    void successionToAUnitThatDoesNotExistOnThatDate_isReported() {
        TestPack pack = pack().replace(REORGANISATION,
                "\"successorCode\": \"TNG.DONG.AN-MINH\", \"effectiveDate\": \"2025-01-01\",\n     \"kind\": \"MERGER\", \"legalBasis\": \"Nghị quyết 1/NQ-UBTVQH (illustrative)\"},\n    {\"predecessorCode\": \"TNG.DONG.AN-BINH.THON-1\"",
                "\"successorCode\": \"TNG.DONG.AN-MINH\", \"effectiveDate\": \"2024-12-31\",\n     \"kind\": \"SPLIT\", \"legalBasis\": \"Nghị quyết 1/NQ-UBTVQH (illustrative)\"},\n    {\"predecessorCode\": \"TNG.DONG.AN-BINH.THON-1\"");
        assertOnlyProblem(pack, AdminErrorCode.ADMIN_SUCCESSOR_NOT_VALID, REORGANISATION, 5, "successions[1].effectiveDate");
    }

    @Test
    void aliasSharedByTwoUnitsOfTheSameParent_isReported() {
        TestPack pack = pack().replace(STRUCTURE, "\"aliases\": [\"An Binh\"]", "\"aliases\": [\"An Binh\", \"Binh Minh\"]");
        List<Problem> problems = problemsOf(pack);
        assertThat(problems).extracting(Problem::code, Problem::field).containsExactly(tuple(
                ProvinceErrorCode.PROVINCE_ALIAS_SHARED,
                new SourceLocation(STRUCTURE, pack.lineOf(STRUCTURE, "Binh Minh"), "units[3].aliases[1]").toField()));
        assertThat(problems.get(0).arguments()).containsExactly("Binh Minh", "TNG.DONG.BINH-MINH", "TNG.DONG");
    }

    @Test
    void flagOutsideTheUnitsValidity_isReported() {
        TestPack pack = pack().replace(FLAGS, "\"unitCode\": \"30001\", \"validFrom\": \"2021-01-01\"",
                "\"unitCode\": \"3000202\", \"validFrom\": \"2010-01-01\"");
        assertOnlyProblem(pack, ProvinceErrorCode.PROVINCE_FLAG_OUTSIDE_VALIDITY, FLAGS, 3, "assignments[0].validFrom");
    }

    @Test
    void flagOnAnUnknownUnit_isReported() {
        TestPack pack = pack().replace(FLAGS, "\"unitCode\": \"30001\"", "\"unitCode\": \"39999\"");
        assertOnlyProblem(pack, ProvinceErrorCode.PROVINCE_FLAG_UNKNOWN_UNIT, FLAGS, 3, "assignments[0].unitCode");
    }

    @Test
    void manifestNamingAFileThatDoesNotExist_isReported() {
        TestPack pack = pack().replace(MANIFEST, "\"units/west.csv\"", "\"units/east.csv\"");
        List<Problem> problems = problemsOf(pack);
        assertThat(problems).extracting(Problem::code, Problem::field).containsExactly(
                tuple(ProvinceErrorCode.PROVINCE_FILE_NOT_FOUND, new SourceLocation(MANIFEST, 4, "units[1]").toField()));
        assertThat(problems.get(0).arguments()).containsExactly("units/east.csv");
    }

    @Test
    void unknownManifestField_isReported() {
        TestPack pack = pack().replace(MANIFEST, "\"flags\":", "\"flag\":");
        assertOnlyProblem(pack, ProvinceErrorCode.PROVINCE_MANIFEST_UNKNOWN_FIELD, MANIFEST, 5, "flag");
    }

    @Test
    void csvWithUnknownLevelAndBadDate_namesLineAndColumns() {
        TestPack pack = pack().replace(CSV, "3000102,Nà,thon,30001,,", "3000102,Nà,hamlet,30001,31/02/2020,");
        assertThat(problemsOf(pack)).extracting(Problem::code, Problem::field).containsExactly(
                tuple(ProvinceErrorCode.PROVINCE_CSV_UNKNOWN_LEVEL, new SourceLocation(CSV, 5, "level").toField()),
                tuple(ProvinceErrorCode.PROVINCE_CSV_BAD_DATE, new SourceLocation(CSV, 5, "valid from").toField()));
    }

    @Test
    void csvWithoutAColumn_isReportedOnTheHeader() {
        TestPack pack = pack().replace(CSV, "code,name,level,parent code,valid from,valid to", "code,name,parent code,valid from,valid to");
        assertOnlyProblem(pack, ProvinceErrorCode.PROVINCE_CSV_MISSING_COLUMN, CSV, 1, "level");
    }

    @Test
    void jsonThatDoesNotMap_namesFileLineAndPath() {
        TestPack pack = pack().replace(STRUCTURE, "\"kind\": \"province\"", "\"kind\": \"county\"");
        assertThat(problemsOf(pack)).extracting(Problem::code, Problem::field).containsExactly(
                tuple(ProvinceErrorCode.PROVINCE_JSON_UNREADABLE, new SourceLocation(STRUCTURE, 10, "units[0].kind").toField()));
    }

    @Test
    void duplicateAndNegativeNorms_areReported() {
        TestPack pack = pack().replace(MANIFEST, "\"norms\": [", """
                "norms": [
                    {"key": "livestock.cattle.price-per-head", "amountDong": 1, "unit": "con", "legalBasis": "x"},
                    {"key": "livestock.goat.price-per-head", "amountDong": -1, "unit": "con", "legalBasis": "x"},""");
        assertThat(problemsOf(pack)).extracting(Problem::code, Problem::field).containsExactly(
                tuple(ProvinceErrorCode.PROVINCE_NEGATIVE_NORM, new SourceLocation(MANIFEST, 9, "norms[1].amountDong").toField()),
                tuple(ProvinceErrorCode.PROVINCE_DUPLICATE_NORM, new SourceLocation(MANIFEST, 10, "norms[2].key").toField()));
    }

    @Test
    void severalProblemsInSeveralFiles_areAllReportedAtOnce() {
        TestPack pack = pack()
                .replace(MANIFEST, "\"flags\":", "\"flag\":")
                .replace(CSV, "3000102,Nà,thon,30001", "3000102,Nà,thon,39999")
                .replace(STRUCTURE, "\"aliases\": [\"An Binh\"]", "\"aliases\": [\"Bình Minh\"]")
                .append(CSV, "30001,Suối Reo,xã,902,,\n");
        List<Problem> problems = problemsOf(pack);
        assertThat(problems).extracting(Problem::code, Problem::field).containsExactlyInAnyOrder(
                tuple(ProvinceErrorCode.PROVINCE_MANIFEST_UNKNOWN_FIELD, new SourceLocation(MANIFEST, 5, "flag").toField()),
                tuple(AdminErrorCode.ADMIN_UNKNOWN_PARENT, new SourceLocation(CSV, 5, "parent code").toField()),
                tuple(AdminErrorCode.ADMIN_DUPLICATE_CODE, new SourceLocation(CSV, 9, "code").toField()),
                tuple(ProvinceErrorCode.PROVINCE_ALIAS_SHARED,
                        new SourceLocation(STRUCTURE, pack.lineOf(STRUCTURE, "\"Bình Minh\"]"), "units[3].aliases[0]").toField()));
        assertThat(((KetnghiaException) org.assertj.core.api.Assertions.catchThrowable(pack::load)).messageVi())
                .contains("units/west.csv:5:parent code: Không có đơn vị cấp trên mã \"39999\".");
    }

    @Test
    void folderWithoutManifest_isUnreadable(@TempDir Path empty) {
        assertThatThrownBy(() -> ProvincePacks.load(empty))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        thrown -> assertThat(thrown.code()).isEqualTo(ProvinceErrorCode.PROVINCE_PACK_UNREADABLE));
    }
}
