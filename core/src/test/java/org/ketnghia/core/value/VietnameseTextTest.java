package org.ketnghia.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

    /** Every letter of the Vietnamese alphabet with every tone, in both cases, plus separators. */
    private static final String VIETNAMESE = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
            + "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬBCDĐEÈÉẺẼẸÊỀẾỂỄỆGHIÌÍỈĨỊKLMNOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢPQRSTUÙÚỦŨỤƯỪỨỬỮỰVXYỲÝỶỸỴ"
            + "fjwz0123456789 '’-";

    @ParameterizedTest
    @CsvSource(quoteCharacter = '"', value = {
            "Ch'ơm, chom",
            "Chơm, chom",
            "CH’OM, chom",
            "Tr'Hy, trhy",
            "Đắc Pre, dac pre",
            "ĐẮK PRING, dak pring",
            "La Êê, la ee",
            "Zuôih, zuoih",
            "Trà Dơn, tra don",
            "Phước Hòa, phuoc hoa",
            "Phước Hoà, phuoc hoa",
            "Bha-Lêê, bha lee",
            "Hội An Đông, hoi an dong"})
    void fold_removesCaseDiacriticsAndApostrophes(String text, String folded) {
        assertThat(VietnameseText.fold(text)).isEqualTo(folded);
    }

    @Test
    void fold_collapsesAndTrimsWhiteSpace() {
        assertThat(VietnameseText.fold("  Tây \t Giang\u00A0 \n")).isEqualTo("tay giang");
        assertThat(VietnameseText.fold(" - ' ")).isEmpty();
        assertThat(VietnameseText.fold("")).isEmpty();
    }

    @Test
    void fold_treatsDecomposedTextLikeComposedText() {
        String composed = "Nguyễn Thị Ánh Tuyết";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);

        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold(composed)).isEqualTo("nguyen thi anh tuyet");
    }

    @Test
    void fold_mapsTheEthLookAlikeOfDToD() {
        assertThat(VietnameseText.fold("Ðà Nẵng")).isEqualTo("da nang");
    }

    @Test
    void foldedEquals_matchesSpellingVariants() {
        assertThat(VietnameseText.foldedEquals("Ch'ơm", "CH’OM")).isTrue();
        assertThat(VietnameseText.foldedEquals("La Êê", "Laêê")).isFalse();
    }

    @Property
    void fold_isIdempotent(@ForAll("vietnamese") String text) {
        String folded = VietnameseText.fold(text);

        assertThat(VietnameseText.fold(folded)).isEqualTo(folded);
    }

    @Property
    void fold_ofVietnameseText_isPlainLowerCaseAscii(@ForAll("vietnamese") String text) {
        assertThat(VietnameseText.fold(text)).matches("([a-z0-9]+( [a-z0-9]+)*)?");
    }

    @Property
    void fold_ignoresTheUnicodeNormalForm(@ForAll("vietnamese") String text) {
        assertThat(VietnameseText.fold(Normalizer.normalize(text, Normalizer.Form.NFD)))
                .isEqualTo(VietnameseText.fold(Normalizer.normalize(text, Normalizer.Form.NFC)));
    }

    @Provide
    Arbitrary<String> vietnamese() {
        return Arbitraries.strings().withChars(VIETNAMESE.toCharArray()).ofMaxLength(40);
    }
}
