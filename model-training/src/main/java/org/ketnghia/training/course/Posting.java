package org.ketnghia.training.course;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * An official's post from a date: position and work unit (<i>chức vụ, đơn vị công tác</i>), from
 * registration or from a later {@link OfficialReassigned}.
 *
 * @param personId the official
 * @param position the position
 * @param workUnitCode the unit worked for
 * @param from the first day of the post
 */
public record Posting(String personId, String position, String workUnitCode, LocalDate from) {

    /** Checks that no part is missing. */
    public Posting {
        requireNonNull(personId, "personId");
        requireNonNull(position, "position");
        requireNonNull(workUnitCode, "workUnitCode");
        requireNonNull(from, "from");
    }
}
