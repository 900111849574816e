package org.ketnghia.core.inspection;

import com.fasterxml.jackson.annotation.JsonValue;
import org.ketnghia.core.value.BilingualText;

/** What a re-check (<i>phúc tra</i>) concluded about a closed action. JSON form: the lower-case {@link #id()}. */
public enum RecheckOutcome {
    /** Xác nhận đã khắc phục: the closure stands for good. */
    CONFIRMED("confirmed", "xác nhận đã khắc phục", "confirmed"),
    /** Chưa khắc phục, mở lại: the action is open again with a new deadline. */
    REOPENED("reopened", "chưa khắc phục, mở lại", "reopened");

    private final String id;
    private final BilingualText label;

    RecheckOutcome(String id, String labelVi, String labelEn) {
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
