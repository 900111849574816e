package org.ketnghia.training.course;

import java.util.Optional;

/**
 * An official's new post (<i>điều động, bố trí lại</i>), said once for the command that records it
 * ({@link ReassignOfficial}) and the event ({@link OfficialReassigned}).
 *
 * <p>Implementations are immutable values.
 */
public interface ReassignmentFacts {

    /** The official (a person registered with the role official). */
    String personId();

    /** The new position, e.g. "Công chức Văn phòng - Thống kê xã". */
    String position();

    /** The unit the official now works for (a district, commune or village on the date). */
    String workUnitCode();

    /** Why, e.g. the decision number. */
    Optional<String> reason();
}
