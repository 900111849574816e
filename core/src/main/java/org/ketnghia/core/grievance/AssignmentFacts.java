package org.ketnghia.core.grievance;

import java.util.Optional;

/** The facts of assigning a complaint (<i>giao xử lý</i>), declared once for {@link AssignComplaint} and {@link ComplaintAssigned}. */
public interface AssignmentFacts {

    /** The complaint. */
    String complaintId();

    /** The official or body that handles it (e.g. "Công chức Lao động - Thương binh và Xã hội xã", "Tổ công tác kết nghĩa"). */
    String assignee();

    /** The administrative unit of the assignee, if it is another unit than the commune (e.g. the district office). */
    Optional<String> assigneeUnitCode();
}
