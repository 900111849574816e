package org.ketnghia.livestock.herd;

import org.ketnghia.core.value.BilingualText;

/** Where an animal stands. */
public enum AnimalStatus {
    /** Accepted, with the commune, waiting to be handed over. */
    IN_STOCK("chờ cấp", "waiting to be handed over"),
    /** Kept by a household. */
    KEPT("đang nuôi", "kept"),
    /** Refused at acceptance. */
    REJECTED("không đạt nghiệm thu", "rejected at acceptance"),
    /** Dead. */
    DEAD("chết", "dead"),
    /** Sold. */
    SOLD("bán", "sold"),
    /** Lost or stolen. */
    LOST("thất lạc hoặc bị trộm", "lost or stolen");

    private final BilingualText label;

    AnimalStatus(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }

    /** Whether the animal is alive in the commune's herd. */
    public boolean isAlive() {
        return this == IN_STOCK || this == KEPT;
    }
}
