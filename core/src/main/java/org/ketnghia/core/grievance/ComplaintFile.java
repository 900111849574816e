package org.ketnghia.core.grievance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A complaint and every step taken on it (<i>hồ sơ giải quyết đơn</i>), as officials see it: it holds the
 * complainant's personal data and is never a public output (see {@link PublicComplaintSummary}). Immutable and
 * thread-safe.
 *
 * @param received the complaint as received
 * @param communeCode the commune it was received for, as recorded
 * @param assignments the assignments, in ledger order (the last one holds)
 * @param answer the answer, if given
 * @param correctionRequests the corrections requested, in ledger order
 * @param closure the closure, if closed
 */
public record ComplaintFile(Recorded<ComplaintReceived> received, String communeCode,
        List<Recorded<ComplaintAssigned>> assignments, Optional<Recorded<ComplaintAnswered>> answer,
        List<Recorded<CorrectionRequested>> correctionRequests, Optional<Recorded<ComplaintClosed>> closure) {

    /** Checks that no part is missing and copies the lists. */
    public ComplaintFile {
        requireNonNull(received, "received");
        requireNonNull(communeCode, "communeCode");
        assignments = List.copyOf(assignments);
        requireNonNull(answer, "answer");
        correctionRequests = List.copyOf(correctionRequests);
        requireNonNull(closure, "closure");
    }

    /** The complaint's id. */
    public String complaintId() {
        return received.event().complaintId();
    }

    /** The posting of the list it is about. */
    public String postingId() {
        return received.event().postingId();
    }

    /** The date it was received. */
    public LocalDate receivedOn() {
        return received.on();
    }

    /** The date of its latest step; no later step may be dated before it. */
    public LocalDate lastStepOn() {
        LocalDate last = received.on();
        for (Recorded<ComplaintAssigned> assignment : assignments) {
            last = later(last, assignment.on());
        }
        if (answer.isPresent()) {
            last = later(last, answer.get().on());
        }
        for (Recorded<CorrectionRequested> request : correctionRequests) {
            last = later(last, request.on());
        }
        LocalDate beforeClosure = last;
        return closure.map(closed -> later(beforeClosure, closed.on())).orElse(last);
    }

    /** Where it stands on {@code date}; empty before it was received. */
    public Optional<ComplaintStatus> statusOn(LocalDate date) {
        requireNonNull(date, "date");
        if (date.isBefore(received.on())) {
            return Optional.empty();
        }
        if (closure.isPresent() && !closure.get().on().isAfter(date)) {
            return Optional.of(ComplaintStatus.CLOSED);
        }
        if (answer.isPresent() && !answer.get().on().isAfter(date)) {
            return Optional.of(ComplaintStatus.ANSWERED);
        }
        if (assignments.stream().anyMatch(assignment -> !assignment.on().isAfter(date))) {
            return Optional.of(ComplaintStatus.ASSIGNED);
        }
        return Optional.of(ComplaintStatus.RECEIVED);
    }

    /** Whether it was received by {@code date} and not closed by then. */
    public boolean isOpenOn(LocalDate date) {
        return statusOn(date).map(ComplaintStatus::isOpen).orElse(false);
    }

    /**
     * Whether it is overdue on {@code date}: open then, and either past its closing deadline, or past its answering
     * deadline without an answer.
     */
    public boolean isOverdueOn(LocalDate date) {
        Optional<ComplaintStatus> status = statusOn(date);
        if (status.isEmpty() || !status.get().isOpen()) {
            return false;
        }
        return date.isAfter(received.event().closeDueOn())
                || date.isAfter(received.event().answerDueOn()) && status.get() != ComplaintStatus.ANSWERED;
    }

    /** The result, once closed. */
    public Optional<ComplaintResult> result() {
        return closure.map(closed -> closed.event().result());
    }

    /** Whether it was answered after its answering deadline. */
    public boolean answeredLate() {
        return answer.map(given -> given.on().isAfter(received.event().answerDueOn())).orElse(false);
    }

    ComplaintFile withAssignment(Recorded<ComplaintAssigned> assignment) {
        List<Recorded<ComplaintAssigned>> more = new ArrayList<>(assignments);
        more.add(assignment);
        return new ComplaintFile(received, communeCode, more, answer, correctionRequests, closure);
    }

    ComplaintFile withAnswer(Recorded<ComplaintAnswered> given) {
        return new ComplaintFile(received, communeCode, assignments, Optional.of(given), correctionRequests, closure);
    }

    ComplaintFile withCorrectionRequest(Recorded<CorrectionRequested> request) {
        List<Recorded<CorrectionRequested>> more = new ArrayList<>(correctionRequests);
        more.add(request);
        return new ComplaintFile(received, communeCode, assignments, answer, more, closure);
    }

    ComplaintFile withClosure(Recorded<ComplaintClosed> closed) {
        return new ComplaintFile(received, communeCode, assignments, answer, correctionRequests, Optional.of(closed));
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return other.isAfter(one) ? other : one;
    }
}
