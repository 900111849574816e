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
import org.ketnghia.core.ledger.CodeFingerprint;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.ledger.SnapshotForm;
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

    private final ProgrammeRegistry programmes;
    private final TwinningRegistry twinning;
    private final Map<String, Map<String, ReportingDuty>> dutiesByProgramme = new LinkedHashMap<>();
    private final Map<String, RequestedReport> requests = new LinkedHashMap<>();
    private final Map<String, ReportTrail> trails = new LinkedHashMap<>();
    private final Map<String, ReportTrail> trailBySubmission = new LinkedHashMap<>();
    private final Map<String, String> submitterBySubmission = new LinkedHashMap<>();

    /** Creates an empty projection; the ledger folds its events into it. */
    public ReportingDuties() {
        this(new ProgrammeRegistry(), new TwinningRegistry());
    }

    private ReportingDuties(ProgrammeRegistry programmes, TwinningRegistry twinning) {
        this.programmes = programmes;
        this.twinning = twinning;
    }

    /**
     * How the projection is saved in a ledger snapshot and restored from it. It folds a programme registry and a
     * twinning registry of its own, saved in their forms with their code fingerprints: restored by other code, the
     * state is refused as unreadable and the projection is replayed. Its own code covers {@link Obligation} and {@link
     * Reporter}, whose keys name each trail of submissions, and {@link ReportTrail}, which keeps a trail's acts.
     */
    public static final SnapshotForm<ReportingDuties, State> SNAPSHOT_FORM = SnapshotForm
            .of(State.class, ReportingDuties::state, ReportingDuties::restore)
            .covering(Obligation.class, Reporter.class, ReportTrail.class);

    private State state() {
        java.util.IdentityHashMap<ReportTrail, String> keyOf = new java.util.IdentityHashMap<>();
        trails.forEach((key, trail) -> keyOf.put(trail, key));
        return new State(embeddedFingerprint(ProgrammeRegistry.class, ProgrammeRegistry.SNAPSHOT_FORM),
                ProgrammeRegistry.SNAPSHOT_FORM.save().apply(programmes),
                embeddedFingerprint(TwinningRegistry.class, TwinningRegistry.SNAPSHOT_FORM),
                TwinningRegistry.SNAPSHOT_FORM.save().apply(twinning),
                dutiesByProgramme.entrySet().stream().map(entry -> new SavedDuties(entry.getKey(),
                        List.copyOf(entry.getValue().values()))).toList(),
                List.copyOf(requests.values()),
                trails.entrySet().stream().map(entry -> new SavedTrail(entry.getKey(), entry.getValue().programmeId(),
                        entry.getValue().dutyId(), entry.getValue().requestId(), entry.getValue().periodKey(),
                        entry.getValue().reporter(), entry.getValue().acts().stream().map(act -> new SavedAct(act.status(),
                                act.submissionId(), act.date(), act.actorId(), act.unitCode(), act.contentSha256(),
                                act.dispatchNumber(), act.reasonVi())).toList())).toList(),
                trailBySubmission.entrySet().stream().map(entry -> new SavedSubmission(entry.getKey(),
                        keyOf.get(entry.getValue()), submitterBySubmission.get(entry.getKey()))).toList());
    }

    private static ReportingDuties restore(State state) {
        if (!state.programmesFingerprint().equals(embeddedFingerprint(ProgrammeRegistry.class, ProgrammeRegistry.SNAPSHOT_FORM))
                || !state.twinningFingerprint().equals(embeddedFingerprint(TwinningRegistry.class, TwinningRegistry.SNAPSHOT_FORM))) {
            throw new IllegalStateException("the programme or twinning registry's code changed since the snapshot");
        }
        ReportingDuties duties = new ReportingDuties(ProgrammeRegistry.SNAPSHOT_FORM.restore().apply(state.programmes()),
                TwinningRegistry.SNAPSHOT_FORM.restore().apply(state.twinning()));
        state.duties().forEach(saved -> {
            Map<String, ReportingDuty> byId = duties.dutiesByProgramme.computeIfAbsent(saved.programmeId(),
                    id -> new LinkedHashMap<>());
            saved.duties().forEach(duty -> byId.put(duty.dutyId(), duty));
        });
        state.requests().forEach(request -> duties.requests.put(request.request().requestId(), request));
        for (SavedTrail saved : state.trails()) {
            ReportTrail trail = new ReportTrail(saved.programmeId(), saved.dutyId(), saved.requestId(), saved.periodKey(),
                    saved.reporter());
            saved.acts().forEach(act -> trail.add(new ReportAct(act.status(), act.submissionId(), act.date(), act.actorId(),
                    act.unitCode(), act.contentSha256(), act.dispatchNumber(), act.reasonVi())));
            duties.trails.put(saved.key(), trail);
        }
        state.submissions().forEach(submission -> {
            duties.trailBySubmission.put(submission.submissionId(), duties.trails.get(submission.trailKey()));
            duties.submitterBySubmission.put(submission.submissionId(), submission.submitterId());
        });
        return duties;
    }

    private static String embeddedFingerprint(Class<? extends Projection> type, SnapshotForm<?, ?> form) {
        return CodeFingerprint.of(type, form).orElse("");
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

    // ---------------------------------------------------------------- snapshot

    /**
     * The projection's whole state in a snapshot, in the order recorded.
     *
     * @param programmesFingerprint the code fingerprint of the programme registry that saved {@code programmes}
     * @param programmes its own programme registry
     * @param twinningFingerprint the code fingerprint of the twinning registry that saved {@code twinning}
     * @param twinning its own twinning registry
     * @param duties the duties declared, per programme
     * @param requests the ad-hoc requests
     * @param trails the history of every report owed, by its obligation key
     * @param submissions each submission's report owed and who recorded it
     */
    public record State(String programmesFingerprint, ProgrammeRegistry.State programmes, String twinningFingerprint,
            TwinningRegistry.State twinning, List<SavedDuties> duties, List<RequestedReport> requests,
            List<SavedTrail> trails, List<SavedSubmission> submissions) {

        /** Copies the lists. */
        public State {
            requireNonNull(programmesFingerprint, "programmesFingerprint");
            requireNonNull(programmes, "programmes");
            requireNonNull(twinningFingerprint, "twinningFingerprint");
            requireNonNull(twinning, "twinning");
            duties = List.copyOf(duties);
            requests = List.copyOf(requests);
            trails = List.copyOf(trails);
            submissions = List.copyOf(submissions);
        }
    }

    /**
     * The duties declared for a programme, in a snapshot.
     *
     * @param programmeId the programme
     * @param duties its duties, in the order declared
     */
    public record SavedDuties(String programmeId, List<ReportingDuty> duties) {

        /** Copies the list. */
        public SavedDuties {
            duties = List.copyOf(duties);
        }
    }

    /**
     * The history of a report owed, in a snapshot.
     *
     * @param key its obligation key
     * @param programmeId the programme
     * @param dutyId the duty, for a periodic report
     * @param requestId the request, for an ad-hoc report
     * @param periodKey the period
     * @param reporter who owes it
     * @param acts every act, in the order recorded
     */
    public record SavedTrail(String key, String programmeId, Optional<String> dutyId, Optional<String> requestId,
            String periodKey, Reporter reporter, List<SavedAct> acts) {

        /** Copies the list. */
        public SavedTrail {
            acts = List.copyOf(acts);
        }
    }

    /**
     * One act on a report owed, in a snapshot ({@link ReportAct}'s parts).
     *
     * @param status the status it gives
     * @param submissionId the submission it concerns
     * @param date the day
     * @param actorId who recorded it
     * @param unitCode the unit it was recorded for
     * @param contentSha256 the content's hash, for a submission
     * @param dispatchNumber the dispatch number, for a submission
     * @param reasonVi the reason, for a return or a reopening
     */
    public record SavedAct(ReportStatus status, String submissionId, LocalDate date, String actorId, String unitCode,
            Optional<String> contentSha256, Optional<String> dispatchNumber, Optional<String> reasonVi) {
    }

    /**
     * A submission, the report owed it belongs to and who recorded it, in a snapshot.
     *
     * @param submissionId the submission
     * @param trailKey the obligation key of its report owed
     * @param submitterId the actor who recorded it
     */
    public record SavedSubmission(String submissionId, String trailKey, String submitterId) {
    }
}
