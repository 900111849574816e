package org.ketnghia.livestock;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/** The breeding species of the model. */
public enum Species {
    /** Bò (local yellow or Lai Sind cattle). */
    CATTLE("bò", "cattle"),
    /** Dê (local or Bách Thảo cross goats). */
    GOAT("dê", "goat");

    private final String labelVi;
    private final String labelEn;

    Species(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    /** The Vietnamese label, e.g. "bò". */
    public String labelVi() {
        return labelVi;
    }

    /** The English label, e.g. "cattle". */
    public String labelEn() {
        return labelEn;
    }

    /** The label in the given language: Vietnamese for {@code vi}, English otherwise. */
    public String label(Locale locale) {
        return "vi".equals(requireNonNull(locale, "locale").getLanguage()) ? labelVi : labelEn;
    }
}
