package org.ketnghia.core.reporting.rollup;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.reporting.IndicatorSource;
import org.ketnghia.core.reporting.ReportingPeriod;

/**
 * One province's input to a national roll-up: its ledger in its own store, how to check that
 * ledger's hash chain, its administrative units, what to compute and over which periods.
 *
 * <p>Immutable as a value (the store it names is not the roll-up's to change: the roll-up only
 * reads it).
 *
 * @param id a stable id of the province in the roll-up, e.g. {@code "quang-nam"}; unique among the
 *     provinces of one roll-up
 * @param name the province's name as shown, e.g. "Quảng Nam"
 * @param store the province's events: a JDBC store (H2 folder, PostgreSQL) or an in-memory store read
 *     from a JSON Lines export; never written to
 * @param chain the hash chain computed with a mapper that knows every event type of the ledger
 * @param units the province's administrative units (with the villages its events concern)
 * @param sources the indicators to compute
 * @param periods the reporting periods, in order; every province of a roll-up must have as many
 *     periods of the same kinds in the same order (period {@code i} of every province makes national
 *     period {@code i})
 * @param programmeId the programme reported on, when the ledger holds several: only the events that
 *     count for it ({@link org.ketnghia.core.ledger.EventEnvelope#countsFor}) enter the reports, while the
 *     whole chain is verified; empty: every event
 * @param personalDataMasked whether the store reads people's encrypted fields masked, without the province's keys
 *     ({@link org.ketnghia.core.privacy.PayloadProtection#masked()}): then, if the ledger holds encrypted data, every
 *     indicator whose source {@linkplain IndicatorSource#readsPersonalData() reads personal data} is reported as not
 *     available for this province ({@link IncludedLedger#indicatorsNotAvailable()}), never computed from stand-ins
 */
public record ProvinceLedger(String id, String name, EventStore store, EventChain chain,
        AdministrativeRegistry units, List<IndicatorSource> sources, List<ReportingPeriod> periods,
        Optional<String> programmeId, boolean personalDataMasked) {

    /** Checks that no part is missing and copies the lists; blank ids and names are reported by the builder. */
    public ProvinceLedger {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(store, "store");
        requireNonNull(chain, "chain");
        requireNonNull(units, "units");
        sources = List.copyOf(requireNonNull(sources, "sources"));
        periods = List.copyOf(requireNonNull(periods, "periods"));
        requireNonNull(programmeId, "programmeId");
    }

    /** A province ledger read with its keys, or in plain text (see {@link #personalDataMasked}). */
    public ProvinceLedger(String id, String name, EventStore store, EventChain chain, AdministrativeRegistry units,
            List<IndicatorSource> sources, List<ReportingPeriod> periods, Optional<String> programmeId) {
        this(id, name, store, chain, units, sources, periods, programmeId, false);
    }

    /** A province ledger reported whole (every event, whatever programme it was recorded for). */
    public ProvinceLedger(String id, String name, EventStore store, EventChain chain, AdministrativeRegistry units,
            List<IndicatorSource> sources, List<ReportingPeriod> periods) {
        this(id, name, store, chain, units, sources, periods, Optional.empty());
    }
}
