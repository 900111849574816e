package org.ketnghia.core.reporting.rollup;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.EventStore;

/**
 * A province's store seen only up to the sequence it claimed when the roll-up started, remembering
 * the last event read: verification and reports read exactly the same events, even if the
 * province's system appends meanwhile (reports on one programme see only the events that count for it). Read-only; used by one thread.
 */
final class VerifiedView implements EventStore {

    private final EventStore store;
    private final long bound;
    private final Optional<String> programmeId;
    private long lastSequence;
    private String lastHash = org.ketnghia.core.ledger.EventChain.GENESIS_HASH;
    private boolean simulated;
    private boolean holdsEncryptedData;

    VerifiedView(EventStore store, long bound) {
        this(store, bound, Optional.empty());
    }

    /** The view passing on only the events that count for {@code programmeId}, if given. */
    VerifiedView(EventStore store, long bound, Optional<String> programmeId) {
        this.store = store;
        this.bound = bound;
        this.programmeId = programmeId;
    }

    @Override
    public long lastSequence() {
        return lastSequence;
    }

    @Override
    public String lastHash() {
        return lastHash;
    }

    /** Whether the first event read declared the ledger simulated ({@link org.ketnghia.core.simulation.LedgerOrigin}). */
    boolean simulated() {
        return simulated;
    }

    /** Whether an event read holds personal fields stored encrypted ({@link org.ketnghia.core.privacy.PayloadProtection#MARKER}). */
    boolean holdsEncryptedData() {
        return holdsEncryptedData;
    }

    /** Refused: the roll-up never writes to a province's ledger. */
    @Override
    public void append(long expectedLastSequence, List<EventEnvelope> batch) {
        throw new UnsupportedOperationException("the national roll-up never writes to a province's ledger");
    }

    @Override
    public void forEach(long fromSequence, Consumer<? super EventEnvelope> consumer) {
        store.forEach(fromSequence, event -> {
            if (event.sequence() <= bound) {
                if (event.sequence() == 1) {
                    simulated = event.typeId().equals(org.ketnghia.core.simulation.SimulatedLedgerDeclared.TYPE);
                }
                lastSequence = event.sequence();
                lastHash = event.hash();
                if (!holdsEncryptedData && event.recordedPayload().isPresent()) {
                    holdsEncryptedData = org.ketnghia.core.privacy.PayloadProtection.holdsProtectedFields(
                            event.recordedPayload().get().json());
                }
                if (programmeId.isEmpty() || event.countsFor(programmeId.get())) {
                    consumer.accept(event);
                }
            }
        });
    }
}
