package org.ketnghia.core.twinning.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.twinning.AgreementModelsAmended;
import org.ketnghia.core.twinning.AmendAgreementModels;
import org.ketnghia.core.twinning.TwinningAgreement;
import org.ketnghia.core.twinning.TwinningErrorCode;
import org.ketnghia.core.twinning.TwinningRegistry;

/** Validates {@link AmendAgreementModels} and records {@link AgreementModelsAmended}. */
public final class AmendAgreementModelsHandler implements CommandHandler<AmendAgreementModels> {

    @Override
    public Class<AmendAgreementModels> commandType() {
        return AmendAgreementModels.class;
    }

    @Override
    public List<EventDraft> handle(AmendAgreementModels command, LedgerState state) {
        TwinningRegistry registry = state.projection(TwinningRegistry.class);
        LocalDate effectiveFrom = command.effectiveFrom().orElse(command.occurredOn());
        Problems problems = new Problems();
        Optional<TwinningAgreement> agreement = registry.agreement(command.agreementId());
        if (agreement.isEmpty()) {
            problems.add(TwinningErrorCode.TWINNING_UNKNOWN_AGREEMENT, "agreementId", command.agreementId());
        } else {
            TwinningAgreement terms = agreement.get();
            if (!terms.inForceOn(effectiveFrom)) {
                problems.add(TwinningErrorCode.TWINNING_AMENDMENT_OUTSIDE_PERIOD, "effectiveFrom", effectiveFrom,
                        terms.period());
            } else {
                LocalDate latest = registry.latestModelChoiceDate(terms.id()).orElse(terms.validFrom());
                problems.check(effectiveFrom.isBefore(latest), TwinningErrorCode.TWINNING_AMENDMENT_OUT_OF_ORDER,
                        "effectiveFrom", effectiveFrom, latest);
            }
        }
        TermsValidation.checkModels("modelIds", command.modelIds(), problems);
        TermsValidation.checkCommitments("commitments", command.commitments(), command.modelIds(), problems);
        problems.throwIfAny();
        return List.of(EventDraft.of(command, AgreementModelsAmended.builder()
                .agreementId(command.agreementId())
                .effectiveFrom(effectiveFrom)
                .modelIds(command.modelIds())
                .commitments(command.commitments())
                .build()));
    }
}
