package org.ketnghia.livestock.herd.internal;

import java.time.LocalDate;
import org.ketnghia.core.ledger.LedgerState;

/**
 * A group and its animals belong to the commune that founded the group; after the 1 July 2025
 * mergers that commune's successor records for them (a group of A Xan is recorded by Hùng Sơn).
 */
public final class Communes {

    private Communes() {
    }

    /** Whether {@code recordingCommune} may record for a herd of {@code herdCommune} on {@code date}. */
    public static boolean mayRecordFor(LedgerState state, String herdCommune, String recordingCommune, LocalDate date) {
        if (herdCommune.equals(recordingCommune)) {
            return true;
        }
        return state.administrativeUnits().successorsAsOf(herdCommune, date).stream()
                .anyMatch(successor -> successor.code().equals(recordingCommune));
    }
}
