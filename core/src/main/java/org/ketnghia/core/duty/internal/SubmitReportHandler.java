package org.ketnghia.core.duty.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.duty.DutyErrorCode;
import org.ketnghia.core.duty.DutyPeriod;
import org.ketnghia.core.duty.Obligation;
import org.ketnghia.core.duty.ReportAct;
import org.ketnghia.core.duty.ReportContent;
import org.ketnghia.core.duty.ReportStatus;
import org.ketnghia.core.duty.ReportSubmitted;
import org.ketnghia.core.duty.ReportTrail;
import org.ketnghia.core.duty.Reporter;
import org.ketnghia.core.duty.ReportingChain;
import org.ketnghia.core.duty.ReportingDuties;
import org.ketnghia.core.duty.ReportingDuties.RequestedReport;
import org.ketnghia.core.duty.ReportingDuty;
import org.ketnghia.core.duty.SubmissionFacts;
import org.ketnghia.core.duty.SubmissionKind;
import org.ketnghia.core.duty.SubmitReport;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.programme.ProgrammeTerms;

/** Validates {@link SubmitReport} and records {@link ReportSubmitted}. */
public final class SubmitReportHandler implements CommandHandler<SubmitReport> {

    @Override
    public Class<SubmitReport> commandType() {
        return SubmitReport.class;
    }

    @Override
    public Set<ActorRole> permittedRoles() {
        return EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE, ActorRole.DISTRICT_OFFICE, ActorRole.COMMUNE_COMMITTEE,
                ActorRole.SPONSOR);
    }

    @Override
    public List<EventDraft> handle(SubmitReport command, LedgerState state) {
        ReportingDuties duties = state.projection(ReportingDuties.class);
        AdministrativeRegistry units = state.administrativeUnits();
        Problems problems = new Problems();
        if (!problems.check(!DeclareReportingDutiesHandler.ID.matcher(command.submissionId()).matches(), DutyErrorCode.DUTY_INVALID_ID,
                "submissionId", command.submissionId())) {
            problems.check(duties.trailOf(command.submissionId()).isPresent(), DutyErrorCode.DUTY_SUBMISSION_DUPLICATE, "submissionId",
                    command.submissionId());
        }
        Reporter reporter = command.sponsorId().map(Reporter::ofSponsor).orElseGet(() -> Reporter.unit(command.unitCode()));
        Optional<ProgrammeTerms> programme = duties.programme(command.programmeId());
        if (!problems.check(programme.isEmpty(), DutyErrorCode.DUTY_PROGRAMME_UNKNOWN, "programmeId", command.programmeId())) {
            checkRecipient(command, reporter, programme.get(), units, problems);
            subject(command, programme.get(), duties, units, problems)
                    .ifPresent(subject -> checkSubject(command, reporter, subject, duties, problems));
        }
        checkSubmitterRole(command, reporter, units, problems);
        problems.check(!ReportContent.isSha256(command.contentSha256()), DutyErrorCode.DUTY_INVALID_HASH, "contentSha256",
                command.contentSha256());
        problems.check(command.dispatchNumber().isBlank(), CoreErrorCode.VALUE_BLANK, "dispatchNumber");
        problems.check(command.dispatchDate().isAfter(command.occurredOn()), DutyErrorCode.DUTY_DISPATCH_AFTER_SUBMISSION, "dispatchDate",
                command.dispatchDate(), command.occurredOn());
        problems.throwIfAny();
        return List.of(EventDraft.of(command, ReportSubmitted.builder().from((SubmissionFacts) command).build()));
    }

    /** What a submission answers: the period, the kind asked for, who owes it. */
    private record Subject(DutyPeriod period, SubmissionKind kind, List<Reporter> owing) {
    }

    private static Optional<Subject> subject(SubmitReport command, ProgrammeTerms programme, ReportingDuties duties,
            AdministrativeRegistry units, Problems problems) {
        boolean answersDuty = command.dutyId().isPresent();
        if (problems.check(answersDuty == command.requestId().isPresent() || answersDuty != command.periodKey().isPresent(),
                DutyErrorCode.DUTY_SUBJECT_AMBIGUOUS, "dutyId")) {
            return Optional.empty();
        }
        if (answersDuty) {
            Optional<ReportingDuty> duty = duties.duty(command.programmeId(), command.dutyId().get());
            if (problems.check(duty.isEmpty(), DutyErrorCode.DUTY_UNKNOWN_DUTY, "dutyId", command.dutyId().get(), command.programmeId())) {
                return Optional.empty();
            }
            Optional<DutyPeriod> period = duty.get().period(programme, command.periodKey().get());
            if (problems.check(period.isEmpty(), DutyErrorCode.DUTY_UNKNOWN_PERIOD, "periodKey", command.dutyId().get(),
                    command.periodKey().get())) {
                return Optional.empty();
            }
            return Optional.of(new Subject(period.get(), duty.get().submissionKind(),
                    duties.reportersOwing(programme, duty.get(), period.get(), units)));
        }
        Optional<RequestedReport> request = duties.request(command.requestId().get())
                .filter(requested -> requested.programmeId().equals(command.programmeId()));
        if (problems.check(request.isEmpty(), DutyErrorCode.DUTY_UNKNOWN_REQUEST, "requestId", command.requestId().get(),
                command.programmeId())) {
            return Optional.empty();
        }
        return Optional.of(new Subject(request.get().request().period(), request.get().request().submissionKind(),
                request.get().addressees()));
    }

    private static void checkSubject(SubmitReport command, Reporter reporter, Subject subject, ReportingDuties duties, Problems problems) {
        problems.check(command.submissionKind() != subject.kind(), DutyErrorCode.DUTY_WRONG_KIND, "submissionKind", subject.kind().label().vi(),
                command.submissionKind().label().vi());
        problems.check(!subject.owing().contains(reporter), DutyErrorCode.DUTY_NOT_OWED, reporter.sponsor() ? "sponsorId" : "unitCode",
                reporter.code(), subject.period().key(), subject.owing().stream().map(Reporter::code).collect(Collectors.joining(", ")));
        problems.check(command.occurredOn().isBefore(subject.period().from()), DutyErrorCode.DUTY_PERIOD_NOT_STARTED, "occurredOn",
                subject.period().from(), command.occurredOn());
        Obligation obligation = new Obligation(command.programmeId(), command.dutyId(), command.requestId(), subject.period(), subject.kind(),
                reporter);
        Optional<ReportTrail> trail = duties.trail(obligation);
        if (trail.isEmpty()) {
            return;
        }
        ReportStatus status = trail.get().status();
        Optional<ReportAct> latest = trail.get().latestSubmission();
        String latestId = latest.map(ReportAct::submissionId).orElse("");
        problems.check(status == ReportStatus.SUBMITTED, DutyErrorCode.DUTY_DECISION_PENDING, "periodKey", latestId);
        problems.check(status == ReportStatus.APPROVED, DutyErrorCode.DUTY_PERIOD_LOCKED, "periodKey", latestId);
        problems.check((status == ReportStatus.RETURNED || status == ReportStatus.REOPENED)
                && latest.flatMap(ReportAct::contentSha256).equals(Optional.of(command.contentSha256())),
                DutyErrorCode.DUTY_CONTENT_UNCHANGED, "contentSha256", latestId);
        trail.get().lastAct().ifPresent(last -> problems.check(command.occurredOn().isBefore(last.date()),
                DutyErrorCode.DUTY_DATE_BEFORE_LAST_ACT, "occurredOn", command.occurredOn(), last.date()));
    }

    /** A sponsor's report is addressed to the province it reports to; a unit's is recorded at the unit itself. */
    private static void checkRecipient(SubmitReport command, Reporter reporter, ProgrammeTerms programme, AdministrativeRegistry units,
            Problems problems) {
        if (!reporter.sponsor()) {
            return;
        }
        Optional<AdministrativeUnit> recipient = ReportingChain.approverOf(reporter, programme.provinceCode(), command.occurredOn(), units);
        if (!problems.check(recipient.isEmpty(), DutyErrorCode.DUTY_NO_LEVEL_ABOVE, "unitCode", reporter.code(), command.occurredOn())) {
            problems.check(!recipient.get().code().equals(command.unitCode()), DutyErrorCode.DUTY_WRONG_RECIPIENT, "unitCode",
                    recipient.get().code(), command.unitCode());
        }
    }

    /** Each level reports for itself: the commune committee for its commune, a sponsor for its own part, and so on. */
    private static void checkSubmitterRole(SubmitReport command, Reporter reporter, AdministrativeRegistry units, Problems problems) {
        ActorRole role = command.actor().role();
        if (reporter.sponsor()) {
            problems.check(role != ActorRole.SYSTEM && role != ActorRole.SPONSOR, DutyErrorCode.DUTY_ROLE_NOT_OF_LEVEL, "actor.role", role,
                    "sponsor", reporter.code());
            return;
        }
        Optional<AdministrativeUnit> unit = units.unitAsOf(command.unitCode(), command.occurredOn());
        if (!problems.check(unit.isEmpty(), DutyErrorCode.DUTY_UNKNOWN_UNIT, "unitCode", command.unitCode(), command.occurredOn())) {
            problems.check(role != ActorRole.SYSTEM && !ReportingChain.roleOf(unit.get()).equals(Optional.of(role)),
                    DutyErrorCode.DUTY_ROLE_NOT_OF_LEVEL, "actor.role", role, unit.get().levelId(), unit.get().code());
        }
    }
}
