package org.ketnghia.core.duty;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Where one report owed stands on a date.
 *
 * @param obligation the report owed
 * @param status its status on the date
 * @param lastAct the last act on it by the date, if any
 */
public record DutyStatus(Obligation obligation, ReportStatus status, Optional<ReportAct> lastAct) {

    /** Checks that no part is missing. */
    public DutyStatus {
        requireNonNull(obligation, "obligation");
        requireNonNull(status, "status");
        requireNonNull(lastAct, "lastAct");
    }

    /** Whether the period is locked: approved and not reopened. */
    public boolean locked() {
        return status.isLocked();
    }
}
