package org.ketnghia.startup.catalogue;

import org.ketnghia.core.value.BilingualText;

/** The plan's three groups of priority sectors (mục 2.5 a, b, c). */
public enum SectorGroup {
    CROPS("Trồng trọt", "Crops"),
    LIVESTOCK("Chăn nuôi gia súc, gia cầm", "Livestock"),
    PROCESSING("Chế biến", "Processing");

    private final BilingualText label;

    SectorGroup(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }
}
