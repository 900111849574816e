package org.ketnghia.core.grievance;

import static java.util.Objects.requireNonNull;

/**
 * One line of the public summary of complaints (<i>tổng hợp kết quả tiếp nhận, giải quyết phản ánh</i>): how many
 * complaints a posted list (or a commune, in total) received and where they stand — counts only, and nothing about
 * who raised them or what they said. A test asserts that no accessor reachable from this type carries personal data.
 * Immutable and thread-safe.
 *
 * @param communeName the commune's name with its kind, e.g. {@code "xã A Xan"}
 * @param list the list and its posting period, or {@code "Cộng"} for a commune's total
 * @param received how many were received
 * @param awaitingAnswer how many are open and not yet answered
 * @param answered how many are answered and not yet closed
 * @param upheld how many were closed as upheld
 * @param partlyUpheld how many were closed as partly upheld
 * @param rejected how many were closed as rejected
 * @param withdrawn how many were withdrawn
 * @param overdue how many of the open ones are past a deadline
 */
public record PublicComplaintCount(String communeName, String list, int received, int awaitingAnswer, int answered,
        int upheld, int partlyUpheld, int rejected, int withdrawn, int overdue) {

    /** Checks that no part is missing. */
    public PublicComplaintCount {
        requireNonNull(communeName, "communeName");
        requireNonNull(list, "list");
    }

    /** The counts of both lines added, under the given commune and list labels. */
    PublicComplaintCount plus(PublicComplaintCount other, String communeLabel, String listLabel) {
        return new PublicComplaintCount(communeLabel, listLabel, received + other.received,
                awaitingAnswer + other.awaitingAnswer, answered + other.answered, upheld + other.upheld,
                partlyUpheld + other.partlyUpheld, rejected + other.rejected, withdrawn + other.withdrawn,
                overdue + other.overdue);
    }

    /** How many are closed, whatever the result. */
    public int closed() {
        return upheld + partlyUpheld + rejected + withdrawn;
    }
}
