package org.ketnghia.training.course;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/** Which test a score belongs to: before (<i>kiểm tra đầu vào</i>) or after (<i>kiểm tra cuối khóa</i>) the class. */
public enum ScoreTest {
    /** Kiểm tra đầu vào. */
    PRE("kiểm tra đầu vào", "pre-test"),
    /** Kiểm tra cuối khóa. */
    POST("kiểm tra cuối khóa", "post-test");

    private final String labelVi;
    private final String labelEn;

    ScoreTest(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    /** The label in the given language: Vietnamese for {@code vi}, English otherwise. */
    public String label(Locale locale) {
        return "vi".equals(requireNonNull(locale, "locale").getLanguage()) ? labelVi : labelEn;
    }

    @Override
    public String toString() {
        return labelEn;
    }
}
