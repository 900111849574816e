package org.ketnghia.core.inspection;

import com.fasterxml.jackson.annotation.JsonValue;
import org.ketnghia.core.value.BilingualText;

/** What kind of inspection was made. JSON form: the lower-case {@link #id()}, e.g. {@code "re-check"}. */
public enum InspectionKind {
    /** Giám sát: a monitoring visit. */
    MONITORING_VISIT("monitoring-visit", "giám sát", "monitoring visit"),
    /** Kiểm tra: a check. */
    CHECK("check", "kiểm tra", "check"),
    /** Phúc tra: a re-check of an earlier inspection; it confirms or reopens the actions closed since. */
    RE_CHECK("re-check", "phúc tra", "re-check");

    private final String id;
    private final BilingualText label;

    InspectionKind(String id, String labelVi, String labelEn) {
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
