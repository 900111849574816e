package org.ketnghia.core.grievance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The facts of a public posting of a list (<i>niêm yết công khai</i>), declared once for {@link RecordPosting} and
 * {@link ListPosted}. The commune is the command's (and the event's) unit.
 */
public interface PostingFacts {

    /** The stable id of the posting. */
    String postingId();

    /** Which kind of list was posted. */
    PublicListKind listKind();

    /** The date the list is as of (e.g. the {@link org.ketnghia.core.disclosure.PublicListing#date()}). */
    LocalDate listAsOf();

    /** Where it was posted or announced; at least one place. */
    List<PostingPlace> places();

    /** The first day of the posting period. */
    LocalDate postedFrom();

    /** The last day of the posting period (inclusive). */
    LocalDate postedUntil();

    /** Who posted it: the official or body (e.g. "Công chức Văn phòng - Thống kê xã"). */
    String postedBy();

    /** A note in Vietnamese, if any (e.g. the notice number). */
    Optional<String> noteVi();
}
