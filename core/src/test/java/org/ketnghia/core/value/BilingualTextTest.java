package org.ketnghia.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BilingualTextTest {

    @Test
    void textInALanguage_isVietnameseForVi_andEnglishOtherwise() {
        BilingualText name = BilingualText.of("Hỗ trợ khởi nghiệp", "Start-up support");

        assertThat(name.in(Locale.forLanguageTag("vi-VN"))).isEqualTo("Hỗ trợ khởi nghiệp");
        assertThat(name.in(Locale.FRENCH)).isEqualTo("Start-up support");
        assertThat(name.both()).isEqualTo("Hỗ trợ khởi nghiệp / Start-up support");
    }

    @Test
    void blankText_isRefusedNamingTheLanguage() {
        assertThatThrownBy(() -> BilingualText.of(" ", "Start-up support")).hasMessageStartingWith("vi:");
        assertThatThrownBy(() -> BilingualText.of("Hỗ trợ", "")).hasMessageStartingWith("en:");
    }
}
