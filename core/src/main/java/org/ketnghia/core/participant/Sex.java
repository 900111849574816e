package org.ketnghia.core.participant;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/** A person's sex (giới tính) as recorded on the household register. */
public enum Sex {
    /** Nam. */
    MALE("nam", "male"),
    /** Nữ. */
    FEMALE("nữ", "female");

    private final String labelVi;
    private final String labelEn;

    Sex(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    /** The Vietnamese label. */
    public String labelVi() {
        return labelVi;
    }

    /** The English label. */
    public String labelEn() {
        return labelEn;
    }

    /** The label in the given language: Vietnamese for {@code vi}, English otherwise. */
    public String label(Locale locale) {
        return "vi".equals(requireNonNull(locale, "locale").getLanguage()) ? labelVi : labelEn;
    }
}
