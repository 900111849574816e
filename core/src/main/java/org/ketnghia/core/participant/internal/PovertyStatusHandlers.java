package org.ketnghia.core.participant.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.participant.CorrectPovertyStatus;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.participant.ParticipantRegistryErrorCode;
import org.ketnghia.core.participant.PovertyStatusCorrected;
import org.ketnghia.core.participant.PovertyStatusRecorded;
import org.ketnghia.core.participant.RecordPovertyStatus;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.participant.poverty.PovertyClassification;

/** The handlers of {@link RecordPovertyStatus} and {@link CorrectPovertyStatus}. */
public final class PovertyStatusHandlers {

    /** The earliest year a status may be recorded for. */
    static final int MIN_YEAR = 2000;

    private PovertyStatusHandlers() {
    }

    /**
     * Checks what both commands share and returns the category to record (empty when a problem
     * prevents it).
     */
    static Optional<PovertyCategory> checkCommon(Problems problems, LedgerState state, String unitCode,
            LocalDate occurredOn, String householdId, int year, Optional<PovertyCategory> category,
            Optional<PovertyClassification> classification, String basis) {
        ParticipantChecks.household(problems, state.projection(ParticipantRegistry.class), state.administrativeUnits(),
                householdId, unitCode, occurredOn, "householdId");
        int maxYear = occurredOn.getYear() + 1;
        if (year < MIN_YEAR || year > maxYear) { // the arguments are boxed only for the problem
            problems.add(ParticipantRegistryErrorCode.PARTICIPANT_STATUS_YEAR_OUT_OF_RANGE, "year", year, MIN_YEAR, maxYear);
        }
        ParticipantChecks.blank(problems, basis, "basis");
        if (category.isEmpty() && classification.isEmpty()) {
            problems.add(ParticipantRegistryErrorCode.PARTICIPANT_STATUS_CATEGORY_MISSING, "category");
            return Optional.empty();
        }
        if (category.isPresent() && classification.isPresent() && category.get() != classification.get().category()) {
            problems.add(ParticipantRegistryErrorCode.PARTICIPANT_CATEGORY_CONTRADICTS_CLASSIFICATION, "category",
                    category.get(), classification.get().category());
            return Optional.empty();
        }
        return Optional.of(category.orElseGet(() -> classification.get().category()));
    }

    /**
     * Handles {@link RecordPovertyStatus}: one status per household and year, recorded within the review window when
     * one is in force ({@link PovertyReviewHandlers#checkWindow}); a correction is allowed at any time.
     */
    static final class Record implements CommandHandler<RecordPovertyStatus> {

        @Override
        public Class<RecordPovertyStatus> commandType() {
            return RecordPovertyStatus.class;
        }

        @Override
        public List<EventDraft> handle(RecordPovertyStatus command, LedgerState state) {
            Problems problems = new Problems();
            Optional<PovertyCategory> category = checkCommon(problems, state, command.unitCode(), command.occurredOn(),
                    command.householdId(), command.year(), command.category(), command.classification(),
                    command.basis());
            state.projection(ParticipantRegistry.class).povertyStatus(command.householdId(), command.year())
                    .ifPresent(existing -> problems.add(ParticipantRegistryErrorCode.PARTICIPANT_STATUS_ALREADY_RECORDED,
                            "year", command.householdId(), command.year(), existing.category()));
            PovertyReviewHandlers.checkWindow(problems, state, command);
            problems.throwIfAny();
            return List.of(EventDraft.of(command, PovertyStatusRecorded.builder()
                    .householdId(command.householdId()).year(command.year()).category(category.orElseThrow())
                    .classification(command.classification()).basis(command.basis()).build()));
        }
    }

    /** Handles {@link CorrectPovertyStatus}: supersedes the year's status. */
    static final class Correct implements CommandHandler<CorrectPovertyStatus> {

        @Override
        public Class<CorrectPovertyStatus> commandType() {
            return CorrectPovertyStatus.class;
        }

        @Override
        public List<EventDraft> handle(CorrectPovertyStatus command, LedgerState state) {
            Problems problems = new Problems();
            Optional<PovertyCategory> category = checkCommon(problems, state, command.unitCode(), command.occurredOn(),
                    command.householdId(), command.year(), command.category(), command.classification(),
                    command.basis());
            ParticipantChecks.blank(problems, command.reason(), "reason");
            ParticipantRegistry registry = state.projection(ParticipantRegistry.class);
            problems.check(registry.hasHousehold(command.householdId())
                            && registry.povertyStatus(command.householdId(), command.year()).isEmpty(),
                    ParticipantRegistryErrorCode.PARTICIPANT_NO_STATUS_TO_CORRECT, "year", command.householdId(),
                    command.year());
            problems.throwIfAny();
            return List.of(EventDraft.of(command, PovertyStatusCorrected.builder()
                    .householdId(command.householdId()).year(command.year()).category(category.orElseThrow())
                    .classification(command.classification()).basis(command.basis()).reason(command.reason())
                    .build()));
        }
    }
}
