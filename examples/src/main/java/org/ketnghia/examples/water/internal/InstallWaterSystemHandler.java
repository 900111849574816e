package org.ketnghia.examples.water.internal;

import java.util.List;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.funding.CommuneFunds;
import org.ketnghia.core.funding.ExpenditureRecorded;
import org.ketnghia.core.funding.FundPurpose;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.participant.ParticipantRegistryErrorCode;
import org.ketnghia.examples.water.CleanWaterErrorCode;
import org.ketnghia.examples.water.CleanWaterModel;
import org.ketnghia.examples.water.InstallWaterSystem;
import org.ketnghia.examples.water.WaterSystemInstalled;
import org.ketnghia.examples.water.WaterSystems;

/**
 * Validates an installation (known household, not yet equipped, new id, money available in the
 * commune's clean-water fund) and records the support and the expenditure together.
 */
public final class InstallWaterSystemHandler implements CommandHandler<InstallWaterSystem> {

    @Override
    public Class<InstallWaterSystem> commandType() {
        return InstallWaterSystem.class;
    }

    @Override
    public List<EventDraft> handle(InstallWaterSystem command, LedgerState state) {
        Problems problems = new Problems();
        WaterSystems systems = state.projection(WaterSystems.class);
        problems.check(!state.projection(ParticipantRegistry.class).hasHousehold(command.householdId()),
                ParticipantRegistryErrorCode.PARTICIPANT_UNKNOWN_HOUSEHOLD, "householdId", command.householdId());
        problems.check(systems.isEquipped(command.householdId()), CleanWaterErrorCode.CLEAN_WATER_ALREADY_EQUIPPED,
                "householdId", command.householdId());
        problems.check(systems.isUsed(command.installationId()), CleanWaterErrorCode.CLEAN_WATER_INSTALLATION_ID_IN_USE,
                "installationId", command.installationId());
        problems.check(!command.value().isPositive(), CoreErrorCode.VALUE_NEGATIVE, "value", command.value());
        problems.throwIfAny();
        ExpenditureRecorded expenditure = CommuneFunds.expenditure(command.installationId(), command.unitCode(),
                FundPurpose.of(CleanWaterModel.ID), command.itemVi(), command.value(), command.documentReference());
        problems.addAll(CommuneFunds.checkExpenditures(state, command.occurredOn(), List.of(expenditure)));
        problems.throwIfAny();
        return List.of(
                EventDraft.of(command, new WaterSystemInstalled(command.installationId(), command.householdId(),
                        CleanWaterModel.ID, command.itemVi(), command.itemEn(), command.value(), command.occurredOn())),
                CommuneFunds.draft(expenditure, command.occurredOn()));
    }
}
