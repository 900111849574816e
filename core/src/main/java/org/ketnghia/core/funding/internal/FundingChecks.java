package org.ketnghia.core.funding.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.funding.FundingErrorCode;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.money.Money;

/** The field checks the funding handlers and {@code CommuneFunds} share; each records a problem, none throws. */
public final class FundingChecks {

    private FundingChecks() {
    }


    public static void checkNewId(FundingLedger ledger, String id, String field, Problems problems) {
        if (!checkText(id, field, problems)) {
            problems.check(ledger.isIdUsed(id), FundingErrorCode.FUNDING_ID_IN_USE, field, id);
        }
    }

    /** Records a problem when blank; returns whether it was. */
    public static boolean checkText(String value, String field, Problems problems) {
        return problems.check(value.isBlank(), CoreErrorCode.VALUE_BLANK, field);
    }

    public static void checkCommune(LedgerState state, String unitCode, LocalDate date, String field, Problems problems) {
        Optional<String> level = state.administrativeUnits().unitAsOf(unitCode, date).map(unit -> unit.levelId());
        problems.check(!level.equals(Optional.of("commune")), FundingErrorCode.FUNDING_NOT_A_COMMUNE, field, unitCode,
                date);
    }

    public static void checkPositive(Money amount, String field, Problems problems) {
        problems.check(!amount.isPositive(), FundingErrorCode.FUNDING_AMOUNT_NOT_POSITIVE, field, amount);
    }
}
