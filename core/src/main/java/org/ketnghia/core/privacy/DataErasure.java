package org.ketnghia.core.privacy;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Ledger;

/**
 * Erases a data subject (crypto-shredding): records {@link DataSubjectErased} through the ledger, with its
 * permission and scope checks, then destroys the subject's key and the key of the snapshots saved so far ({@link
 * EncryptedSnapshotStore}), then rebuilds the projections from the store
 * so that they hold the erased values. From then on the subject's encrypted fields read as {@link
 * PayloadProtection#ERASED_TEXT} everywhere the events are read from a store that decodes what it holds (the
 * JDBC store, exports, backups); the chain still verifies, since it is computed over the stored bytes.
 *
 * <p>The event is recorded before the key is destroyed, so that an erasure is never done without its trace; if
 * destroying the key fails, the erasure is recorded but not done, and calling again finishes it. Thread-safe
 * as the ledger and the key store are.
 */
public final class DataErasure {

    private final Ledger ledger;
    private final SubjectKeys keys;

    /** Erases through {@code ledger}, destroying keys in {@code keys}. */
    public DataErasure(Ledger ledger, SubjectKeys keys) {
        this.ledger = requireNonNull(ledger, "ledger");
        this.keys = requireNonNull(keys, "keys");
    }

    /**
     * Records the erasure and destroys the key.
     *
     * @return the event recorded
     * @throws KetnghiaException as {@link Ledger#submit} when the erasure is refused (nothing is destroyed then)
     */
    public EventEnvelope erase(EraseDataSubject command) {
        requireNonNull(command, "command");
        List<EventEnvelope> recorded = ledger.submit(command);
        keys.destroy(command.subject());
        EncryptedSnapshotStore.destroyCurrentKey(keys); // the snapshots saved so far hold the subject's values
        ledger.rebuildProjections();
        return recorded.get(0);
    }
}
