package org.ketnghia.core.reporting.rollup;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.ketnghia.core.value.BilingualText;

/**
 * A province ledger left out of the national figures, named with the reason: a broken hash chain,
 * an unreadable or incomplete store, an empty ledger, or reports that could not be built. None of
 * its events is counted anywhere in the roll-up.
 *
 * <p>Immutable and thread-safe.
 *
 * @param provinceId the province's id in the roll-up
 * @param provinceName the province's name
 * @param code why it was excluded
 * @param firstBadSequence the first sequence that is altered, missing or unreadable, when the reason
 *     has one
 * @param eventsRead how many events were read before the problem was found
 * @param reason the reason in Vietnamese and English, with the details
 */
public record ExcludedLedger(String provinceId, String provinceName, RollUpErrorCode code,
        Optional<Long> firstBadSequence, long eventsRead, BilingualText reason) {

    /** Checks that no part is missing. */
    public ExcludedLedger {
        requireNonNull(provinceId, "provinceId");
        requireNonNull(provinceName, "provinceName");
        requireNonNull(code, "code");
        requireNonNull(firstBadSequence, "firstBadSequence");
        requireNonNull(reason, "reason");
    }
}
