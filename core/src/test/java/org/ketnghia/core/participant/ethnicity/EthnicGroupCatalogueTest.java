package org.ketnghia.core.participant.ethnicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;

class EthnicGroupCatalogueTest {

    private final EthnicGroupCatalogue groups = EthnicGroupCatalogue.official();

    @Test
    void officialList_has54Groups_codedFrom01To54_inOrder() {
        List<String> expected = IntStream.rangeClosed(1, 54).mapToObj(i -> String.format("%02d", i)).toList();

        assertThat(groups.size()).isEqualTo(54);
        assertThat(groups.all()).extracting(EthnicGroup::code).containsExactlyElementsOf(expected);
    }

    @Test
    void officialList_keepsTheCodesOfDecision121() {
        assertThat(groups.requireByCode("01").nameVi()).isEqualTo("Kinh");
        assertThat(groups.requireByCode("04").nameVi()).isEqualTo("Hoa");
        assertThat(groups.requireByCode("14").nameVi()).isEqualTo("Xơ Đăng");
        assertThat(groups.requireByCode("26").nameVi()).isEqualTo("Cơ Tu");
        assertThat(groups.requireByCode("27").nameVi()).isEqualTo("Giẻ Triêng");
        assertThat(groups.requireByCode("30").nameVi()).isEqualTo("Co");
        assertThat(groups.requireByCode("53").nameVi()).isEqualTo("Ơ Đu");
        assertThat(groups.requireByCode("54").nameVi()).isEqualTo("Rơ Măm");
    }

    @Test
    void foreignersCode55_isNotAnEthnicGroup() {
        assertThat(groups.byCode("55")).isEmpty();
        assertThat(groups.byName("Người nước ngoài")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ca Dong", "Xơ Teng", "Tơ Đrá", "Mơ Nâm", "Hà Lăng", "Sedang", "xo dang", "XƠ-ĐĂNG"})
    void xoDangSubgroupsAndSpellings_resolveToXoDang(String name) {
        assertThat(groups.requireByName(name).code()).isEqualTo("14");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cơ Tu", "co tu", "Katu", "Ka Tu", "Cơ-tu", "CƠ TU", "ka-tu"})
    void coTuSpellings_resolveToCoTu(String name) {
        assertThat(groups.requireByName(name).nameVi()).isEqualTo("Cơ Tu");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GIE TRIENG", "Giẻ-Triêng", "Giẻ", "Triêng", "Ve", "Bnoong", "gie trieng"})
    void gieTriengSubgroupsAndSpellings_resolveToGieTrieng(String name) {
        assertThat(groups.requireByName(name).code()).isEqualTo("27");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Co", "Cor", "Col", "cor"})
    void coSpellings_resolveToCo(String name) {
        assertThat(groups.requireByName(name).code()).isEqualTo("30");
    }

    @ParameterizedTest
    @CsvSource({"Mường, 06", "muong, 06", "Thái, 03", "thai, 03", "Tày, 02", "TAY, 02", "H'Mông, 08", "Mèo, 08",
            "Khmer, 05", "Kinh, 01", "Việt, 01", "Ê Đê, 12", "ede, 12", "Hrê, 19", "Chàm, 17", "Cờ Lao, 47"})
    void commonNamesAndVariants_resolveToTheirGroup(String name, String code) {
        assertThat(groups.requireByName(name).code()).isEqualTo(code);
    }

    @Test
    void kinh_isNotAMinority_andEveryOtherGroupIs() {
        assertThat(groups.requireByCode(EthnicGroup.KINH_CODE).isEthnicMinority()).isFalse();
        assertThat(groups.all()).filteredOn(EthnicGroup::isEthnicMinority).hasSize(53)
                .extracting(EthnicGroup::code).doesNotContain("01");
    }

    @Test
    void aMinorityCode_isAGroupsCodeOtherThanKinh_andAnErasedOrMaskedStandInIsNeither() {
        assertThat(groups.all()).allMatch(group -> EthnicGroup.isGroupCode(group.code())
                && EthnicGroup.isMinorityCode(group.code()) == group.isEthnicMinority());
        assertThat(EthnicGroup.isMinorityCode("26")).isTrue();
        assertThat(EthnicGroup.isMinorityCode("54")).isTrue();
        assertThat(EthnicGroup.isMinorityCode("60")).as("a custom catalogue's group").isTrue();
        assertThat(EthnicGroup.isMinorityCode(EthnicGroup.KINH_CODE)).isFalse();
        for (String notACode : new String[] {"[đã xóa]", "[ẩn]", "8", "", "2a", "026", "٢٦", null}) {
            assertThat(EthnicGroup.isGroupCode(notACode)).as(String.valueOf(notACode)).isFalse();
            assertThat(EthnicGroup.isMinorityCode(notACode)).as(String.valueOf(notACode)).isFalse();
        }
    }

    @Test
    void byCode_readsOneDigitAndPaddedCodes() {
        assertThat(groups.byCode("8")).map(EthnicGroup::nameVi).contains("Mông");
        assertThat(groups.byCode(" 08 ")).map(EthnicGroup::nameVi).contains("Mông");
    }

    @Test
    void unknownName_isEmpty_andRequireRaisesUnknownEthnicity() {
        assertThat(groups.byName("Kơho Lạ")).isEmpty();

        assertThatThrownBy(() -> groups.requireByName("Kơho Lạ"))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(ParticipantErrorCode.PARTICIPANT_UNKNOWN_ETHNICITY);
                    assertThat(e.field()).isEqualTo("ethnicity");
                    assertThat(e.messageVi()).contains("Kơho Lạ").contains("dân tộc");
                    assertThat(e.messageEn()).contains("Kơho Lạ").contains("ethnic group");
                });
    }

    @Test
    void unknownCode_raisesUnknownEthnicity() {
        assertThatThrownBy(() -> groups.requireByCode("99"))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(ParticipantErrorCode.PARTICIPANT_UNKNOWN_ETHNICITY));
    }

    @Test
    void blankOrPunctuationOnlyName_findsNothing() {
        assertThat(groups.byName("")).isEmpty();
        assertThat(groups.byName(" - ")).isEmpty();
    }

    @Test
    void customCatalogue_rejectsDuplicateCodesAndSharedNames_allAtOnce() {
        EthnicGroup tay = group("02", "Tày", "Tay", "Thổ");
        EthnicGroup tho = group("24", "Thổ", "Tho");
        EthnicGroup anotherTay = group("02", "Tày Khác", "Other Tay");

        assertThatThrownBy(() -> EthnicGroupCatalogue.of(List.of(tay, tho, anotherTay)))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.has(CoreErrorCode.VALUE_DUPLICATE)).isTrue();
                    assertThat(e.has(ParticipantErrorCode.PARTICIPANT_AMBIGUOUS_ETHNICITY_NAME)).isTrue();
                    assertThat(e.messageEn()).contains("Thổ (24)").contains("Tày (02)");
                });
    }

    @Test
    void groupWithMalformedCode_isRejected() {
        assertThatThrownBy(() -> group("1", "Kinh", "Kinh"))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(ParticipantErrorCode.PARTICIPANT_INVALID_ETHNICITY_CODE));
    }

    @Test
    void unreadableJson_raisesJsonUnreadable() {
        byte[] json = "{\"groups\": [ {\"code\": ".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> EthnicGroupCatalogue.fromJson(new ByteArrayInputStream(json)))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.JSON_UNREADABLE));
    }

    @Test
    void invalidGroupInJson_reportsTheGroupProblem() {
        byte[] json = "{\"groups\":[{\"code\":\"7\",\"nameVi\":\"Nùng\",\"nameEn\":\"Nung\",\"otherNames\":[]}]}"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> EthnicGroupCatalogue.fromJson(new ByteArrayInputStream(json)))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(ParticipantErrorCode.PARTICIPANT_INVALID_ETHNICITY_CODE));
    }

    @Test
    void ethnicGroup_roundTripsThroughJson_withoutDerivedFlag() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        EthnicGroup coTu = groups.requireByCode("26");

        String json = mapper.writeValueAsString(coTu);

        assertThat(json).contains("\"code\":\"26\"").doesNotContain("ethnicMinority");
        assertThat(mapper.readValue(json, EthnicGroup.class)).isEqualTo(coTu);
    }

    private static EthnicGroup group(String code, String nameVi, String nameEn, String... otherNames) {
        return EthnicGroup.builder().code(code).nameVi(nameVi).nameEn(nameEn).addOtherNames(otherNames).build();
    }
}
