package org.ketnghia.core.inspection;

import com.fasterxml.jackson.annotation.JsonValue;
import org.ketnghia.core.value.BilingualText;

/** How serious a finding is (<i>mức độ</i>). JSON form: the lower-case {@link #id()}. */
public enum Severity {
    /** Nhẹ: a remark; correct at the next occasion. */
    MINOR("minor", "nhẹ", "minor"),
    /** Đáng kể: to be corrected within the deadline set. */
    MAJOR("major", "đáng kể", "major"),
    /** Nghiêm trọng: money, animals or people's entitlements are at risk. */
    SERIOUS("serious", "nghiêm trọng", "serious");

    private final String id;
    private final BilingualText label;

    Severity(String id, String labelVi, String labelEn) {
        this.id = id;
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The stable JSON id. */
    @JsonValue
    public String id() {
        return id;
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }
}
