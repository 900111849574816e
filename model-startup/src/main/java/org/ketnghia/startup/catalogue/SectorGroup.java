package org.ketnghia.startup.catalogue;

import java.util.Locale;

/** The plan's three groups of priority sectors (mục 2.5 a, b, c). */
public enum SectorGroup {
    CROPS("Trồng trọt", "Crops"),
    LIVESTOCK("Chăn nuôi gia súc, gia cầm", "Livestock"),
    PROCESSING("Chế biến", "Processing");

    private final String labelVi;
    private final String labelEn;

    SectorGroup(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    /** The label in Vietnamese. */
    public String labelVi() {
        return labelVi;
    }

    /** The label in English. */
    public String labelEn() {
        return labelEn;
    }

    /** The label in Vietnamese for a {@code vi} locale, English otherwise. */
    public String label(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? labelVi : labelEn;
    }
}
