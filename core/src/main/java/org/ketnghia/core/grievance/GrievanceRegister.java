package org.ketnghia.core.grievance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.ledger.SnapshotForm;

/**
 * The register of public postings and of the complaints about them (<i>sổ theo dõi niêm yết, tiếp nhận và giải quyết
 * phản ánh</i>): the deadlines each programme set, every posting, and every complaint with its steps. Officials'
 * queries ({@link #openOn}, {@link #overdueOn}, per commune and per list) return {@link ComplaintFile}s, which hold
 * the complainant's personal data; the only public output is {@link #publicSummary}, counts without it.
 *
 * <p>Read it through {@code ledger.read(GrievanceRegister.class, register -> register.overdueOn(date))}. Queries return
 * immutable values. Not thread-safe by itself: the ledger guards it with its lock.
 */
public final class GrievanceRegister implements Projection {

    /**
     * How the register is saved in a ledger snapshot and restored from it. Its code covers {@link ComplaintFile}, whose
     * {@code with…} methods add an assignment, an answer, a request for correction or the closure to a complaint.
     */
    public static final SnapshotForm<GrievanceRegister, State> SNAPSHOT_FORM = SnapshotForm
            .of(State.class, GrievanceRegister::state, GrievanceRegister::restore)
            .covering(ComplaintFile.class);

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Map<String, TreeMap<LocalDate, GrievanceRules>> rules = new HashMap<>();
    private final Map<String, Posting> postings = new LinkedHashMap<>();
    private final Map<String, ComplaintFile> complaints = new LinkedHashMap<>();
    private final Map<String, String> complaintOfRequest = new HashMap<>();
    private final Set<Long> grievanceSequences = new HashSet<>();

    /** An empty register; the ledger fills it. */
    public GrievanceRegister() {
    }

    /** The whole state; what lives in hash maps and sets is sorted, so equal registers save equal JSON. */
    private State state() {
        List<SavedRules> savedRules = new ArrayList<>();
        new TreeMap<>(rules).forEach((programmeId, byDay) -> byDay.forEach((from, held) ->
                savedRules.add(new SavedRules(programmeId, from, held))));
        List<SavedRequest> requests = new ArrayList<>();
        new TreeMap<>(complaintOfRequest).forEach((requestId, complaintId) -> requests.add(new SavedRequest(requestId, complaintId)));
        return new State(savedRules, List.copyOf(postings.values()), List.copyOf(complaints.values()), requests,
                List.copyOf(new java.util.TreeSet<>(grievanceSequences)));
    }

    private static GrievanceRegister restore(State state) {
        GrievanceRegister register = new GrievanceRegister();
        state.rules().forEach(saved -> register.rules.computeIfAbsent(saved.programmeId(), id -> new TreeMap<>())
                .put(saved.from(), saved.rules()));
        state.postings().forEach(posting -> register.postings.put(posting.posted().event().postingId(), posting));
        state.complaints().forEach(file -> register.complaints.put(file.received().event().complaintId(), file));
        state.requests().forEach(request -> register.complaintOfRequest.put(request.requestId(), request.complaintId()));
        register.grievanceSequences.addAll(state.grievanceSequences());
        return register;
    }

    @Override
    public void apply(EventEnvelope event) {
        LedgerEvent payload = event.payload();
        if (payload instanceof GrievanceRulesSet set) {
            rules.computeIfAbsent(set.programmeId(), id -> new TreeMap<>())
                    .put(event.occurredOn(), new GrievanceRules(set.daysToAnswer(), set.daysToClose()));
        } else if (payload instanceof ListPosted posted) {
            postings.put(posted.postingId(), new Posting(recorded(posted, event), event.unitCode()));
        } else if (payload instanceof ComplaintReceived received) {
            String commune = Optional.ofNullable(postings.get(received.postingId())).map(Posting::communeCode)
                    .orElse(event.unitCode());
            complaints.put(received.complaintId(), new ComplaintFile(recorded(received, event), commune, List.of(),
                    Optional.empty(), List.of(), Optional.empty()));
        } else if (payload instanceof ComplaintAssigned assigned) {
            complaints.computeIfPresent(assigned.complaintId(), (id, file) -> file.withAssignment(recorded(assigned, event)));
        } else if (payload instanceof ComplaintAnswered answered) {
            complaints.computeIfPresent(answered.complaintId(), (id, file) -> file.withAnswer(recorded(answered, event)));
        } else if (payload instanceof CorrectionRequested requested) {
            complaintOfRequest.put(requested.requestId(), requested.complaintId());
            complaints.computeIfPresent(requested.complaintId(),
                    (id, file) -> file.withCorrectionRequest(recorded(requested, event)));
        } else if (payload instanceof ComplaintClosed closed) {
            complaints.computeIfPresent(closed.complaintId(), (id, file) -> file.withClosure(recorded(closed, event)));
        } else {
            return;
        }
        grievanceSequences.add(event.sequence());
    }

    private static <E extends LedgerEvent> Recorded<E> recorded(E payload, EventEnvelope event) {
        return new Recorded<>(payload, event.sequence(), event.occurredOn(), event.actor());
    }

    // ---------------------------------------------------------------- rules

    /** The deadlines programme {@code programmeId} set for complaints received on {@code date}, if it set any. */
    public Optional<GrievanceRules> rulesSet(String programmeId, LocalDate date) {
        requireNonNull(programmeId, "programmeId");
        requireNonNull(date, "date");
        return Optional.ofNullable(rules.get(programmeId)).map(history -> history.floorEntry(date))
                .map(Map.Entry::getValue);
    }

    /** The deadlines for complaints received on {@code date} in programme {@code programmeId}: its own, or the default. */
    public GrievanceRules rules(String programmeId, LocalDate date) {
        return rulesSet(programmeId, date).orElse(GrievanceRules.DEFAULT);
    }

    // ---------------------------------------------------------------- postings

    /** The posting with this id. */
    public Optional<Posting> posting(String postingId) {
        return Optional.ofNullable(postings.get(requireNonNull(postingId, "postingId")));
    }

    /** Every posting, in ledger order; immutable. */
    public List<Posting> postings() {
        return List.copyOf(postings.values());
    }

    /**
     * The postings of the communes that lie within {@code unitCode} on {@code date}, or that it carries on after a
     * merger, in ledger order; immutable.
     */
    public List<Posting> postingsOf(String unitCode, LocalDate date, AdministrativeRegistry units) {
        Predicate<String> concerns = concerns(unitCode, date, units);
        return postings.values().stream().filter(posting -> concerns.test(posting.communeCode())).toList();
    }

    // ---------------------------------------------------------------- complaints

    /** The complaint with this id. */
    public Optional<ComplaintFile> complaint(String complaintId) {
        return Optional.ofNullable(complaints.get(requireNonNull(complaintId, "complaintId")));
    }

    /** Every complaint, in the order received; immutable. */
    public List<ComplaintFile> complaints() {
        return List.copyOf(complaints.values());
    }

    /** The complaints about one posted list, in the order received; immutable. */
    public List<ComplaintFile> complaintsAbout(String postingId) {
        requireNonNull(postingId, "postingId");
        return complaints.values().stream().filter(file -> file.postingId().equals(postingId)).toList();
    }

    /**
     * The complaints received by the communes that lie within {@code unitCode} on {@code date} (a commune, a
     * district, the province), or that it carries on after a merger, in the order received; immutable.
     */
    public List<ComplaintFile> complaintsOf(String unitCode, LocalDate date, AdministrativeRegistry units) {
        Predicate<String> concerns = concerns(unitCode, date, units);
        return complaints.values().stream().filter(file -> concerns.test(file.communeCode())).toList();
    }

    /** The complaints received by {@code date} and not closed by then, in the order received; immutable. */
    public List<ComplaintFile> openOn(LocalDate date) {
        requireNonNull(date, "date");
        return complaints.values().stream().filter(file -> file.isOpenOn(date)).toList();
    }

    /** {@link #openOn(LocalDate)} within a unit, as {@link #complaintsOf} reads it; immutable. */
    public List<ComplaintFile> openOn(LocalDate date, String unitCode, AdministrativeRegistry units) {
        return complaintsOf(unitCode, date, units).stream().filter(file -> file.isOpenOn(date)).toList();
    }

    /**
     * The complaints overdue on {@code date} ({@link ComplaintFile#isOverdueOn}), in the order received; immutable.
     */
    public List<ComplaintFile> overdueOn(LocalDate date) {
        requireNonNull(date, "date");
        return complaints.values().stream().filter(file -> file.isOverdueOn(date)).toList();
    }

    /** {@link #overdueOn(LocalDate)} within a unit, as {@link #complaintsOf} reads it; immutable. */
    public List<ComplaintFile> overdueOn(LocalDate date, String unitCode, AdministrativeRegistry units) {
        return complaintsOf(unitCode, date, units).stream().filter(file -> file.isOverdueOn(date)).toList();
    }

    /** The correction request with this id and the complaint it was recorded for. */
    public Optional<Recorded<CorrectionRequested>> correctionRequest(String requestId) {
        requireNonNull(requestId, "requestId");
        return Optional.ofNullable(complaintOfRequest.get(requestId)).map(complaints::get)
                .flatMap(file -> file.correctionRequests().stream()
                        .filter(request -> request.event().requestId().equals(requestId)).findFirst());
    }

    /** Whether the event with this sequence is one of this register's own (a posting, a complaint or a step of one). */
    public boolean isGrievanceEvent(long sequence) {
        return grievanceSequences.contains(sequence);
    }

    // ---------------------------------------------------------------- public output

    /**
     * The public summary on {@code date} of the complaints about the lists posted (from that date or earlier) by the
     * communes within {@code unitCode}: counts per list and status, nothing about who complained or what about.
     *
     * @throws KetnghiaException {@link GrievanceErrorCode#GRIEVANCE_UNKNOWN_UNIT} if the unit exists neither on the
     *     date nor as a former unit
     */
    public PublicComplaintSummary publicSummary(String unitCode, LocalDate date, AdministrativeRegistry units) {
        requireNonNull(unitCode, "unitCode");
        requireNonNull(date, "date");
        requireNonNull(units, "units");
        AdministrativeUnit unit = units.unitAsOf(unitCode, date).or(() -> units.unit(unitCode)).orElseThrow(
                () -> KetnghiaException.of(GrievanceErrorCode.GRIEVANCE_UNKNOWN_UNIT, "unitCode", unitCode, date));
        List<PublicComplaintCount> rows = new ArrayList<>();
        for (Posting posting : postingsOf(unitCode, date, units)) {
            ListPosted posted = posting.posted().event();
            if (posted.postedFrom().isAfter(date)) {
                continue;
            }
            rows.add(count(communeName(posting, units), PublicComplaintSummary.listLabel(posted),
                    complaintsAbout(posting.postingId()), date));
        }
        return new PublicComplaintSummary(unit.displayName(VIETNAMESE), date, rows);
    }

    private static PublicComplaintCount count(String communeName, String listLabel, List<ComplaintFile> files, LocalDate date) {
        int received = 0;
        int awaitingAnswer = 0;
        int answered = 0;
        int overdue = 0;
        int[] results = new int[ComplaintResult.values().length];
        for (ComplaintFile file : files) {
            Optional<ComplaintStatus> status = file.statusOn(date);
            if (status.isEmpty()) {
                continue;
            }
            received++;
            switch (status.get()) {
                case RECEIVED, ASSIGNED -> awaitingAnswer++;
                case ANSWERED -> answered++;
                case CLOSED -> results[file.result().orElseThrow().ordinal()]++;
            }
            if (file.isOverdueOn(date)) {
                overdue++;
            }
        }
        return new PublicComplaintCount(communeName, listLabel, received, awaitingAnswer, answered,
                results[ComplaintResult.UPHELD.ordinal()], results[ComplaintResult.PARTLY_UPHELD.ordinal()],
                results[ComplaintResult.REJECTED.ordinal()], results[ComplaintResult.WITHDRAWN.ordinal()], overdue);
    }

    private static String communeName(Posting posting, AdministrativeRegistry units) {
        LocalDate postedFrom = posting.posted().event().postedFrom();
        return units.unitAsOf(posting.communeCode(), postedFrom).or(() -> units.unit(posting.communeCode()))
                .map(unit -> unit.displayName(VIETNAMESE)).orElse(posting.communeCode());
    }

    /**
     * Whether a commune, as recorded, belongs to {@code unitCode} on {@code date}: it is the unit or lies within it, or
     * a unit that carries it on after a reorganisation is or lies within it.
     */
    private static Predicate<String> concerns(String unitCode, LocalDate date, AdministrativeRegistry units) {
        requireNonNull(unitCode, "unitCode");
        requireNonNull(date, "date");
        requireNonNull(units, "units");
        Map<String, Boolean> known = new HashMap<>();
        return commune -> known.computeIfAbsent(commune, code -> code.equals(unitCode) || units.isWithin(code, unitCode, date)
                || units.successorsAsOf(code, date).stream().anyMatch(successor -> successor.code().equals(unitCode)
                        || units.isWithin(successor.code(), unitCode, date)));
    }

    // ---------------------------------------------------------------- snapshot

    /**
     * The register's whole state in a snapshot.
     *
     * @param rules the rules set per programme, by programme id, then the day they hold from
     * @param postings the lists posted, in the order recorded
     * @param complaints every complaint's file, in the order received
     * @param requests the complaint each correction request belongs to, by request id
     * @param grievanceSequences the sequences of every grievance event, ascending
     */
    public record State(List<SavedRules> rules, List<Posting> postings, List<ComplaintFile> complaints,
            List<SavedRequest> requests, List<Long> grievanceSequences) {

        /** Copies the lists. */
        public State {
            rules = List.copyOf(rules);
            postings = List.copyOf(postings);
            complaints = List.copyOf(complaints);
            requests = List.copyOf(requests);
            grievanceSequences = List.copyOf(grievanceSequences);
        }
    }

    /**
     * Grievance rules of a programme from a day on, in a snapshot.
     *
     * @param programmeId the programme
     * @param from the day they hold from
     * @param rules the rules
     */
    public record SavedRules(String programmeId, LocalDate from, GrievanceRules rules) {
    }

    /**
     * The complaint a correction request belongs to, in a snapshot.
     *
     * @param requestId the request
     * @param complaintId the complaint
     */
    public record SavedRequest(String requestId, String complaintId) {
    }
}
