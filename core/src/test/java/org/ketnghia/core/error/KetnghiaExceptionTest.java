package org.ketnghia.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class KetnghiaExceptionTest {

    @Test
    void problems_gatheredInOnePass_areThrownTogether() {
        Problems problems = new Problems();
        problems.check(true, CoreErrorCode.VALUE_BLANK, "name");
        problems.check(false, CoreErrorCode.VALUE_REQUIRED, "village");
        problems.check(true, CoreErrorCode.VALUE_OUT_OF_RANGE, "birthYear", 1850, 1900, 2100);

        assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(KetnghiaException.class, e -> {
            assertThat(e.problems()).extracting(Problem::field).containsExactly("name", "birthYear");
            assertThat(e.code()).isEqualTo(CoreErrorCode.VALUE_BLANK);
            assertThat(e.has(CoreErrorCode.VALUE_OUT_OF_RANGE)).isTrue();
            assertThat(e.messageEn()).contains("birthYear: Value 1850 is outside the allowed range [1900, 2100].");
            assertThat(e.messageVi()).contains("birthYear: Giá trị 1850 nằm ngoài khoảng cho phép [1900, 2100].");
            assertThat(e.getMessage()).startsWith("2 problems:");
        });
    }

    @Test
    void noProblems_throwsNothing() {
        new Problems().throwIfAny();
        assertThat(new Problems().isEmpty()).isTrue();
    }

    @Test
    void nestedProblems_getTheirFieldPrefixed() {
        KetnghiaException inner = KetnghiaException.of(CoreErrorCode.VALUE_BLANK, "name");
        Problems outer = new Problems().addNested("members[2]", inner);
        assertThat(outer.list()).extracting(Problem::field).containsExactly("members[2].name");
    }

    @Test
    void message_followsTheLocale() {
        Problem problem = Problem.of(CoreErrorCode.VALUE_UNKNOWN, "ethnicity", "Kinh'");
        assertThat(problem.message(Locale.forLanguageTag("vi"))).isEqualTo("Không tìm thấy Kinh'.");
        assertThat(problem.message(Locale.ENGLISH)).isEqualTo("Unknown Kinh'.");
    }

    @Test
    void exceptionWithoutProblems_isAProgrammingError() {
        assertThatThrownBy(() -> new KetnghiaException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
