package org.ketnghia.core.privacy;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.ketnghia.core.ledger.EventChain;

/**
 * One read of a data subject's personal data by a person (nhật ký truy cập dữ liệu cá nhân), chained by hash to
 * the entry before like the ledger's events.
 *
 * @param sequence 1 for the first entry, without gaps
 * @param readAt when
 * @param actorId who read (the actor's id)
 * @param role the reader's role
 * @param unitCode the unit the read was scoped to
 * @param subject whose data, as {@link DataSubject#key()}
 * @param purpose why
 * @param previousHash the hash of the entry before, or 64 zeros for the first
 * @param hash SHA-256 (hex) of this entry's fields and {@code previousHash}, see {@link AccessLog#hashOf}
 */
public record AccessLogEntry(long sequence, Instant readAt, String actorId, String role, String unitCode, String subject,
        String purpose, String previousHash, String hash) {

    /** Checks that no part is missing. */
    public AccessLogEntry {
        requireNonNull(readAt, "readAt");
        requireNonNull(actorId, "actorId");
        requireNonNull(role, "role");
        requireNonNull(unitCode, "unitCode");
        requireNonNull(subject, "subject");
        requireNonNull(purpose, "purpose");
        requireNonNull(previousHash, "previousHash");
        requireNonNull(hash, "hash");
    }

    /**
     * Whether this entry continues {@code last}: its sequence one more and its previous hash {@code last}'s hash; when
     * {@code last} is empty (an empty log), sequence 1 and 64 zeros. Says nothing of whether {@link #hash} is right,
     * which {@link AccessLog#verify()} checks.
     */
    public boolean isNextAfter(Optional<AccessLogEntry> last) {
        requireNonNull(last, "last");
        long expectedSequence = last.map(entry -> entry.sequence() + 1).orElse(1L);
        String expectedPrevious = last.map(AccessLogEntry::hash).orElse(EventChain.GENESIS_HASH);
        return sequence == expectedSequence && previousHash.equals(expectedPrevious);
    }
}
