package org.ketnghia.core.funding.settlement.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.funding.FundingErrorCode;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.funding.internal.FundingChecks;
import org.ketnghia.core.funding.settlement.AccountsSettled;
import org.ketnghia.core.funding.settlement.FundingSettlements;
import org.ketnghia.core.funding.settlement.SettleAccounts;
import org.ketnghia.core.funding.settlement.Settlement;
import org.ketnghia.core.funding.settlement.SettlementErrorCode;
import org.ketnghia.core.funding.settlement.SettlementLine;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;

/**
 * Validates {@link SettleAccounts} and records the lines the funding ledger gives, for the money of the programme
 * settled ({@link FundingSettlements#preview(FundingLedger, java.time.LocalDate, Optional)}), as {@link
 * AccountsSettled}.
 */
public final class SettleAccountsHandler implements CommandHandler<SettleAccounts> {

    /** Creates the handler. */
    public SettleAccountsHandler() {
    }

    @Override
    public Class<SettleAccounts> commandType() {
        return SettleAccounts.class;
    }

    @Override
    public List<EventDraft> handle(SettleAccounts command, LedgerState state) {
        FundingLedger funding = state.projection(FundingLedger.class);
        FundingSettlements settlements = state.projection(FundingSettlements.class);
        Problems problems = new Problems();
        if (!FundingChecks.checkText(command.settlementId(), "settlementId", problems)) {
            problems.check(settlements.settlement(command.settlementId()).isPresent()
                    || funding.isIdUsed(command.settlementId()), FundingErrorCode.FUNDING_ID_IN_USE, "settlementId",
                    command.settlementId());
        }
        FundingChecks.checkText(command.decisionReference(), "decisionReference", problems);
        FundingChecks.checkCommune(state, command.unitCode(), command.occurredOn(), "unitCode", problems);
        command.programmeId().ifPresent(id -> FundingChecks.checkText(id, "programmeId", problems));
        if (command.programmeId().isPresent() && state.programmeId().isPresent()
                && !command.programmeId().equals(state.programmeId())) {
            problems.add(SettlementErrorCode.FUNDING_SETTLEMENT_PROGRAMME_MISMATCH, "programmeId",
                    command.programmeId().get(), state.programmeId().get());
        }
        Optional<String> programme = command.programmeId().or(state::programmeId);
        problems.check(command.periodEnd().isAfter(command.occurredOn()),
                SettlementErrorCode.FUNDING_SETTLEMENT_PERIOD_NOT_ENDED, "periodEnd", command.periodEnd(),
                command.occurredOn());
        Optional<Settlement> previous = settlements.latest(programme);
        previous.ifPresent(settlement -> problems.check(!command.periodEnd().isAfter(settlement.periodEnd()),
                SettlementErrorCode.FUNDING_SETTLEMENT_NOT_AFTER_PREVIOUS, "periodEnd", settlement.settlementId(),
                settlement.periodEnd(), command.periodEnd()));
        problems.throwIfAny();
        List<SettlementLine> lines = settlements.preview(funding, command.periodEnd(), programme);
        return List.of(EventDraft.of(command, AccountsSettled.of(command.settlementId(), command.periodEnd(),
                command.decisionReference(), programme, previous.map(Settlement::settlementId), lines)));
    }

    @Override
    public Set<ActorRole> permittedRoles() {
        return EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE);
    }
}
