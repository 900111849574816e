package org.ketnghia.core.grievance;

import java.util.Optional;

/** The facts of answering a complaint (<i>trả lời</i>), declared once for {@link AnswerComplaint} and {@link ComplaintAnswered}. */
public interface AnswerFacts {

    /** The complaint. */
    String complaintId();

    /** The answer, in Vietnamese (what was verified and found). */
    String answerVi();

    /** The written answer's number, if one was issued (e.g. "Công văn số 15/UBND"). */
    Optional<String> documentNumber();
}
