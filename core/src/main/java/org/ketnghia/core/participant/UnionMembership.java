package org.ketnghia.core.participant;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/** Membership of a mass organisation that gives priority in the start-up model (đoàn thể). */
public enum UnionMembership {
    /** Hội Liên hiệp Phụ nữ. */
    WOMENS_UNION("Hội Liên hiệp Phụ nữ", "Women's Union"),
    /** Hội Nông dân. */
    FARMERS_UNION("Hội Nông dân", "Farmers' Union"),
    /** Đoàn Thanh niên Cộng sản Hồ Chí Minh. */
    YOUTH_UNION("Đoàn Thanh niên", "Youth Union");

    private final String labelVi;
    private final String labelEn;

    UnionMembership(String labelVi, String labelEn) {
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
