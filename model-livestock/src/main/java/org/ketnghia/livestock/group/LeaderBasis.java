package org.ketnghia.livestock.group;

/** Why a person who is not a household of the group may lead it (plan II.1.2). */
public enum LeaderBasis {
    /** Hội viên Hội Liên hiệp Phụ nữ. */
    WOMENS_UNION_MEMBER,
    /** Hội viên Hội Nông dân. */
    FARMERS_UNION_MEMBER,
    /** Đoàn viên Đoàn Thanh niên. */
    YOUTH_UNION_MEMBER,
    /** Người có kiến thức, kinh nghiệm phát triển kinh tế hộ hiệu quả, được cộng đồng tín nhiệm. */
    EXPERIENCED_AND_TRUSTED
}
