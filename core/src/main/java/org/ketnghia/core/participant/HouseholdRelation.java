package org.ketnghia.core.participant;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/** A member's relation to the head of the household (quan hệ với chủ hộ). Exactly one member is the {@link #HEAD}. */
public enum HouseholdRelation {
    /** Chủ hộ. */
    HEAD("chủ hộ", "head of household"),
    /** Vợ hoặc chồng. */
    SPOUSE("vợ/chồng", "spouse"),
    /** Con. */
    CHILD("con", "child"),
    /** Cha, mẹ. */
    PARENT("cha/mẹ", "parent"),
    /** Cháu. */
    GRANDCHILD("cháu", "grandchild"),
    /** Anh, chị, em. */
    SIBLING("anh/chị/em", "sibling"),
    /** Quan hệ khác. */
    OTHER("khác", "other");

    private final String labelVi;
    private final String labelEn;

    HouseholdRelation(String labelVi, String labelEn) {
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
