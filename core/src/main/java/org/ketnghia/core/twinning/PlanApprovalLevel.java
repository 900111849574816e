package org.ketnghia.core.twinning;

import com.fasterxml.jackson.annotation.JsonValue;
import org.ketnghia.core.value.BilingualText;

/** Who approves a commune's model plan (<i>cấp phê duyệt phương án</i>). JSON form: the lower-case {@link #id()}. */
public enum PlanApprovalLevel {
    /** Phòng Dân tộc huyện (while the district level exists). */
    DISTRICT_OFFICE("district-office", "Phòng Dân tộc huyện", "district office"),
    /** Ban Dân tộc tỉnh / UBND tỉnh. */
    PROVINCIAL_COMMITTEE("provincial-committee", "Ban Dân tộc tỉnh", "provincial committee");

    private final String id;
    private final BilingualText label;

    PlanApprovalLevel(String id, String labelVi, String labelEn) {
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
