package org.ketnghia.livestock.group;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ketnghia.livestock.Species;
import org.ketnghia.livestock.passon.PassOnPolicy;

/**
 * The facts of a household group's founding decision (<i>Quyết định thành lập Tổ, nhóm hộ</i>),
 * declared once for the command {@link FoundGroup} and the event {@link GroupFounded}.
 */
public interface GroupFacts {

    /** The group's id, unique in the programme. */
    String groupId();

    /** Display name, e.g. "Tổ chăn nuôi dê thôn A Ur". */
    String name();

    /** The species the group raises. */
    Species species();

    /** The founding decision's number (<i>số quyết định</i>). */
    String decisionReference();

    /** The date of the public vote (<i>bình chọn công khai</i>). */
    LocalDate publicVoteOn();

    /** The group charter's reference (<i>quy chế hoạt động</i>). */
    String charterReference();

    /** The pass-on policy of the charter, frozen as it was (<i>phương án quay vòng</i>). */
    PassOnPolicy passOnPolicy();

    /** The member households, in charter order. */
    List<GroupMember> members();

    /**
     * Why the group raises a species other than the district's priority: as given in the command; in
     * the event, the one given or else the one the programme records.
     */
    Optional<String> speciesJustification();
}
