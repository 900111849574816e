package org.ketnghia.core.reporting.rollup;

import static java.util.Objects.requireNonNull;

/**
 * A province ledger whose hash chain was verified and whose events were rolled up: the statement of
 * exactly which events the national figures rest on.
 *
 * <p>Immutable and thread-safe.
 *
 * @param provinceId the province's id in the roll-up
 * @param provinceName the province's name
 * @param eventsChecked how many events were verified and read
 * @param lastSequence the sequence of the last event used
 * @param lastHash the hash of the last event used (anyone holding the ledger can check it)
 * @param simulated whether the ledger's first event declares it simulated ({@link
 *     org.ketnghia.core.simulation.LedgerOrigin}): the roll-up's outputs then carry the mark
 */
public record IncludedLedger(String provinceId, String provinceName, long eventsChecked, long lastSequence,
        String lastHash, boolean simulated) {

    /** A ledger of recorded data. */
    public IncludedLedger(String provinceId, String provinceName, long eventsChecked, long lastSequence, String lastHash) {
        this(provinceId, provinceName, eventsChecked, lastSequence, lastHash, false);
    }

    /** Checks that no part is missing. */
    public IncludedLedger {
        requireNonNull(provinceId, "provinceId");
        requireNonNull(provinceName, "provinceName");
        requireNonNull(lastHash, "lastHash");
    }
}
