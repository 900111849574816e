package org.ketnghia.core.participant;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A public posting of the poverty review's results by a commune, as {@link PovertyReviewRegister} answers it.
 *
 * @param communeCode the commune that posted it
 * @param recordedOn the date the posting was recorded
 * @param sequence the ledger sequence of the event
 * @param posted what was posted: where, when, by whom, and the rows
 */
public record PovertyReviewPosting(String communeCode, LocalDate recordedOn, long sequence,
        PovertyReviewResultsPosted posted) {

    /** Checks that no part is missing. */
    public PovertyReviewPosting {
        requireNonNull(communeCode, "communeCode");
        requireNonNull(recordedOn, "recordedOn");
        requireNonNull(posted, "posted");
    }
}
