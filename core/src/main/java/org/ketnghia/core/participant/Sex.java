package org.ketnghia.core.participant;

import java.util.Locale;
import org.ketnghia.core.value.BilingualText;

/** A person's sex (giới tính) as recorded on the household register. */
public enum Sex {
    /** Nam. */
    MALE("nam", "male"),
    /** Nữ. */
    FEMALE("nữ", "female");

    private final BilingualText label;

    Sex(String labelVi, String labelEn) {
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
