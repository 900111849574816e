package org.ketnghia.core.programme;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.ledger.SnapshotForm;
import org.ketnghia.core.money.Money;

/**
 * The programme projection: the programmes declared in the ledger with their terms, the allotments
 * in force after approved adjustments, and the replications of models recorded. Read it with {@code
 * ledger.read(ProgrammeRegistry.class, registry -> …)}; pilot models reach it through {@link
 * ProgrammeScope}.
 *
 * <p>Every query returns immutable values, never internal state. Not thread-safe by itself: the
 * ledger guards it with its lock.
 */
public final class ProgrammeRegistry implements Projection {

    /** How the registry is saved in a ledger snapshot and restored from it. */
    public static final SnapshotForm<ProgrammeRegistry, State> SNAPSHOT_FORM =
            SnapshotForm.of(State.class, ProgrammeRegistry::state, ProgrammeRegistry::restore);

    private final Map<String, ProgrammeTerms> programmes = new LinkedHashMap<>();
    private final Map<String, Money> adjustedAllotments = new LinkedHashMap<>();
    private final Map<String, Replication> replications = new LinkedHashMap<>();

    /** Creates an empty registry; the ledger folds its events into it. */
    public ProgrammeRegistry() {
    }

    @Override
    public void apply(EventEnvelope event) {
        if (event.payload() instanceof ProgrammeDeclared declared) {
            programmes.putIfAbsent(declared.terms().id(), declared.terms());
        } else if (event.payload() instanceof AllotmentAdjusted adjusted) {
            adjustedAllotments.put(key(adjusted.programmeId(), adjusted.allotmentUnitCode(), adjusted.modelId()), adjusted.amount());
        } else if (event.payload() instanceof ModelReplicated replicated) {
            replications.putIfAbsent(replicated.replicationId(),
                    new Replication(replicated, event.unitCode(), event.occurredOn(), event.programmeId()));
        }
    }

    /** Every declared programme, in the order declared. */
    public List<ProgrammeTerms> programmes() {
        return List.copyOf(programmes.values());
    }

    /** The programme with the given id, if declared. */
    public Optional<ProgrammeTerms> programme(String programmeId) {
        return Optional.ofNullable(programmes.get(requireNonNull(programmeId, "programmeId")));
    }

    /**
     * What the programme allots to the model in the unit now: the latest approved adjustment, or the
     * amount declared; empty if the programme declares no allotment for it and none was approved.
     */
    public Optional<Money> allotment(String programmeId, String unitCode, String modelId) {
        Money adjusted = adjustedAllotments.get(key(programmeId, unitCode, modelId));
        if (adjusted != null) {
            return Optional.of(adjusted);
        }
        return programme(programmeId).flatMap(terms -> terms.allotments().stream()
                .filter(a -> a.unitCode().equals(unitCode) && a.modelId().equals(modelId))
                .map(ModelAllotment::amount).findFirst());
    }

    /** Whether an adjustment was approved for the allotment. */
    public boolean isAdjusted(String programmeId, String unitCode, String modelId) {
        return adjustedAllotments.containsKey(key(programmeId, unitCode, modelId));
    }

    /** Every replication recorded, in the order recorded. */
    public List<Replication> replications() {
        return List.copyOf(replications.values());
    }

    /** The replication with the given id, if recorded. */
    public Optional<Replication> replication(String replicationId) {
        return Optional.ofNullable(replications.get(replicationId));
    }

    private State state() {
        List<AdjustedAllotment> adjusted = new java.util.ArrayList<>();
        adjustedAllotments.forEach((key, amount) -> {
            String[] parts = key.split("\n", -1);
            adjusted.add(new AdjustedAllotment(parts[0], parts[1], parts[2], amount));
        });
        return new State(programmes(), adjusted, replications());
    }

    private static ProgrammeRegistry restore(State state) {
        ProgrammeRegistry registry = new ProgrammeRegistry();
        state.programmes().forEach(terms -> registry.programmes.put(terms.id(), terms));
        state.adjustedAllotments().forEach(adjusted -> registry.adjustedAllotments.put(
                key(adjusted.programmeId(), adjusted.unitCode(), adjusted.modelId()), adjusted.amount()));
        state.replications().forEach(replication -> registry.replications.put(replication.event().replicationId(), replication));
        return registry;
    }

    private static String key(String programmeId, String unitCode, String modelId) {
        return programmeId + '\n' + unitCode + '\n' + modelId;
    }

    /**
     * A replication as recorded, with where and when.
     *
     * @param event the event
     * @param unitCode the unit that took the model up
     * @param date the day it was recorded as taken up
     * @param programmeId the programme it was recorded for, if any
     */
    public record Replication(ModelReplicated event, String unitCode, java.time.LocalDate date, Optional<String> programmeId) {

        /** Checks that no part is missing. */
        public Replication {
            requireNonNull(event, "event");
            requireNonNull(unitCode, "unitCode");
            requireNonNull(date, "date");
            requireNonNull(programmeId, "programmeId");
        }
    }

    /**
     * The registry's whole state in a snapshot, in the order recorded.
     *
     * @param programmes the declared programmes
     * @param adjustedAllotments the allotments in force after approved adjustments
     * @param replications the replications recorded
     */
    public record State(List<ProgrammeTerms> programmes, List<AdjustedAllotment> adjustedAllotments,
            List<Replication> replications) {

        /** Copies the lists. */
        public State {
            programmes = List.copyOf(programmes);
            adjustedAllotments = List.copyOf(adjustedAllotments);
            replications = List.copyOf(replications);
        }
    }

    /**
     * An approved adjustment in force, in a snapshot.
     *
     * @param programmeId the programme
     * @param unitCode the unit of the allotment
     * @param modelId the model
     * @param amount the amount in force
     */
    public record AdjustedAllotment(String programmeId, String unitCode, String modelId, Money amount) {
    }
}
