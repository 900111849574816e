package org.ketnghia.core.funding.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.funding.FundingErrorCode;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.programme.ProgrammeScope;
import org.ketnghia.core.twinning.TwinningRegistry;

/** The field checks the funding handlers and {@code CommuneFunds} share; each records a problem, none throws. */
public final class FundingChecks {

    private static final java.util.Set<String> FUND_HOLDING_LEVELS = java.util.Set.of(AdminLevel.COMMUNE, AdminLevel.DISTRICT,
            AdminLevel.PROVINCE);

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

    /**
     * Records a problem unless the unit holds funds on {@code date}: a commune people's committee, or a
     * district or provincial body (<i>Phòng Dân tộc huyện, Ban Dân tộc tỉnh</i>) for the money it spends
     * itself on monitoring, training and checks.
     */
    public static void checkCommune(LedgerState state, String unitCode, LocalDate date, String field, Problems problems) {
        Optional<String> level = state.administrativeUnits().unitAsOf(unitCode, date).map(unit -> unit.levelId());
        problems.check(level.isEmpty() || !FUND_HOLDING_LEVELS.contains(level.get()), FundingErrorCode.FUNDING_NOT_A_COMMUNE,
                field, unitCode, date);
    }

    /**
     * When the ledger declares a programme ({@link ProgrammeScope}), records a problem unless a commune
     * that receives a sponsor's money is one of the programme's pilot communes (or a successor) and the
     * sponsor is twinned with it on {@code date}. Money of no sponsor, and funds of district and
     * provincial bodies, are not checked here.
     */
    public static void checkTwinned(LedgerState state, Optional<String> sponsorId, String unitCode, LocalDate date, String field,
            Problems problems) {
        Optional<ProgrammeScope> scope = ProgrammeScope.of(state);
        boolean commune = state.administrativeUnits().unitAsOf(unitCode, date)
                .map(unit -> AdminLevel.COMMUNE.equals(unit.levelId())).orElse(false);
        if (scope.isEmpty() || !commune || sponsorId.isEmpty()) {
            return;
        }
        if (scope.get().checkPilotCommune(problems, field, unitCode, date)) {
            boolean twinned = state.projection(TwinningRegistry.class)
                    .agreementsCovering(unitCode, date, state.administrativeUnits()).stream()
                    .anyMatch(agreement -> agreement.sponsorIds().contains(sponsorId.get()));
            problems.check(!twinned, FundingErrorCode.FUNDING_SPONSOR_NOT_TWINNED, field, sponsorId.get(), unitCode, date);
        }
    }

    public static void checkPositive(Money amount, String field, Problems problems) {
        problems.check(!amount.isPositive(), FundingErrorCode.FUNDING_AMOUNT_NOT_POSITIVE, field, amount);
    }
}
