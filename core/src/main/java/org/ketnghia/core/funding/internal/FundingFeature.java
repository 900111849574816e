package org.ketnghia.core.funding.internal;

import java.util.List;
import org.ketnghia.core.funding.BalanceTransferred;
import org.ketnghia.core.funding.CounterpartContributionRecorded;
import org.ketnghia.core.funding.ExpenditureRecorded;
import org.ketnghia.core.funding.ExpenditureReversed;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.funding.FundingSourceRegistered;
import org.ketnghia.core.funding.InKindContributionRecorded;
import org.ketnghia.core.funding.PlanAllocationRecorded;
import org.ketnghia.core.funding.PledgeMade;
import org.ketnghia.core.funding.ReceiptRecorded;
import org.ketnghia.core.funding.ReceiptReversed;
import org.ketnghia.core.funding.settlement.AccountsSettled;
import org.ketnghia.core.funding.settlement.FundingSettlements;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.ProjectionDefinition;
import org.ketnghia.core.spi.LedgerFeature;
import org.ketnghia.core.spi.PilotModelContext;

/**
 * The funding feature of the core (<i>quản lý nguồn vốn</i>): funding sources, pledges, receipts
 * into each commune's fund, in-kind and counterpart contributions, expenditures, plan allocations
 * balance transfers between a merged commune and its successor, and reversals of receipts and
 * expenditures recorded by mistake, read through {@link
 * FundingLedger}. Its invariants: a commune never spends more than it has received for a purpose;
 * a receipt never exceeds what is open on its pledge; every đồng is traceable from source to
 * expenditure. Other features spend through {@link CommuneFunds}.
 *
 * <p>Stateless and thread-safe.
 */
public final class FundingFeature implements LedgerFeature {

    /** Creates the feature. */
    public FundingFeature() {
    }

    @Override
    public List<Class<? extends LedgerEvent>> eventTypes() {
        return List.of(FundingSourceRegistered.class, PledgeMade.class, ReceiptRecorded.class,
                InKindContributionRecorded.class, CounterpartContributionRecorded.class, ExpenditureRecorded.class,
                PlanAllocationRecorded.class, BalanceTransferred.class, AccountsSettled.class, ReceiptReversed.class,
                ExpenditureReversed.class);
    }

    @Override
    public List<CommandHandler<?>> commandHandlers(PilotModelContext context) {
        return FundingHandlers.all();
    }

    @Override
    public List<ProjectionDefinition<?>> projections() {
        return List.of(ProjectionDefinition.of(FundingLedger.class, FundingLedger::new, FundingLedger.SNAPSHOT_FORM),
                ProjectionDefinition.of(FundingSettlements.class, FundingSettlements::new,
                        FundingSettlements.SNAPSHOT_FORM));
    }
}
