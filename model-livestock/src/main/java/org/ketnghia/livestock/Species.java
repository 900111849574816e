package org.ketnghia.livestock;

import java.util.Locale;
import org.ketnghia.core.value.BilingualText;

/** The breeding species of the model. */
public enum Species {
    /** Bò (local yellow or Lai Sind cattle). */
    CATTLE("bò", "cattle"),
    /** Dê (local or Bách Thảo cross goats). */
    GOAT("dê", "goat");

    private final BilingualText label;

    Species(String labelVi, String labelEn) {
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
