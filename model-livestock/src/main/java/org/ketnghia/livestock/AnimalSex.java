package org.ketnghia.livestock;

/** The sex of an animal. */
public enum AnimalSex {
    /** Con cái. */
    FEMALE("cái", "female"),
    /** Con đực. */
    MALE("đực", "male");

    private final String labelVi;
    private final String labelEn;

    AnimalSex(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    /** The Vietnamese label, e.g. "cái". */
    public String labelVi() {
        return labelVi;
    }

    /** The English label, e.g. "female". */
    public String labelEn() {
        return labelEn;
    }
}
