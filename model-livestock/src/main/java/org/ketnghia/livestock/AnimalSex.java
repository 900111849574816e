package org.ketnghia.livestock;

import org.ketnghia.core.value.BilingualText;

/** The sex of an animal. */
public enum AnimalSex {
    /** Con cái. */
    FEMALE("cái", "female"),
    /** Con đực. */
    MALE("đực", "male");

    private final BilingualText label;

    AnimalSex(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }
}
