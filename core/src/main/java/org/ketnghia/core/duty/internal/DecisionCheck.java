package org.ketnghia.core.duty.internal;

import java.util.Optional;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.duty.DutyErrorCode;
import org.ketnghia.core.duty.ReportAct;
import org.ketnghia.core.duty.ReportStatus;
import org.ketnghia.core.duty.ReportTrail;
import org.ketnghia.core.duty.ReportingChain;
import org.ketnghia.core.duty.ReportingDuties;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.programme.ProgrammeTerms;

/** The checks every decision on a submission shares: the submission, its status, the deciding level, the date. */
final class DecisionCheck {

    private DecisionCheck() {
    }

    /**
     * Adds every problem of a decision on {@code submissionId} by {@code command}'s unit and actor.
     *
     * @param expected the status the report must be in ({@link ReportStatus#SUBMITTED} to approve or return,
     *     {@link ReportStatus#APPROVED} to reopen)
     */
    static void check(Command command, String submissionId, ReportStatus expected, ReportingDuties duties, AdministrativeRegistry units,
            Problems problems) {
        Optional<ReportTrail> found = duties.trailOf(submissionId);
        if (problems.check(found.isEmpty(), DutyErrorCode.DUTY_UNKNOWN_SUBMISSION, "submissionId", submissionId)) {
            return;
        }
        ReportTrail trail = found.get();
        String latest = trail.latestSubmission().map(ReportAct::submissionId).orElse(submissionId);
        if (!problems.check(!latest.equals(submissionId), DutyErrorCode.DUTY_SUPERSEDED, "submissionId", submissionId, latest)) {
            checkStatus(trail.status(), expected, submissionId, problems);
        }
        Optional<String> province = duties.programme(trail.programmeId()).map(ProgrammeTerms::provinceCode);
        Optional<AdministrativeUnit> approver = province.flatMap(
                code -> ReportingChain.approverOf(trail.reporter(), code, command.occurredOn(), units));
        if (!problems.check(approver.isEmpty(), DutyErrorCode.DUTY_NO_LEVEL_ABOVE, "unitCode", trail.reporter().code(),
                command.occurredOn())) {
            AdministrativeUnit level = approver.get();
            problems.check(!level.code().equals(command.unitCode()), DutyErrorCode.DUTY_WRONG_LEVEL, "unitCode", trail.reporter().code(),
                    command.occurredOn(), level.code(), command.unitCode());
            ActorRole role = command.actor().role();
            problems.check(role != ActorRole.SYSTEM && !ReportingChain.roleOf(level).equals(Optional.of(role)),
                    DutyErrorCode.DUTY_ROLE_NOT_OF_LEVEL, "actor.role", role, level.levelId(), level.code());
        }
        problems.check(command.actor().role() != ActorRole.SYSTEM
                && duties.submitterOf(submissionId).equals(Optional.of(command.actor().id())), DutyErrorCode.DUTY_SELF_APPROVAL, "actor.id",
                command.actor().id());
        trail.lastAct().ifPresent(last -> problems.check(command.occurredOn().isBefore(last.date()), DutyErrorCode.DUTY_DATE_BEFORE_LAST_ACT,
                "occurredOn", command.occurredOn(), last.date()));
    }

    private static void checkStatus(ReportStatus status, ReportStatus expected, String submissionId, Problems problems) {
        if (status == expected) {
            return;
        }
        if (expected == ReportStatus.APPROVED) {
            problems.add(DutyErrorCode.DUTY_NOT_APPROVED, "submissionId", submissionId);
        } else if (status == ReportStatus.APPROVED) {
            problems.add(DutyErrorCode.DUTY_ALREADY_APPROVED, "submissionId", submissionId);
        } else if (status == ReportStatus.RETURNED) {
            problems.add(DutyErrorCode.DUTY_ALREADY_RETURNED, "submissionId", submissionId);
        } else {
            problems.add(DutyErrorCode.DUTY_NOT_PENDING, "submissionId", submissionId, status);
        }
    }
}
