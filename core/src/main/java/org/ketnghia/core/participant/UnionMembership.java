package org.ketnghia.core.participant;

import java.util.Locale;
import org.ketnghia.core.value.BilingualText;

/** Membership of a mass organisation that gives priority in the start-up model (đoàn thể). */
public enum UnionMembership {
    /** Hội Liên hiệp Phụ nữ. */
    WOMENS_UNION("Hội Liên hiệp Phụ nữ", "Women's Union"),
    /** Hội Nông dân. */
    FARMERS_UNION("Hội Nông dân", "Farmers' Union"),
    /** Đoàn Thanh niên Cộng sản Hồ Chí Minh. */
    YOUTH_UNION("Đoàn Thanh niên", "Youth Union");

    private final BilingualText label;

    UnionMembership(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }

    /** The label in the given language: Vietnamese for {@code vi}, English otherwise. */
    public String label(Locale locale) {
        return label.in(locale);
    }
}
