package org.ketnghia.core.twinning.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.twinning.AgreementSigned;
import org.ketnghia.core.twinning.SignAgreement;
import org.ketnghia.core.twinning.TwinningAgreement;
import org.ketnghia.core.twinning.TwinningErrorCode;
import org.ketnghia.core.twinning.TwinningRegistry;

/** Validates {@link SignAgreement} and records {@link AgreementSigned}. */
public final class SignAgreementHandler implements CommandHandler<SignAgreement> {

    @Override
    public Class<SignAgreement> commandType() {
        return SignAgreement.class;
    }

    @Override
    public List<EventDraft> handle(SignAgreement command, LedgerState state) {
        TwinningAgreement agreement = command.agreement();
        TwinningRegistry registry = state.projection(TwinningRegistry.class);
        Problems problems = new Problems();
        if (!problems.check(agreement.id().isBlank(), CoreErrorCode.VALUE_BLANK, "agreement.id")) {
            problems.check(registry.agreement(agreement.id()).isPresent(),
                    TwinningErrorCode.TWINNING_DUPLICATE_AGREEMENT, "agreement.id", agreement.id());
        }
        checkSponsors(agreement.sponsorIds(), registry, problems);
        checkRecipient(agreement, state, problems);
        checkNoOverlap(agreement, state.programmeId(), registry, problems);
        agreement.validTo().ifPresent(validTo -> problems.check(validTo.isBefore(agreement.validFrom()),
                CoreErrorCode.PERIOD_INVERTED, "agreement.validTo", agreement.validFrom(), validTo));
        TermsValidation.checkModels("agreement.modelIds", agreement.modelIds(), problems);
        TermsValidation.checkCommitments("agreement.commitments", agreement.commitments(), agreement.modelIds(), problems);
        problems.throwIfAny();
        return List.of(EventDraft.of(command, AgreementSigned.of(agreement)));
    }

    private static void checkSponsors(List<String> sponsorIds, TwinningRegistry registry, Problems problems) {
        problems.check(sponsorIds.isEmpty(), TwinningErrorCode.TWINNING_NO_SPONSOR, "agreement.sponsorIds");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < sponsorIds.size(); i++) {
            String sponsorId = sponsorIds.get(i);
            String field = "agreement.sponsorIds[" + i + "]";
            if (registry.sponsor(sponsorId).isEmpty()) {
                problems.add(TwinningErrorCode.TWINNING_UNKNOWN_SPONSOR, field, sponsorId);
            } else if (!seen.add(sponsorId)) {
                problems.add(CoreErrorCode.VALUE_DUPLICATE, field, sponsorId);
            }
        }
    }

    /**
     * A sponsor has at most one agreement with a recipient at a time within a programme: a second one whose period
     * overlaps an agreement of the same programme already recorded (up to its last day if it was ended early) is
     * refused, naming that agreement; its models are changed by an amendment instead. A follow-up programme sharing the
     * ledger signs its own. An agreement recorded for no programme (before programmes were named, or by a host of one
     * programme) counts for every programme, as its events do. Agreements recorded before this rule keep replaying as
     * they were.
     */
    private static void checkNoOverlap(TwinningAgreement agreement, Optional<String> programmeId,
            TwinningRegistry registry, Problems problems) {
        LocalDate from = agreement.validFrom();
        LocalDate to = agreement.validTo().orElse(LocalDate.MAX);
        for (int i = 0; i < agreement.sponsorIds().size(); i++) {
            String sponsorId = agreement.sponsorIds().get(i);
            for (TwinningAgreement existing : registry.agreements()) {
                if (!existing.recipientUnitCode().equals(agreement.recipientUnitCode())
                        || !existing.sponsorIds().contains(sponsorId) || existing.id().equals(agreement.id())
                        || ofOtherProgramme(registry.programmeOf(existing.id()), programmeId)) {
                    continue;
                }
                LocalDate existingTo = registry.endedOn(existing.id()).or(existing::validTo).orElse(LocalDate.MAX);
                if (!from.isAfter(existingTo) && !existing.validFrom().isAfter(to)) {
                    problems.add(TwinningErrorCode.TWINNING_OVERLAPPING_AGREEMENT, "agreement.sponsorIds[" + i + "]",
                            sponsorId, existing.id(), existing.recipientUnitCode(),
                            describe(existing.validFrom(), existingTo));
                }
            }
        }
    }

    /** Both recorded for a programme, and not the same one (an agreement recorded for none counts for all). */
    private static boolean ofOtherProgramme(Optional<String> existing, Optional<String> signing) {
        return existing.isPresent() && signing.isPresent() && !existing.equals(signing);
    }

    private static String describe(LocalDate from, LocalDate to) {
        return from + (to.equals(LocalDate.MAX) ? " –" : " – " + to);
    }

    private static void checkRecipient(TwinningAgreement agreement, LedgerState state, Problems problems) {
        String field = "agreement.recipientUnitCode";
        Optional<AdministrativeUnit> recipient =
                state.administrativeUnits().unitAsOf(agreement.recipientUnitCode(), agreement.validFrom());
        if (recipient.isEmpty()) {
            problems.add(TwinningErrorCode.TWINNING_RECIPIENT_NOT_FOUND, field, agreement.recipientUnitCode(),
                    agreement.validFrom());
            return;
        }
        String level = recipient.get().levelId();
        problems.check(!AdminLevel.COMMUNE.equals(level) && !AdminLevel.DISTRICT.equals(level),
                TwinningErrorCode.TWINNING_RECIPIENT_LEVEL, field, agreement.recipientUnitCode(), level);
    }
}
