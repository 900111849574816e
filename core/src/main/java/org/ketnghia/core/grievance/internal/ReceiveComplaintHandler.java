package org.ketnghia.core.grievance.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.grievance.ComplaintFacts;
import org.ketnghia.core.grievance.ComplaintKind;
import org.ketnghia.core.grievance.ComplaintReceived;
import org.ketnghia.core.grievance.GrievanceErrorCode;
import org.ketnghia.core.grievance.GrievanceRegister;
import org.ketnghia.core.grievance.GrievanceRules;
import org.ketnghia.core.grievance.ListPosted;
import org.ketnghia.core.grievance.Posting;
import org.ketnghia.core.grievance.ReceiveComplaint;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.participant.Household;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.programme.ProgrammeScope;
import org.ketnghia.core.programme.ProgrammeTerms;

/**
 * Validates {@link ReceiveComplaint} and records {@link ComplaintReceived} with the deadlines of the rules in force;
 * the default roles record it (an official records what a person raised).
 */
public final class ReceiveComplaintHandler implements CommandHandler<ReceiveComplaint> {

    @Override
    public Class<ReceiveComplaint> commandType() {
        return ReceiveComplaint.class;
    }

    @Override
    public List<EventDraft> handle(ReceiveComplaint command, LedgerState state) {
        Problems problems = new Problems();
        GrievanceRegister register = state.projection(GrievanceRegister.class);
        LocalDate receivedOn = command.occurredOn();
        if (!problems.check(command.complaintId().isBlank(), CoreErrorCode.VALUE_BLANK, "complaintId")) {
            problems.check(register.complaint(command.complaintId()).isPresent(),
                    GrievanceErrorCode.GRIEVANCE_DUPLICATE_COMPLAINT, "complaintId", command.complaintId());
        }
        Optional<Posting> posting = register.posting(command.postingId());
        problems.check(posting.isEmpty(), GrievanceErrorCode.GRIEVANCE_UNKNOWN_POSTING, "postingId", command.postingId());
        posting.ifPresent(found -> {
            ListPosted posted = found.posted().event();
            problems.check(!found.isPostedOn(receivedOn), GrievanceErrorCode.GRIEVANCE_OUTSIDE_POSTING_PERIOD, "occurredOn",
                    receivedOn, posted.postedFrom(), posted.postedUntil());
            ComplaintSteps.checkUnit(problems, command, found.communeCode(), state.administrativeUnits());
            command.householdId().ifPresent(household -> checkHousehold(problems, state, household, found));
        });
        problems.check(command.kind() == ComplaintKind.COMPLAINT && command.complainant().isEmpty(),
                GrievanceErrorCode.GRIEVANCE_COMPLAINANT_REQUIRED, "complainant");
        command.complainant().ifPresent(person ->
                problems.check(person.fullName().isBlank(), CoreErrorCode.VALUE_BLANK, "complainant.fullName"));
        problems.check(command.summaryVi().isBlank(), CoreErrorCode.VALUE_BLANK, "summaryVi");
        problems.throwIfAny();

        String commune = posting.orElseThrow().communeCode();
        Optional<String> programmeId = state.programmeId().or(() -> ProgrammeScope.of(state)
                .flatMap(scope -> scope.programmeOfDistricts(commune, posting.get().posted().event().postedFrom()))
                .map(ProgrammeTerms::id));
        Optional<String> rulesProgramme = programmeId.filter(id -> register.rulesSet(id, receivedOn).isPresent());
        GrievanceRules rules = rulesProgramme.map(id -> register.rules(id, receivedOn)).orElse(GrievanceRules.DEFAULT);
        return List.of(EventDraft.of(command, ComplaintReceived.builder().from((ComplaintFacts) command)
                .rulesProgrammeId(rulesProgramme).answerDueOn(rules.answerDueOn(receivedOn))
                .closeDueOn(rules.closeDueOn(receivedOn)).build()));
    }

    private static void checkHousehold(Problems problems, LedgerState state, String householdId, Posting posting) {
        Optional<Household> household = state.hasProjection(ParticipantRegistry.class)
                ? state.projection(ParticipantRegistry.class).household(householdId) : Optional.empty();
        if (problems.check(household.isEmpty(), GrievanceErrorCode.GRIEVANCE_UNKNOWN_HOUSEHOLD, "householdId", householdId)) {
            return;
        }
        LocalDate postedFrom = posting.posted().event().postedFrom();
        problems.check(!state.administrativeUnits().isWithin(household.get().villageCode(), posting.communeCode(), postedFrom),
                GrievanceErrorCode.GRIEVANCE_HOUSEHOLD_OUTSIDE_COMMUNE, "householdId", householdId, posting.communeCode());
    }
}
