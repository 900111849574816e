package org.ketnghia.training.course;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.ketnghia.core.value.BilingualText;

/** Which test a score belongs to: before (<i>kiểm tra đầu vào</i>) or after (<i>kiểm tra cuối khóa</i>) the class. */
public enum ScoreTest {
    /** Kiểm tra đầu vào. */
    PRE("kiểm tra đầu vào", "pre-test"),
    /** Kiểm tra cuối khóa. */
    POST("kiểm tra cuối khóa", "post-test");

    private final BilingualText label;

    ScoreTest(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }

    /** The label in the given language: Vietnamese for {@code vi}, English otherwise. */
    public String label(Locale locale) {
        return label.in(requireNonNull(locale, "locale"));
    }

    @Override
    public String toString() {
        return label.en();
    }
}
