package org.ketnghia.core.participant.poverty;

import java.util.Locale;
import org.ketnghia.core.value.BilingualText;

/**
 * Where a household lives, for the purpose of the poverty line: rural (nông thôn) or urban
 * (thành thị). The standards set a different income line for each.
 */
public enum Area {
    RURAL("nông thôn", "rural"),
    URBAN("thành thị", "urban");

    private final BilingualText label;

    Area(String labelVi, String labelEn) {
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
