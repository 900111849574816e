package org.ketnghia.livestock.herd;

import org.ketnghia.livestock.Species;

/**
 * The facts of an exception to the round-1 support package (<i>ngoại lệ mức hỗ trợ vòng 1</i>): the
 * package granted to one household instead of the plan's (2 cattle or 5 goats), why, by which decision
 * and who approved it; declared once for {@link RecordPackageException} and {@link
 * PackageExceptionRecorded}.
 */
public interface PackageExceptionFacts {

    /** The group the household belongs to. */
    String groupId();

    /** The household. */
    String householdId();

    /** The species granted; the group's. */
    Species species();

    /** Head granted in round 1 in all, instead of the package's. */
    int headCount();

    /** Why, in Vietnamese (<i>lý do</i>), e.g. "Hộ chỉ đủ chuồng trại cho 3 con dê". */
    String justification();

    /** The decision that grants it (<i>số quyết định</i>). */
    String decisionReference();

    /** Who approved it (<i>người phê duyệt</i>), e.g. "Chủ tịch UBND xã A Xan". */
    String approvedBy();
}
