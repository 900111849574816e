package org.ketnghia.core.privacy;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.KetnghiaException;

/**
 * Carrying an access log over to another store (chép nhật ký truy cập sang nơi lưu mới), as when a host that kept
 * its log in a JSON Lines file moves it into its ledger's database: every entry is copied as it was, hash and all, so
 * the chain goes on in the new store and {@link AccessLog#verify()} says there what it said before (an entry altered
 * in the file is still found, at the same sequence). The old store is only read; the host keeps or archives it.
 */
public final class AccessLogCarryOver {

    private AccessLogCarryOver() {
    }

    /**
     * Copies the entries of {@code from} that {@code to} does not hold yet, in order; {@code to} must hold nothing
     * or the first entries of {@code from}, so carrying over again copies only what was added since, or nothing.
     * Run it before the host appends to {@code to}.
     *
     * <p>Idempotent, also between processes: when another writer carries the same entries over meanwhile (two
     * {@code subject-export} runs opening one ledger at once), an entry found already kept, the same, counts as
     * carried over, and the copy goes on after the last entry {@code to} holds.
     *
     * @return how many entries this call copied (not those another writer copied)
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_ACCESS_LOG_CARRY_OVER_REFUSED} naming the first
     *     sequence where {@code to} holds another entry than {@code from}, or where an entry of {@code from} does not
     *     follow the one before it (a line removed from the file); the entries before it stay copied. {@link
     *     PrivacyErrorCode#PRIVACY_ACCESS_LOG_CONTENDED} when {@code to} refused the next entry {@value
     *     AccessLog#MAX_ATTEMPTS} times in a row without another writer's entries showing there
     */
    public static int carryOver(AccessLogStore from, AccessLogStore to) {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        List<AccessLogEntry> source = from.entries();
        int index = requireSameEntries(source, to.entries(), 0);
        int copied = 0;
        int refusedInARow = 0;
        while (index < source.size()) {
            AccessLogEntry entry = source.get(index);
            if (!entry.isNextAfter(index == 0 ? Optional.empty() : Optional.of(source.get(index - 1)))) {
                throw refused(index + 1, "it does not follow the entry before it");
            }
            if (to.appendIfNext(entry)) {
                index++;
                copied++;
                refusedInARow = 0;
                continue;
            }
            // the entry follows the one before it, so another writer kept entries first: the same ones when it
            // carries this log over too, and then the copy goes on after them
            int kept = requireSameEntries(source, to.entries(), index);
            if (kept > index) {
                index = kept;
                refusedInARow = 0;
            } else if (++refusedInARow == AccessLog.MAX_ATTEMPTS) {
                throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_ACCESS_LOG_CONTENDED, "accessLog",
                        AccessLog.MAX_ATTEMPTS);
            }
        }
        return copied;
    }

    /**
     * Checks that {@code kept} holds the entries of {@code source} from {@code from} on, as far as both go.
     *
     * @return the number of entries {@code kept} holds: where the copy goes on
     */
    private static int requireSameEntries(List<AccessLogEntry> source, List<AccessLogEntry> kept, int from) {
        for (int index = from; index < Math.min(source.size(), kept.size()); index++) {
            if (!source.get(index).equals(kept.get(index))) {
                throw refused(index + 1, "the new store holds another entry there");
            }
        }
        return kept.size();
    }

    private static KetnghiaException refused(long sequence, String reason) {
        return KetnghiaException.of(PrivacyErrorCode.PRIVACY_ACCESS_LOG_CARRY_OVER_REFUSED, "sequence", sequence, reason);
    }
}
