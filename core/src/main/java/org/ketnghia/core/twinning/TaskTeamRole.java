package org.ketnghia.core.twinning;

import com.fasterxml.jackson.annotation.JsonValue;
import org.ketnghia.core.value.BilingualText;

/** A member's role in the commune's twinning task team. JSON form: the lower-case {@link #id()}. */
public enum TaskTeamRole {
    /** Tổ trưởng: at most one at a time. */
    LEADER("leader", "tổ trưởng", "leader"),
    /** Tổ phó. */
    DEPUTY("deputy", "tổ phó", "deputy"),
    /** Thành viên. */
    MEMBER("member", "thành viên", "member");

    private final String id;
    private final BilingualText label;

    TaskTeamRole(String id, String labelVi, String labelEn) {
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
