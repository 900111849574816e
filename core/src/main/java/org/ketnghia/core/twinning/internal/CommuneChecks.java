package org.ketnghia.core.twinning.internal;

import java.time.LocalDate;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.twinning.CommuneTwinningErrorCode;

/** The unit of a task-team or model-plan command must be a commune on the command's date. */
final class CommuneChecks {

    private CommuneChecks() {
    }

    static void isCommune(String unitCode, LocalDate on, LedgerState state, Problems problems) {
        boolean commune = state.administrativeUnits().unitAsOf(unitCode, on)
                .filter(unit -> AdminLevel.COMMUNE.equals(unit.levelId())).isPresent();
        problems.check(!commune, CommuneTwinningErrorCode.TWINNING_NOT_A_COMMUNE, "unitCode", unitCode, on);
    }
}
