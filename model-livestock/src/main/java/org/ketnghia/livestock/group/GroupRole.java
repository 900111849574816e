package org.ketnghia.livestock.group;

/** A member household's role in its group. */
public enum GroupRole {
    /** Thành viên. */
    MEMBER("thành viên", "member"),
    /** Tổ phó kiêm thư ký. */
    DEPUTY_SECRETARY("tổ phó kiêm thư ký", "deputy and secretary");

    private final String labelVi;
    private final String labelEn;

    GroupRole(String labelVi, String labelEn) {
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
}
