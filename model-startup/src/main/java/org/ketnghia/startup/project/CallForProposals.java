package org.ketnghia.startup.project;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * A call for proposals as the ledger knows it now. Immutable snapshot.
 *
 * @param call the opening event
 * @param unitCode the unit that opened it (a commune, district or the province)
 * @param openedOn the date it opened
 * @param screened whether it has been screened (then it takes no more applications)
 * @param applicationIds its applications in the order filed
 */
public record CallForProposals(CallOpened call, String unitCode, LocalDate openedOn, boolean screened,
        List<String> applicationIds) {

    /** Copies the list. */
    public CallForProposals {
        requireNonNull(call, "call");
        requireNonNull(unitCode, "unitCode");
        requireNonNull(openedOn, "openedOn");
        applicationIds = List.copyOf(applicationIds);
    }

    /** The call's id. */
    public String callId() {
        return call.callId();
    }

    /** Whether it takes an application on {@code date}. */
    public boolean acceptsOn(LocalDate date) {
        return !screened && !date.isBefore(openedOn) && !date.isAfter(call.deadline());
    }
}
