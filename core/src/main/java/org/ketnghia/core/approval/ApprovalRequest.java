package org.ketnghia.core.approval;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * A request for approval as the {@link ApprovalRegister} knows it: the held command, who submitted it and
 * when, and its decision if it was decided. Holds the command's personal data: for officials only.
 *
 * <p>Immutable and thread-safe.
 *
 * @param requestId the request's id
 * @param command the command as the maker submitted it
 * @param maker who submitted it
 * @param recordedAt when it was recorded
 * @param sequence the sequence of its {@link ApprovalRequested} event
 * @param expiresOn the last day it may be decided
 * @param rule why it needs approval, in Vietnamese
 * @param programmeId the programme it was recorded for, if any
 * @param decision the decision, when decided
 */
public record ApprovalRequest(String requestId, Command command, Actor maker, Instant recordedAt, long sequence,
        LocalDate expiresOn, String rule, Optional<String> programmeId, Optional<Decision> decision) {

    /** Checks that no part is missing. */
    public ApprovalRequest {
        requireNonNull(requestId, "requestId");
        requireNonNull(command, "command");
        requireNonNull(maker, "maker");
        requireNonNull(recordedAt, "recordedAt");
        requireNonNull(expiresOn, "expiresOn");
        requireNonNull(rule, "rule");
        requireNonNull(programmeId, "programmeId");
        requireNonNull(decision, "decision");
    }

    /** The unit of the command, where the request is decided. */
    public String unitCode() {
        return command.unitCode();
    }

    /** Where the request stands on {@code asOf}: decided, or else pending until its last day, expired after. */
    public ApprovalStatus statusAsOf(LocalDate asOf) {
        requireNonNull(asOf, "asOf");
        if (decision.isPresent()) {
            return decision.get().status();
        }
        return asOf.isAfter(expiresOn) ? ApprovalStatus.EXPIRED : ApprovalStatus.PENDING;
    }

    ApprovalRequest decided(Decision made) {
        return new ApprovalRequest(requestId, command, maker, recordedAt, sequence, expiresOn, rule, programmeId,
                Optional.of(made));
    }

    /**
     * A request's decision.
     *
     * @param status {@link ApprovalStatus#APPROVED} or {@link ApprovalStatus#REJECTED}
     * @param by who decided
     * @param on the date of the decision
     * @param remark the approver's note or the reason of the rejection, if any
     */
    public record Decision(ApprovalStatus status, Actor by, LocalDate on, Optional<String> remark) {

        /** Checks that no part is missing. */
        public Decision {
            requireNonNull(status, "status");
            requireNonNull(by, "by");
            requireNonNull(on, "on");
            requireNonNull(remark, "remark");
        }
    }
}
