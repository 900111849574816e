package org.ketnghia.core.participant.poverty;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Where a household lives, for the purpose of the poverty line: rural (nông thôn) or urban
 * (thành thị). The standards set a different income line for each.
 */
public enum Area {
    RURAL("nông thôn", "rural"),
    URBAN("thành thị", "urban");

    private final String labelVi;
    private final String labelEn;

    Area(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    /** The Vietnamese label, e.g. {@code "nông thôn"}. */
    public String labelVi() {
        return labelVi;
    }

    /** The English label, e.g. {@code "rural"}. */
    public String labelEn() {
        return labelEn;
    }

    /** The label in the given language: Vietnamese for {@code vi}, English otherwise. */
    public String label(Locale locale) {
        return "vi".equals(requireNonNull(locale, "locale").getLanguage()) ? labelVi : labelEn;
    }
}
