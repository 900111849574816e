package org.ketnghia.core.approval;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.JsonTypeRegistry;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.ledger.SnapshotForm;

/**
 * The approval projection (<i>sổ theo dõi phê duyệt</i>): every request for a second person's approval,
 * with its decision. Lists are oldest first (in the order recorded). Read it with {@code
 * ledger.read(ApprovalRegister.class, register -> register.pending(today))}. Requests hold the commands'
 * personal data: for officials only, never for a public listing.
 *
 * <p>Every query returns immutable values. Not thread-safe by itself: the ledger guards it with its lock.
 */
public final class ApprovalRegister implements Projection {

    /**
     * How the register is saved in a ledger snapshot and restored from it. Its code covers {@link ApprovalRequest},
     * whose {@code decided} records a decision on a request.
     */
    public static final SnapshotForm<ApprovalRegister, State> SNAPSHOT_FORM = SnapshotForm
            .of(State.class, (ApprovalRegister register) -> new State(register.requests()), ApprovalRegister::restore)
            .covering(ApprovalRequest.class);

    private final Map<String, ApprovalRequest> requests = new LinkedHashMap<>();

    /** Creates an empty register; the ledger folds its events into it. */
    public ApprovalRegister() {
    }

    @Override
    public void apply(EventEnvelope event) {
        if (event.payload() instanceof ApprovalRequested requested) {
            requests.putIfAbsent(requested.requestId(), new ApprovalRequest(requested.requestId(), requested.command(),
                    event.actor(), event.recordedAt(), event.sequence(), requested.expiresOn(), requested.ruleVi(),
                    event.programmeId(), Optional.empty()));
        } else if (event.payload() instanceof ApprovalGranted granted) {
            decide(granted.requestId(), new ApprovalRequest.Decision(ApprovalStatus.APPROVED, event.actor(),
                    event.occurredOn(), granted.note()));
        } else if (event.payload() instanceof ApprovalRejected rejected) {
            decide(rejected.requestId(), new ApprovalRequest.Decision(ApprovalStatus.REJECTED, event.actor(),
                    event.occurredOn(), Optional.of(rejected.reason())));
        }
    }

    private void decide(String requestId, ApprovalRequest.Decision decision) {
        requests.computeIfPresent(requestId, (id, request) -> request.decided(decision));
    }

    private static ApprovalRegister restore(State state) {
        ApprovalRegister register = new ApprovalRegister();
        state.requests().forEach(request -> register.requests.put(request.requestId(), request));
        return register;
    }

    /** The request with the given id, if recorded. */
    public Optional<ApprovalRequest> request(String requestId) {
        return Optional.ofNullable(requests.get(requireNonNull(requestId, "requestId")));
    }

    /** Every request, decided or not, oldest first. */
    public List<ApprovalRequest> requests() {
        return List.copyOf(requests.values());
    }

    /** The requests open on {@code asOf} (neither decided nor expired), oldest first. */
    public List<ApprovalRequest> pending(LocalDate asOf) {
        return withStatus(ApprovalStatus.PENDING, asOf, request -> true);
    }

    /**
     * The requests open on {@code asOf} whose command concerns {@code unitCode} or a unit within it on that
     * day (a commune's requests are also its district's and province's), oldest first.
     */
    public List<ApprovalRequest> pendingWithin(String unitCode, LocalDate asOf, AdministrativeRegistry units) {
        requireNonNull(unitCode, "unitCode");
        requireNonNull(units, "units");
        return withStatus(ApprovalStatus.PENDING, asOf, request -> units.isWithin(request.unitCode(), unitCode, asOf));
    }

    /** The requests open on {@code asOf} holding a command of {@code commandType} (e.g. {@code RecordExpenditure.class}), oldest first. */
    public List<ApprovalRequest> pendingOf(Class<? extends Command> commandType, LocalDate asOf) {
        requireNonNull(commandType, "commandType");
        return withStatus(ApprovalStatus.PENDING, asOf, request -> commandType.isInstance(request.command()));
    }

    /** The requests open on {@code asOf} holding a command of JSON type id {@code commandTypeId}, oldest first. */
    public List<ApprovalRequest> pendingOf(String commandTypeId, LocalDate asOf) {
        requireNonNull(commandTypeId, "commandTypeId");
        return withStatus(ApprovalStatus.PENDING, asOf,
                request -> commandTypeId.equals(JsonTypeRegistry.typeIdOf(request.command().getClass())));
    }

    /** The requests not decided by their last day, as of {@code asOf}, oldest first. */
    public List<ApprovalRequest> expired(LocalDate asOf) {
        return withStatus(ApprovalStatus.EXPIRED, asOf, request -> true);
    }

    private List<ApprovalRequest> withStatus(ApprovalStatus status, LocalDate asOf, Predicate<ApprovalRequest> filter) {
        requireNonNull(asOf, "asOf");
        return requests.values().stream().filter(request -> request.statusAsOf(asOf) == status).filter(filter).toList();
    }

    /**
     * The register's whole state in a snapshot.
     *
     * @param requests every request with its decision, oldest first
     */
    public record State(List<ApprovalRequest> requests) {

        /** Copies the list. */
        public State {
            requests = List.copyOf(requests);
        }
    }
}
