package org.ketnghia.core.duty.internal;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.duty.DutyErrorCode;
import org.ketnghia.core.duty.ReportRequest;
import org.ketnghia.core.duty.ReportRequestFacts;
import org.ketnghia.core.duty.ReportRequested;
import org.ketnghia.core.duty.ReportingDuties;
import org.ketnghia.core.duty.RequestReport;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;

/** Validates {@link RequestReport} and records {@link ReportRequested}. */
public final class RequestReportHandler implements CommandHandler<RequestReport> {

    @Override
    public Class<RequestReport> commandType() {
        return RequestReport.class;
    }

    @Override
    public Set<ActorRole> permittedRoles() {
        return EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE, ActorRole.DISTRICT_OFFICE);
    }

    @Override
    public List<EventDraft> handle(RequestReport command, LedgerState state) {
        ReportingDuties duties = state.projection(ReportingDuties.class);
        AdministrativeRegistry units = state.administrativeUnits();
        ReportRequest request = command.request();
        Problems problems = new Problems();
        problems.check(duties.programme(command.programmeId()).isEmpty(), DutyErrorCode.DUTY_PROGRAMME_UNKNOWN, "programmeId",
                command.programmeId());
        if (!problems.check(!DeclareReportingDutiesHandler.ID.matcher(request.requestId()).matches(), DutyErrorCode.DUTY_INVALID_ID,
                "request.requestId", request.requestId())) {
            problems.check(duties.request(request.requestId()).isPresent(), DutyErrorCode.DUTY_REQUEST_DUPLICATE, "request.requestId",
                    request.requestId());
        }
        problems.check(request.titleVi().isBlank(), CoreErrorCode.VALUE_BLANK, "request.titleVi");
        problems.check(request.periodTo().isBefore(request.periodFrom()), CoreErrorCode.PERIOD_INVERTED, "request.periodTo",
                request.periodFrom(), request.periodTo());
        problems.check(request.deadline().isBefore(command.occurredOn()), DutyErrorCode.DUTY_DEADLINE_BEFORE_REQUEST, "request.deadline",
                request.deadline(), command.occurredOn());
        problems.check(request.addresseeUnitCodes().isEmpty() && request.addresseeSponsorIds().isEmpty(), DutyErrorCode.DUTY_NO_ADDRESSEE,
                "request");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.addresseeUnitCodes().size(); i++) {
            String code = request.addresseeUnitCodes().get(i);
            String field = "request.addresseeUnitCodes[" + i + "]";
            if (problems.check(!seen.add(code), CoreErrorCode.VALUE_DUPLICATE, field, code)
                    || problems.check(units.unitAsOf(code, command.occurredOn()).isEmpty(), DutyErrorCode.DUTY_UNKNOWN_UNIT, field, code,
                            command.occurredOn())) {
                continue;
            }
            problems.check(!units.isWithin(code, command.unitCode(), command.occurredOn()), DutyErrorCode.DUTY_ADDRESSEE_OUTSIDE, field, code,
                    command.unitCode(), command.occurredOn());
        }
        for (int i = 0; i < request.addresseeSponsorIds().size(); i++) {
            String id = request.addresseeSponsorIds().get(i);
            String field = "request.addresseeSponsorIds[" + i + "]";
            if (!problems.check(!seen.add("sponsor:" + id), CoreErrorCode.VALUE_DUPLICATE, field, id)) {
                problems.check(!duties.isSponsorRegistered(id), DutyErrorCode.DUTY_UNKNOWN_SPONSOR, field, id);
            }
        }
        problems.throwIfAny();
        return List.of(EventDraft.of(command, ReportRequested.builder().from((ReportRequestFacts) command).build()));
    }
}
