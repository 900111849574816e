package org.ketnghia.core.privacy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonTypeName;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * The first event of a ledger written by {@link PlainLedgerMigration} from a ledger recorded with personal data
 * in plain text: it names the old chain's last event and hash, so that the new chain continues the old one's
 * proof although the old file may then be destroyed. Every event after it is an event of the old ledger, in
 * order, re-sealed with its personal fields encrypted.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 *
 * @param previousLastSequence the sequence of the old ledger's last event (its number of events)
 * @param previousLastHash the hash of the old ledger's last event
 * @param reason why the ledger was rewritten
 */
@JsonTypeName(LedgerEncrypted.TYPE)
public record LedgerEncrypted(long previousLastSequence, String previousLastHash, String reason) implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "privacy.ledger-encrypted";

    /** Checks that no part is missing. */
    public LedgerEncrypted {
        requireNonNull(previousLastHash, "previousLastHash");
        requireNonNull(reason, "reason");
    }
}
