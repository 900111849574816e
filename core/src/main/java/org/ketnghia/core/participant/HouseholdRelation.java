package org.ketnghia.core.participant;

import java.util.Locale;
import org.ketnghia.core.value.BilingualText;

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

    private final BilingualText label;

    HouseholdRelation(String labelVi, String labelEn) {
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
