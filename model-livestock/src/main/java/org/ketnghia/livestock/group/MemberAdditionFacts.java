package org.ketnghia.livestock.group;

import java.util.List;
import java.util.Optional;

/**
 * The facts of a commune decision adding member households to a group already founded (<i>quyết định bổ
 * sung thành viên tổ, nhóm hộ</i>), declared once for the command {@link AddGroupMembers} and the event
 * {@link GroupMembersAdded}.
 */
public interface MemberAdditionFacts {

    /** The group. */
    String groupId();

    /** The commune's decision adding the members (<i>số quyết định bổ sung</i>). */
    String decisionReference();

    /** The households added, each with its signed commitment; in the decision's order. */
    List<GroupMember> members();

    /**
     * The household of the pass-on queue before which the decision places the new members, one that has not
     * received animals yet; empty when they join the end of the queue (the default).
     */
    Optional<String> placedBefore();
}
