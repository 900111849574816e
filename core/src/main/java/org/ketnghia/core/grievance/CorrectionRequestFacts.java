package org.ketnghia.core.grievance;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The facts of a correction requested for a complaint (<i>yêu cầu điều chỉnh</i>), declared once for {@link
 * RequestCorrection} and {@link CorrectionRequested}.
 */
public interface CorrectionRequestFacts {

    /** The stable id of the request. */
    String requestId();

    /** The complaint that led to it. */
    String complaintId();

    /** Who must correct (e.g. "UBND xã", "Phòng Dân tộc huyện"). */
    String addressedTo();

    /** What must be corrected, in Vietnamese. */
    String whatVi();

    /** By when, if set. */
    Optional<LocalDate> dueOn();
}
