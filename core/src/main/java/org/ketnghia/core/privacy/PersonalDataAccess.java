package org.ketnghia.core.privacy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.PermissionPolicy;
import org.ketnghia.core.ledger.PermissionRequest;
import org.ketnghia.core.privacy.internal.ProtectedFields;

/**
 * Reading a data subject's personal data by a person: a permission, checked by the ledger's {@link
 * PermissionPolicy} as for a command ({@link ReadPersonalData}: the committees and the system, within their unit
 * scope; sponsors, group leaders, auditors and the public are refused and see personal fields masked), and
 * logged in the hash-chained {@link AccessLog} before the data is handed out. The library's own reports read the
 * projections and are not logged.
 *
 * <p>Thread-safe as the ledger and the log are.
 */
public final class PersonalDataAccess {

    /** The roles that may read personal data in the clear. */
    public static final Set<ActorRole> READERS = EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE,
            ActorRole.DISTRICT_OFFICE, ActorRole.COMMUNE_COMMITTEE);

    private final Ledger ledger;
    private final ObjectMapper mapper;
    private final PermissionPolicy policy;
    private final AccessLog log;
    private final Clock clock;

    /**
     * Access to the personal data of {@code ledger}, whose store reads with the keys.
     *
     * @param mapper the runtime's mapper
     * @param policy the ledger's permission policy
     * @param log where reads are logged
     * @param clock the time of each read
     */
    public PersonalDataAccess(Ledger ledger, ObjectMapper mapper, PermissionPolicy policy, AccessLog log, Clock clock) {
        this.ledger = requireNonNull(ledger, "ledger");
        this.mapper = requireNonNull(mapper, "mapper");
        this.policy = requireNonNull(policy, "policy");
        this.log = requireNonNull(log, "log");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * Checks the request, logs it, and returns everything the ledger holds about the subject.
     *
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_READ_REFUSED} with the policy's refusals, or
     *     {@link CoreErrorCode#VALUE_BLANK} for a blank purpose; nothing is logged then
     */
    public SubjectRecord read(ReadPersonalData request) {
        requireNonNull(request, "request");
        DataSubject subject = DataSubject.parse(request.subject());
        if (request.purpose().isBlank()) {
            throw KetnghiaException.of(CoreErrorCode.VALUE_BLANK, "purpose");
        }
        List<Problem> refusals = policy.refusals(new PermissionRequest(request.actor(), request, READERS,
                ledger.administrativeUnits()));
        if (!refusals.isEmpty()) {
            List<Problem> problems = new ArrayList<>();
            problems.add(Problem.of(PrivacyErrorCode.PRIVACY_READ_REFUSED, "actor", request.actor().name(),
                    subject.key(), refusals.get(0).messageEn()));
            problems.addAll(refusals);
            throw new KetnghiaException(problems);
        }
        log.append(clock.instant(), request.actor().id(), request.actor().role().name(), request.unitCode(), subject.key(),
                request.purpose());
        return collect(subject);
    }

    /** Everything the ledger holds about {@code subject}, without a permission check or a log entry: for the library. */
    SubjectRecord collect(DataSubject subject) {
        List<EventEnvelope> events = new ArrayList<>();
        boolean[] erased = {false};
        ledger.store().forEach(1, event -> {
            if (event.payload() instanceof DataSubjectErased erasure) {
                if (erasure.subject().equals(subject.key())) {
                    events.add(event);
                    erased[0] = true;
                }
            } else if (subjectsOf(event.payload()).contains(subject)) {
                events.add(event);
            }
        });
        return new SubjectRecord(subject, erased[0], events);
    }

    /** The payload's own subject and those of the objects in its arrays that name their own (a class's attendance). */
    private Set<DataSubject> subjectsOf(LedgerEvent payload) {
        JsonNode tree = mapper.valueToTree(payload);
        return tree instanceof ObjectNode node ? ProtectedFields.subjectsOf(node) : Set.of();
    }
}
