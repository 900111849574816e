package org.ketnghia.core.grievance;

import java.util.Optional;

/**
 * The facts of closing a complaint (<i>kết thúc giải quyết</i>), declared once for {@link CloseComplaint} and {@link
 * ComplaintClosed}. An upheld or partly upheld complaint references its correction: {@link #correctionSequence()},
 * {@link #correctionRequestId()} or both.
 */
public interface ClosureFacts {

    /** The complaint. */
    String complaintId();

    /** The result. */
    ComplaintResult result();

    /** Why, in Vietnamese. */
    String reasonVi();

    /** The act that closes it, if one was issued (e.g. "Quyết định giải quyết khiếu nại số 3/QĐ-UBND"). */
    Optional<String> decision();

    /** The ledger sequence of the event that corrected what the complaint was right about. */
    Optional<Long> correctionSequence();

    /** The {@link RequestCorrection} recorded for this complaint. */
    Optional<String> correctionRequestId();
}
