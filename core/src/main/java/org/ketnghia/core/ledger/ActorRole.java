package org.ketnghia.core.ledger;

import org.ketnghia.core.value.BilingualText;

/**
 * What an actor is in the programme; the {@link PermissionPolicy} decides from it what the actor
 * may record and where.
 */
public enum ActorRole {
    /** UBND tỉnh, Ban Dân tộc tỉnh: coordinates the whole programme. */
    PROVINCIAL_COMMITTEE("Ủy ban nhân dân tỉnh / Ban Dân tộc tỉnh", "provincial committee", true),
    /** Phòng Dân tộc huyện and other district offices (until the district level was abolished). */
    DISTRICT_OFFICE("Phòng Dân tộc huyện", "district office", true),
    /** UBND xã: manages the money and the models on the ground. */
    COMMUNE_COMMITTEE("Ủy ban nhân dân xã", "commune people's committee", true),
    /** Đơn vị kết nghĩa: a department, lowland locality, enterprise or mass organisation. */
    SPONSOR("Đơn vị kết nghĩa", "sponsor", true),
    /** Tổ trưởng tổ hợp tác / nhóm hộ: records what happens in the group's herd. */
    GROUP_LEADER("Tổ trưởng tổ nhóm hộ", "household-group leader", true),
    /** Kiểm toán, thanh tra: reads everything, records nothing. */
    AUDITOR("Kiểm toán / thanh tra (chỉ xem)", "auditor (read-only)", false),
    /** Người dân: sees only what is posted publicly. */
    PUBLIC("Công chúng", "public", false),
    /** A trusted process of the host: data import or a simulation recording its trace. */
    SYSTEM("Hệ thống", "system", true);

    private final BilingualText label;
    private final boolean mayRecord;

    ActorRole(String labelVi, String labelEn, boolean mayRecord) {
        this.label = BilingualText.of(labelVi, labelEn);
        this.mayRecord = mayRecord;
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }

    /** Whether this role may record anything at all. */
    public boolean mayRecord() {
        return mayRecord;
    }
}
