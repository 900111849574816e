package org.ketnghia.core.programme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.ketnghia.core.disclosure.BeneficiarySupport;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.funding.CommuneFunds;
import org.ketnghia.core.funding.ExpenditureRecorded;
import org.ketnghia.core.funding.FundPurpose;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.participant.ParticipantRegistryErrorCode;
import org.ketnghia.core.spi.LedgerFeature;
import org.ketnghia.core.spi.PilotModelContext;
import org.ketnghia.core.twinning.StandardModels;

/**
 * A tiny pilot model for the integration test: one command hands support to a household and pays
 * for it from the commune's fund (<i>chi từ quỹ xã</i>), atomically: a {@link BeneficiarySupport}
 * event plus a funding {@link ExpenditureRecorded}, validated with {@link CommuneFunds}.
 */
final class ProgrammeSupportFeature implements LedgerFeature {

    static final String MODEL_ID = StandardModels.LIVESTOCK;

    @Override
    public List<Class<? extends LedgerEvent>> eventTypes() {
        return List.of(SupportHandedOver.class);
    }

    @Override
    public List<CommandHandler<?>> commandHandlers(PilotModelContext context) {
        return List.of(new HandOverSupportHandler());
    }

    /** Give a household support worth {@code value}, paid by voucher {@code documentReference}. */
    @JsonTypeName(HandOverSupport.TYPE)
    record HandOverSupport(Actor actor, String unitCode, LocalDate occurredOn, String householdId,
            String expenditureId, String descriptionVi, Money value, String documentReference) implements Command {

        static final String TYPE = "programme-test.hand-over-support";
    }

    /** The household received the support. */
    @JsonTypeName(SupportHandedOver.TYPE)
    record SupportHandedOver(String householdId, String pilotModelId, String supportDescriptionVi,
            String supportDescriptionEn, Money value, LocalDate supportedOn) implements LedgerEvent, BeneficiarySupport {

        static final String TYPE = "programme-test.support-handed-over";
    }

    static final class HandOverSupportHandler implements CommandHandler<HandOverSupport> {
        @Override
        public Class<HandOverSupport> commandType() {
            return HandOverSupport.class;
        }

        @Override
        public List<EventDraft> handle(HandOverSupport command, LedgerState state) {
            ExpenditureRecorded expenditure = CommuneFunds.expenditure(command.expenditureId(), command.unitCode(),
                    FundPurpose.of(MODEL_ID), command.descriptionVi(), command.value(), command.documentReference());
            Problems problems = new Problems();
            problems.check(!state.projection(ParticipantRegistry.class).hasHousehold(command.householdId()),
                    ParticipantRegistryErrorCode.PARTICIPANT_UNKNOWN_HOUSEHOLD, "householdId", command.householdId());
            problems.addAll(CommuneFunds.checkExpenditures(state, command.occurredOn(), List.of(expenditure)));
            problems.throwIfAny();
            return List.of(
                    EventDraft.of(command, new SupportHandedOver(command.householdId(), MODEL_ID,
                            command.descriptionVi(), "support", command.value(), command.occurredOn())),
                    CommuneFunds.draft(expenditure, command.occurredOn()));
        }
    }
}
