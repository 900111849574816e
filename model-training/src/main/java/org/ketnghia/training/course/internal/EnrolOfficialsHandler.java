package org.ketnghia.training.course.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.programme.ProgrammeScope;
import org.ketnghia.training.catalogue.OfficialLevel;
import org.ketnghia.training.catalogue.TrainingErrorCode;
import org.ketnghia.training.course.EnrolOfficials;
import org.ketnghia.training.course.OfficialEnrolled;
import org.ketnghia.training.course.OfficialRoster;
import org.ketnghia.training.course.Posting;
import org.ketnghia.training.course.TrainingClass;
import org.ketnghia.training.course.TrainingRecords;

/** Handles {@link EnrolOfficials}. */
final class EnrolOfficialsHandler implements CommandHandler<EnrolOfficials> {
    @Override
    public Class<EnrolOfficials> commandType() {
        return EnrolOfficials.class;
    }

    @Override
    public List<EventDraft> handle(EnrolOfficials command, LedgerState state) {
        Problems problems = new Problems();
        TrainingClass trainingClass = TrainingHandlers.requireClass(state, command.classId(), command, problems);
        TrainingRecords records = state.projection(TrainingRecords.class);
        OfficialRoster roster = state.projection(OfficialRoster.class);
        LocalDate date = command.occurredOn();
        Optional<ProgrammeScope> scope = ProgrammeScope.of(state);
        problems.check(command.personIds().isEmpty(), CoreErrorCode.VALUE_REQUIRED, "personIds");
        Set<String> batch = new LinkedHashSet<>();
        for (int i = 0; i < command.personIds().size(); i++) {
            String personId = command.personIds().get(i);
            String field = "personIds[" + i + "]";
            if (!batch.add(personId)) {
                problems.add(CoreErrorCode.VALUE_DUPLICATE, field, personId);
                continue;
            }
            if (!roster.isOfficial(personId) || roster.postingAsOf(personId, date).isEmpty()) {
                problems.add(TrainingErrorCode.TRAINING_NOT_AN_OFFICIAL, field, personId);
                continue;
            }
            Optional<LocalDate> departed = roster.departedOn(personId);
            if (departed.isPresent() && !date.isBefore(departed.get())) {
                problems.add(TrainingErrorCode.TRAINING_OFFICIAL_DEPARTED, field, personId, departed.get());
                continue;
            }
            if (records.isEnrolled(trainingClass.id(), personId)) {
                problems.add(TrainingErrorCode.TRAINING_ALREADY_ENROLLED, field, personId, trainingClass.id());
                continue;
            }
            scope.ifPresent(programme -> checkInDistricts(programme, roster, personId, date, state, field, problems));
            Optional<OfficialLevel> level = roster.levelAsOf(personId, date, state.administrativeUnits());
            boolean exception = trainingClass.levelExceptionReason().isPresent();
            problems.check(!exception && !level.equals(Optional.of(trainingClass.targetLevel())),
                    TrainingErrorCode.TRAINING_LEVEL_MISMATCH, field, personId,
                    level.map(OfficialLevel::adminLevelId).orElse("?"), trainingClass.id(),
                    trainingClass.targetLevel().adminLevelId());
            for (TrainingClass other : records.classesOf(personId)) {
                problems.check(other.overlaps(trainingClass), TrainingErrorCode.TRAINING_OVERLAPPING_CLASS, field,
                        personId, other.id(), other.firstDay(), other.lastDay(), trainingClass.id());
            }
        }
        int already = records.enrolled(trainingClass.id()).size();
        problems.check(already + batch.size() > trainingClass.capacity(), TrainingErrorCode.TRAINING_CAPACITY_EXCEEDED,
                "personIds", trainingClass.id(), trainingClass.capacity(), already, batch.size());
        problems.throwIfAny();
        List<EventDraft> drafts = new ArrayList<>();
        for (String personId : batch) {
            drafts.add(EventDraft.of(command, OfficialEnrolled.builder().classId(trainingClass.id())
                    .personId(personId).build()));
        }
        return drafts;
    }

    /**
     * The official works, on {@code date}, for a unit (district, commune or village) of the programme's districts
     * or of the communes that carry them on; an official of an abolished district not yet reassigned is judged by
     * the unit of their post on its first day.
     */
    private static void checkInDistricts(ProgrammeScope scope, OfficialRoster roster, String personId, LocalDate date,
            LedgerState state, String field, Problems problems) {
        Optional<String> unit = roster.workUnitAsOf(personId, date, state.administrativeUnits()).map(AdministrativeUnit::code);
        if (unit.isPresent()) {
            scope.checkDistricts(problems, field, unit.get(), date);
        } else {
            Posting posting = roster.postingAsOf(personId, date).orElseThrow();
            scope.checkDistricts(problems, field, posting.workUnitCode(), posting.from());
        }
    }
}
