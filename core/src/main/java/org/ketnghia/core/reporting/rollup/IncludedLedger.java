package org.ketnghia.core.reporting.rollup;

import static java.util.Objects.requireNonNull;

import java.util.List;

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
 * @param personalDataMasked whether the ledger holds encrypted personal data and was read without its keys
 *     ({@link ProvinceLedger#personalDataMasked()}): its figures that rest on personal data are not available
 * @param indicatorsNotAvailable the ids of the indicators whose figures this ledger could not give, because they
 *     rest on personal data read masked ({@link org.ketnghia.core.reporting.IndicatorSource#readsPersonalData()}), in
 *     the order of the province's sources: its reports show no value for them, and the national reports no total
 *     (<i>không có khóa</i>); empty when the ledger was read with its keys or holds no encrypted data. A roll-up
 *     written before this existed reads with none
 */
public record IncludedLedger(String provinceId, String provinceName, long eventsChecked, long lastSequence,
        String lastHash, boolean simulated, boolean personalDataMasked, List<String> indicatorsNotAvailable) {

    /** A ledger of recorded data. */
    public IncludedLedger(String provinceId, String provinceName, long eventsChecked, long lastSequence, String lastHash) {
        this(provinceId, provinceName, eventsChecked, lastSequence, lastHash, false);
    }

    /** A ledger whose every figure was computed: read with its keys, or holding no encrypted data. */
    public IncludedLedger(String provinceId, String provinceName, long eventsChecked, long lastSequence, String lastHash,
            boolean simulated) {
        this(provinceId, provinceName, eventsChecked, lastSequence, lastHash, simulated, false, List.of());
    }

    /** Checks that no part is missing and copies the list (absent, from a roll-up written before it: none). */
    public IncludedLedger {
        requireNonNull(provinceId, "provinceId");
        requireNonNull(provinceName, "provinceName");
        requireNonNull(lastHash, "lastHash");
        indicatorsNotAvailable = indicatorsNotAvailable == null ? List.of() : List.copyOf(indicatorsNotAvailable);
    }

    /** Whether this ledger's figure of {@code indicatorId} is not available (personal data read without the keys). */
    public boolean notAvailable(String indicatorId) {
        return indicatorsNotAvailable.contains(requireNonNull(indicatorId, "indicatorId"));
    }
}
