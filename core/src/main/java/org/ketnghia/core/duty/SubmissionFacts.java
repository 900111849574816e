package org.ketnghia.core.duty;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The facts of a submission (<i>nộp báo cáo</i>), declared once for {@link SubmitReport} and {@link
 * ReportSubmitted}: what it answers (a duty and period, or a request), the SHA-256 of its content, and the
 * dispatch that carried it.
 */
public interface SubmissionFacts {

    /** The submission's id, unique in the ledger. */
    String submissionId();

    /** The programme. */
    String programmeId();

    /** The duty it answers; absent when it answers a request. */
    Optional<String> dutyId();

    /** The duty's period it answers (e.g. {@code "2024"}); absent when it answers a request. */
    Optional<String> periodKey();

    /** The request it answers; absent when it answers a duty. */
    Optional<String> requestId();

    /** What it is. */
    SubmissionKind submissionKind();

    /** The SHA-256 of the content's bytes, 64 lower-case hex digits ({@link ReportContent#sha256}). */
    String contentSha256();

    /** The dispatch number (<i>số công văn</i>), e.g. "45/BC-UBND". */
    String dispatchNumber();

    /** The dispatch date (<i>ngày công văn</i>). */
    LocalDate dispatchDate();

    /** The sponsor reporting on its own part; absent for a unit's report. */
    Optional<String> sponsorId();
}
