package org.ketnghia.core.twinning.internal;

import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.twinning.AgreementEnded;
import org.ketnghia.core.twinning.EndAgreement;
import org.ketnghia.core.twinning.TwinningAgreement;
import org.ketnghia.core.twinning.TwinningErrorCode;
import org.ketnghia.core.twinning.TwinningRegistry;

/** Validates {@link EndAgreement} and records {@link AgreementEnded}. */
public final class EndAgreementHandler implements CommandHandler<EndAgreement> {

    @Override
    public Class<EndAgreement> commandType() {
        return EndAgreement.class;
    }

    @Override
    public List<EventDraft> handle(EndAgreement command, LedgerState state) {
        TwinningRegistry registry = state.projection(TwinningRegistry.class);
        Problems problems = new Problems();
        Optional<TwinningAgreement> agreement = registry.agreement(command.agreementId());
        if (agreement.isEmpty()) {
            problems.add(TwinningErrorCode.TWINNING_UNKNOWN_AGREEMENT, "agreementId", command.agreementId());
        } else {
            TwinningAgreement terms = agreement.get();
            Optional<java.time.LocalDate> endedOn = registry.endedOn(terms.id());
            if (endedOn.isPresent()) {
                problems.add(TwinningErrorCode.TWINNING_AGREEMENT_ALREADY_ENDED, "agreementId", terms.id(), endedOn.get());
            } else {
                problems.check(command.lastDay().isBefore(terms.validFrom()), CoreErrorCode.PERIOD_INVERTED, "lastDay",
                        terms.validFrom(), command.lastDay());
                terms.validTo().ifPresent(plannedEnd -> problems.check(command.lastDay().isAfter(plannedEnd),
                        TwinningErrorCode.TWINNING_END_AFTER_PLANNED_END, "lastDay", command.lastDay(), plannedEnd));
            }
        }
        problems.throwIfAny();
        return List.of(EventDraft.of(command, AgreementEnded.builder()
                .agreementId(command.agreementId())
                .lastDay(command.lastDay())
                .reasonVi(command.reasonVi())
                .build()));
    }
}
