package org.ketnghia.core.duty;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.programme.ProgrammeRegistry;
import org.ketnghia.core.programme.ProgrammeTerms;
import org.ketnghia.core.twinning.Sponsor;
import org.ketnghia.core.twinning.TwinningCoverage;
import org.ketnghia.core.twinning.TwinningRegistry;

/**
 * The reporting-duty projection (<i>theo dõi chế độ báo cáo</i>): the duties declared per programme, the
 * ad-hoc requests, the history of every report owed, and the queries officials ask of them — the status of
 * each duty per unit and period ({@link #statuses}) and the late and missing submissions ({@link
 * #lateAndMissing}) as of a date. Who owes a report follows from the programme (its pilot communes and
 * districts, and the communes and province that carry them on after the 2025 reorganisation) and from the
 * twinning agreements in force on the deadline; it folds the programme and twinning events itself, so that
 * each query needs only the administrative units.
 *
 * <p>Read it with {@code ledger.read(ReportingDuties.class, duties -> …)}. Every query returns immutable
 * values. Not thread-safe by itself: the ledger guards it with its lock.
 */
public final class ReportingDuties implements Projection {

    private final ProgrammeRegistry programmes = new ProgrammeRegistry();
    private final TwinningRegistry twinning = new TwinningRegistry();
    private final Map<String, Map<String, ReportingDuty>> dutiesByProgramme = new LinkedHashMap<>();
    private final Map<String, RequestedReport> requests = new LinkedHashMap<>();
    private final Map<String, ReportTrail> trails = new LinkedHashMap<>();
    private final Map<String, ReportTrail> trailBySubmission = new LinkedHashMap<>();
    private final Map<String, String> submitterBySubmission = new LinkedHashMap<>();

    /** Creates an empty projection; the ledger folds its events into it. */
    public ReportingDuties() {
    }

    @Override
    public void apply(EventEnvelope event) {
        programmes.apply(event);
        twinning.apply(event);
        if (event.payload() instanceof ReportingDutiesDeclared declared) {
            Map<String, ReportingDuty> duties = dutiesByProgramme.computeIfAbsent(declared.programmeId(), id -> new LinkedHashMap<>());
            declared.duties().forEach(duty -> duties.putIfAbsent(duty.dutyId(), duty));
        } else if (event.payload() instanceof ReportRequested requested) {
            requests.putIfAbsent(requested.request().requestId(),
                    new RequestedReport(requested.programmeId(), requested.request(), event.unitCode(), event.occurredOn()));
        } else if (event.payload() instanceof ReportSubmitted submitted) {
            Reporter reporter = submitted.sponsorId().map(Reporter::ofSponsor).orElseGet(() -> Reporter.unit(event.unitCode()));
            String periodKey = submitted.periodKey().orElse(ReportRequest.PERIOD);
            String key = Obligation.key(submitted.programmeId(), submitted.dutyId(), submitted.requestId(), periodKey, reporter);
            ReportTrail trail = trails.computeIfAbsent(key,
                    k -> new ReportTrail(submitted.programmeId(), submitted.dutyId(), submitted.requestId(), periodKey, reporter));
            trail.add(new ReportAct(ReportStatus.SUBMITTED, submitted.submissionId(), event.occurredOn(), event.actor().id(),
                    event.unitCode(), Optional.of(submitted.contentSha256()), Optional.of(submitted.dispatchNumber()), Optional.empty()));
            trailBySubmission.put(submitted.submissionId(), trail);
            submitterBySubmission.put(submitted.submissionId(), event.actor().id());
        } else if (event.payload() instanceof ReportApproved approved) {
            decide(event, approved, ReportStatus.APPROVED, Optional.empty());
        } else if (event.payload() instanceof ReportReturned returned) {
            decide(event, returned, ReportStatus.RETURNED, Optional.of(returned.reasonVi()));
        } else if (event.payload() instanceof ReportReopened reopened) {
            decide(event, reopened, ReportStatus.REOPENED, Optional.of(reopened.reasonVi()));
        }
    }

    private void decide(EventEnvelope event, DecisionFacts decision, ReportStatus status, Optional<String> reason) {
        ReportTrail trail = trailBySubmission.get(decision.submissionId());
        if (trail != null) {
            trail.add(new ReportAct(status, decision.submissionId(), event.occurredOn(), event.actor().id(), event.unitCode(),
                    Optional.empty(), Optional.empty(), reason));
        }
    }

    // ---------------------------------------------------------------- what was declared

    /** The programme with the given id, as declared in the ledger. */
    public Optional<ProgrammeTerms> programme(String programmeId) {
        return programmes.programme(requireNonNull(programmeId, "programmeId"));
    }

    /** The duties declared for the programme, in the order declared. */
    public List<ReportingDuty> duties(String programmeId) {
        return List.copyOf(dutiesByProgramme.getOrDefault(requireNonNull(programmeId, "programmeId"), Map.of()).values());
    }

    /** The duty with the given id of the programme, if declared. */
    public Optional<ReportingDuty> duty(String programmeId, String dutyId) {
        requireNonNull(dutyId, "dutyId");
        return Optional.ofNullable(dutiesByProgramme.getOrDefault(requireNonNull(programmeId, "programmeId"), Map.of()).get(dutyId));
    }

    /** The ad-hoc request with the given id, if recorded. */
    public Optional<RequestedReport> request(String requestId) {
        return Optional.ofNullable(requests.get(requireNonNull(requestId, "requestId")));
    }

    /** Whether a sponsor with this id is registered. */
    public boolean isSponsorRegistered(String sponsorId) {
        return twinning.sponsor(requireNonNull(sponsorId, "sponsorId")).isPresent();
    }

    // ---------------------------------------------------------------- what was submitted

    /** The history of the report owed to which the submission belongs. */
    public Optional<ReportTrail> trailOf(String submissionId) {
        return Optional.ofNullable(trailBySubmission.get(requireNonNull(submissionId, "submissionId")));
    }

    /** The id of the actor who recorded the submission. */
    public Optional<String> submitterOf(String submissionId) {
        return Optional.ofNullable(submitterBySubmission.get(requireNonNull(submissionId, "submissionId")));
    }

    /** The history of the report owed, if anything was submitted for it. */
    public Optional<ReportTrail> trail(Obligation obligation) {
        return Optional.ofNullable(trails.get(requireNonNull(obligation, "obligation").key()));
    }

    // ---------------------------------------------------------------- who owes what

    /**
     * Who owes the duty's report for {@code period}, as the units and agreements stand on its deadline: the
     * communes that carry the programme's pilot communes on, the programme's districts still in existence, the
     * unit that carries the province on, or the sponsors whose agreements in force cover one of those communes.
     */
    public List<Reporter> reportersOwing(ProgrammeTerms programme, ReportingDuty duty, DutyPeriod period, AdministrativeRegistry units) {
        requireNonNull(programme, "programme");
        requireNonNull(duty, "duty");
        requireNonNull(units, "units");
        LocalDate on = requireNonNull(period, "period").deadline();
        Set<Reporter> reporters = new LinkedHashSet<>();
        switch (duty.tier()) {
            case COMMUNE -> pilotCommunes(programme, on, units).forEach(code -> reporters.add(Reporter.unit(code)));
            case DISTRICT -> programme.districtCodes().stream().filter(code -> units.unitAsOf(code, on).isPresent())
                    .forEach(code -> reporters.add(Reporter.unit(code)));
            case PROVINCE -> units.unitInForce(programme.provinceCode(), on).ifPresent(unit -> reporters.add(Reporter.unit(unit.code())));
            case SPONSOR -> {
                Set<String> sponsorIds = new TreeSet<>();
                for (String commune : pilotCommunes(programme, on, units)) {
                    twinning.sponsorsOf(commune, on, units).stream().map(Sponsor::id).forEach(sponsorIds::add);
                }
                sponsorIds.forEach(id -> reporters.add(Reporter.ofSponsor(id)));
            }
            default -> throw new IllegalStateException("unknown tier " + duty.tier());
        }
        return List.copyOf(reporters);
    }

    /**
     * Every report owed under the programme whose period has begun by {@code asOf} (duties) or that was
     * requested by then (requests), ordered by deadline, then by reporter.
     */
    public List<Obligation> obligations(String programmeId, LocalDate asOf, AdministrativeRegistry units) {
        requireNonNull(asOf, "asOf");
        requireNonNull(units, "units");
        List<Obligation> result = new ArrayList<>();
        programme(programmeId).ifPresent(programme -> {
            for (ReportingDuty duty : duties(programmeId)) {
                for (DutyPeriod period : duty.periods(programme)) {
                    if (period.from().isAfter(asOf)) {
                        continue;
                    }
                    for (Reporter reporter : reportersOwing(programme, duty, period, units)) {
                        result.add(new Obligation(programmeId, Optional.of(duty.dutyId()), Optional.empty(), period, duty.submissionKind(),
                                reporter));
                    }
                }
            }
        });
        for (RequestedReport requested : requests.values()) {
            if (!requested.programmeId().equals(programmeId) || requested.requestedOn().isAfter(asOf)) {
                continue;
            }
            for (Reporter reporter : requested.addressees()) {
                result.add(new Obligation(programmeId, Optional.empty(), Optional.of(requested.request().requestId()),
                        requested.request().period(), requested.request().submissionKind(), reporter));
            }
        }
        result.sort(Comparator.comparing((Obligation o) -> o.period().deadline()).thenComparing(o -> o.reporter().key()));
        return List.copyOf(result);
    }

    /** The status on {@code asOf} of every report owed by then ({@link #obligations}), in the same order. */
    public List<DutyStatus> statuses(String programmeId, LocalDate asOf, AdministrativeRegistry units) {
        List<DutyStatus> result = new ArrayList<>();
        for (Obligation obligation : obligations(programmeId, asOf, units)) {
            Optional<ReportTrail> trail = trail(obligation);
            result.add(new DutyStatus(obligation, trail.map(t -> t.statusOn(asOf)).orElse(ReportStatus.DUE),
                    trail.flatMap(t -> t.lastActOn(asOf))));
        }
        return List.copyOf(result);
    }

    /**
     * The reports whose deadline had passed on {@code asOf} and that were not submitted by it: missing (nothing
     * submitted by {@code asOf}) or late (first submitted after the deadline), ordered by deadline, then by
     * reporter.
     */
    public List<OverdueSubmission> lateAndMissing(String programmeId, LocalDate asOf, AdministrativeRegistry units) {
        List<OverdueSubmission> result = new ArrayList<>();
        for (Obligation obligation : obligations(programmeId, asOf, units)) {
            if (!obligation.period().deadline().isBefore(asOf)) {
                continue;
            }
            Optional<LocalDate> first = trail(obligation).flatMap(t -> t.firstSubmittedOn(asOf));
            if (first.isEmpty() || first.get().isAfter(obligation.period().deadline())) {
                result.add(new OverdueSubmission(obligation, first));
            }
        }
        return List.copyOf(result);
    }

    private static Set<String> pilotCommunes(ProgrammeTerms programme, LocalDate date, AdministrativeRegistry units) {
        Set<String> communes = new TreeSet<>();
        for (String pilot : programme.pilotCommuneCodes()) {
            TwinningCoverage.communesOf(pilot, date, units).stream().map(AdministrativeUnit::code).forEach(communes::add);
        }
        return communes;
    }

    /**
     * An ad-hoc request as recorded.
     *
     * @param programmeId the programme
     * @param request the request
     * @param requestingUnitCode the unit that asked
     * @param requestedOn the day it asked
     */
    public record RequestedReport(String programmeId, ReportRequest request, String requestingUnitCode, LocalDate requestedOn) {

        /** Checks that no part is missing. */
        public RequestedReport {
            requireNonNull(programmeId, "programmeId");
            requireNonNull(request, "request");
            requireNonNull(requestingUnitCode, "requestingUnitCode");
            requireNonNull(requestedOn, "requestedOn");
        }

        /** The units, then the sponsors, asked to report. */
        public List<Reporter> addressees() {
            List<Reporter> addressees = new ArrayList<>();
            request.addresseeUnitCodes().forEach(code -> addressees.add(Reporter.unit(code)));
            request.addresseeSponsorIds().forEach(id -> addressees.add(Reporter.ofSponsor(id)));
            return List.copyOf(addressees);
        }
    }
}
