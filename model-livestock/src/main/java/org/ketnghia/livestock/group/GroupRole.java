package org.ketnghia.livestock.group;

import org.ketnghia.core.value.BilingualText;

/** A member household's role in its group. */
public enum GroupRole {
    /** Thành viên. */
    MEMBER("thành viên", "member"),
    /** Tổ phó kiêm thư ký. */
    DEPUTY_SECRETARY("tổ phó kiêm thư ký", "deputy and secretary");

    private final BilingualText label;

    GroupRole(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }
}
