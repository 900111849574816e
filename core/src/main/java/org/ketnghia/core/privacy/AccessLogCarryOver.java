package org.ketnghia.core.privacy;

import static java.util.Objects.requireNonNull;

import java.util.List;
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
     * @return how many entries were copied
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_ACCESS_LOG_CARRY_OVER_REFUSED} naming the first
     *     sequence where {@code to} holds another entry than {@code from}, or where an entry of {@code from} does not
     *     follow the one before it (a line removed from the file); the entries before it stay copied
     */
    public static int carryOver(AccessLogStore from, AccessLogStore to) {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        List<AccessLogEntry> source = from.entries();
        List<AccessLogEntry> kept = to.entries();
        for (int index = 0; index < Math.min(source.size(), kept.size()); index++) {
            if (!source.get(index).equals(kept.get(index))) {
                throw refused(index + 1, "the new store holds another entry there");
            }
        }
        int copied = 0;
        for (int index = kept.size(); index < source.size(); index++) {
            if (!to.appendIfNext(source.get(index))) {
                throw refused(index + 1, "it does not follow the entry before it in the new store");
            }
            copied++;
        }
        return copied;
    }

    private static KetnghiaException refused(long sequence, String reason) {
        return KetnghiaException.of(PrivacyErrorCode.PRIVACY_ACCESS_LOG_CARRY_OVER_REFUSED, "sequence", sequence, reason);
    }
}
