package org.ketnghia.core.grievance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A recorded public posting of a list (<i>lần niêm yết</i>). Immutable and thread-safe.
 *
 * @param posted the event and its record
 * @param communeCode the commune that posted it, as recorded
 */
public record Posting(Recorded<ListPosted> posted, String communeCode) {

    /** Checks that no part is missing. */
    public Posting {
        requireNonNull(posted, "posted");
        requireNonNull(communeCode, "communeCode");
    }

    /** The posting's id. */
    public String postingId() {
        return posted.event().postingId();
    }

    /** Whether {@code date} lies within the posting period (both ends inclusive). */
    public boolean isPostedOn(LocalDate date) {
        requireNonNull(date, "date");
        return !date.isBefore(posted.event().postedFrom()) && !date.isAfter(posted.event().postedUntil());
    }
}
