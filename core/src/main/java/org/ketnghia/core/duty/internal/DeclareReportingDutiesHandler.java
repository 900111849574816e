package org.ketnghia.core.duty.internal;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ketnghia.core.duty.DeclareReportingDuties;
import org.ketnghia.core.duty.DutyErrorCode;
import org.ketnghia.core.duty.DutyKind;
import org.ketnghia.core.duty.ReportingCalendarFacts;
import org.ketnghia.core.duty.ReportingDuties;
import org.ketnghia.core.duty.ReportingDutiesDeclared;
import org.ketnghia.core.duty.ReportingDuty;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.programme.ProgrammeTerms;

/** Validates {@link DeclareReportingDuties} and records {@link ReportingDutiesDeclared}. */
public final class DeclareReportingDutiesHandler implements CommandHandler<DeclareReportingDuties> {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    private static final int MAX_DEADLINE_DAYS = 366;

    @Override
    public Class<DeclareReportingDuties> commandType() {
        return DeclareReportingDuties.class;
    }

    @Override
    public Set<ActorRole> permittedRoles() {
        return EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE);
    }

    @Override
    public List<EventDraft> handle(DeclareReportingDuties command, LedgerState state) {
        ReportingDuties duties = state.projection(ReportingDuties.class);
        Problems problems = new Problems();
        Optional<ProgrammeTerms> programme = duties.programme(command.programmeId());
        problems.check(programme.isEmpty(), DutyErrorCode.DUTY_PROGRAMME_UNKNOWN, "programmeId", command.programmeId());
        problems.check(command.duties().isEmpty(), DutyErrorCode.DUTY_NONE_DECLARED, "duties");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < command.duties().size(); i++) {
            ReportingDuty duty = command.duties().get(i);
            String field = "duties[" + i + "]";
            if (!problems.check(!ID.matcher(duty.dutyId()).matches(), DutyErrorCode.DUTY_INVALID_ID, field + ".dutyId", duty.dutyId())) {
                problems.check(!seen.add(duty.dutyId()) || duties.duty(command.programmeId(), duty.dutyId()).isPresent(),
                        DutyErrorCode.DUTY_ALREADY_DECLARED, field + ".dutyId", duty.dutyId(), command.programmeId());
            }
            problems.check(duty.titleVi().isBlank(), CoreErrorCode.VALUE_BLANK, field + ".titleVi");
            problems.check(Math.abs(duty.deadlineDaysAfterPeriodEnd()) > MAX_DEADLINE_DAYS, DutyErrorCode.DUTY_DEADLINE_OUT_OF_RANGE,
                    field + ".deadlineDaysAfterPeriodEnd", duty.deadlineDaysAfterPeriodEnd());
            if (duty.kind() == DutyKind.INTERIM_REVIEW) {
                int years = programme.map(ProgrammeTerms::years).orElse(Integer.MAX_VALUE);
                int after = duty.afterYears().orElse(0);
                problems.check(after < 1 || after >= years, DutyErrorCode.DUTY_REVIEW_YEARS_OUT_OF_RANGE, field + ".afterYears", after,
                        years - 1);
            } else {
                problems.check(duty.afterYears().isPresent(), DutyErrorCode.DUTY_YEARS_NOT_APPLICABLE, field + ".afterYears", duty.kind());
            }
        }
        problems.throwIfAny();
        return List.of(EventDraft.of(command, ReportingDutiesDeclared.builder().from((ReportingCalendarFacts) command).build()));
    }
}
