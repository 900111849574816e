package org.ketnghia.core.inspection;

import com.fasterxml.jackson.annotation.JsonValue;
import org.ketnghia.core.value.BilingualText;

/** Which kind of body inspects. JSON form: the lower-case {@link #id()}, e.g. {@code "district-office"}. */
public enum InspectingBodyKind {
    /** Ban Dân tộc tỉnh (or the provincial committee): the body's id is the province's unit code. */
    PROVINCIAL_COMMITTEE("provincial-committee", "Ban Dân tộc tỉnh", "provincial ethnic affairs committee"),
    /** Phòng Dân tộc huyện: the body's id is the district's unit code (until the district level was abolished). */
    DISTRICT_OFFICE("district-office", "Phòng Dân tộc huyện", "district ethnic affairs office"),
    /** Đơn vị kết nghĩa: the body's id is the registered sponsor's id. */
    SPONSOR("sponsor", "đơn vị kết nghĩa", "sponsor");

    private final String id;
    private final BilingualText label;

    InspectingBodyKind(String id, String labelVi, String labelEn) {
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
