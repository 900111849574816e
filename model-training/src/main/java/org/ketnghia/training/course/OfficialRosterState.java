package org.ketnghia.training.course;

import java.time.LocalDate;
import java.util.List;

/**
 * The whole state of {@link OfficialRoster} as its snapshot saves it: every post, officials in the order
 * registered and each official's posts oldest first, and the departures sorted by official.
 */
record OfficialRosterState(List<Posting> postings, List<Departure> departures) {

    /** Copies both lists. */
    OfficialRosterState {
        postings = List.copyOf(postings);
        departures = List.copyOf(departures);
    }

    /** The day an official left. */
    record Departure(String personId, LocalDate departedOn) {
    }
}
