package org.ketnghia.core.privacy;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.ChainVerification;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * The one-off migration of a ledger recorded with personal data in plain text (before issue 22) to a new ledger
 * whose personal fields are encrypted: the old chain is verified whole, then a new chain is written into an
 * empty store, beginning with {@link LedgerEncrypted} (the old chain's last sequence and hash), followed by
 * every old event in order, with its date, time, actor, unit and programme, re-sealed by a chain that protects
 * personal fields ({@link EventChain#EventChain(com.fasterxml.jackson.databind.ObjectMapper, PayloadProtection)}).
 * Once the new ledger is verified, the old file can be destroyed.
 *
 * <p>Stateless; the stores must not be written by anyone else meanwhile.
 */
public final class PlainLedgerMigration {

    private static final int BATCH = 1_000;

    private final EventChain oldChain;
    private final EventChain newChain;

    /**
     * A migration checking the old ledger with {@code oldChain} and sealing the new one with {@code newChain},
     * which must protect personal fields.
     *
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_KEYS_NOT_GIVEN} when {@code newChain} has no keys
     */
    public PlainLedgerMigration(EventChain oldChain, EventChain newChain) {
        this.oldChain = requireNonNull(oldChain, "oldChain");
        this.newChain = requireNonNull(newChain, "newChain");
        if (newChain.protection().flatMap(PayloadProtection::keys).isEmpty()) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_KEYS_NOT_GIVEN, "newChain", MasterKey.ENVIRONMENT_VARIABLE);
        }
    }

    /**
     * Checks the old ledger {@code source} as {@link #migrate} does before writing: its chain, checked with {@code
     * oldChain}, must be whole. For a host that must know the migration can go ahead before it creates the new store
     * (and the keys a migration needs): {@code encrypt-ledger} leaves its target folder untouched when it refuses.
     * {@link #migrate} checks again, at the cost of one more pass over the old events, so that it stays safe alone.
     *
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_MIGRATION_REFUSED} when the old chain is broken
     */
    public static void checkSource(EventChain oldChain, EventStore source) {
        requireNonNull(oldChain, "oldChain");
        requireNonNull(source, "source");
        ChainVerification verification = oldChain.verify(source);
        if (!verification.isIntact()) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_MIGRATION_REFUSED, "source",
                    "the old chain is broken: " + verification.firstBreak().orElseThrow());
        }
    }

    /**
     * Writes the new ledger into {@code target}, which must be empty.
     *
     * @return the number of events written, the first included
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_MIGRATION_REFUSED} when the old chain is broken or
     *     the target is not empty
     */
    public long migrate(EventStore source, EventStore target, String reason) {
        requireNonNull(source, "source");
        requireNonNull(target, "target");
        requireNonNull(reason, "reason");
        checkSource(oldChain, source);
        if (target.lastSequence() != 0) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_MIGRATION_REFUSED, "target",
                    "the new store already holds " + target.lastSequence() + " events");
        }
        if (source.lastSequence() == 0) {
            return 0;
        }
        Writer writer = new Writer(target);
        source.forEach(1, old -> {
            if (writer.sequence == 0) {
                writer.add(new LedgerEncrypted(source.lastSequence(), source.lastHash(), reason), old);
            }
            writer.add(old.payload(), old);
        });
        writer.flush();
        return writer.sequence;
    }

    /** Seals and appends in batches. */
    private final class Writer {

        private final EventStore target;
        private final List<EventEnvelope> batch = new ArrayList<>(BATCH);
        private long sequence;
        private long appended;
        private String previousHash = EventChain.GENESIS_HASH;

        Writer(EventStore target) {
            this.target = target;
        }

        /** Seals {@code payload} with the envelope facts of {@code old}. */
        void add(LedgerEvent payload, EventEnvelope old) {
            EventEnvelope sealed = newChain.seal(++sequence, new EventDraft(payload, old.unitCode(), old.occurredOn()),
                    old.actor(), old.programmeId(), old.recordedAt(), previousHash);
            previousHash = sealed.hash();
            batch.add(sealed);
            if (batch.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (!batch.isEmpty()) {
                newChain.append(target, appended, List.copyOf(batch)); // with the keys the sealed events need
                appended = sequence;
                batch.clear();
            }
        }
    }
}
