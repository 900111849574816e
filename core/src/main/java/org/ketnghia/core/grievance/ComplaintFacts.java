package org.ketnghia.core.grievance;

import java.util.Optional;

/**
 * The facts of a complaint as received (<i>nội dung tiếp nhận</i>), declared once for {@link ReceiveComplaint} and
 * {@link ComplaintReceived}. The date received is the command's (and the event's) date.
 */
public interface ComplaintFacts {

    /** The stable id of the complaint (e.g. the number in the commune's reception book). */
    String complaintId();

    /** The posting of the list the complaint is about. */
    String postingId();

    /** Complaint, feedback or petition. */
    ComplaintKind kind();

    /** How it reached the commune. */
    ComplaintChannel channel();

    /** The household on the list it concerns (or claims should be on it); empty when about the list as a whole. */
    Optional<String> householdId();

    /**
     * Who raised it; empty for anonymous feedback or petitions. Personal data, never published (see {@link
     * Complainant}).
     */
    Optional<Complainant> complainant();

    /**
     * What was raised, in Vietnamese. Kept for the officials who handle it and never published; write it without the
     * complainant's personal data.
     */
    String summaryVi();
}
