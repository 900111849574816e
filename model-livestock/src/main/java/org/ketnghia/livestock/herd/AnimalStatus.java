package org.ketnghia.livestock.herd;

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

    private final String labelVi;
    private final String labelEn;

    AnimalStatus(String labelVi, String labelEn) {
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

    /** Whether the animal is alive in the commune's herd. */
    public boolean isAlive() {
        return this == IN_STOCK || this == KEPT;
    }
}
