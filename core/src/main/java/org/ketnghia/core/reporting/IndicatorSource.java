package org.ketnghia.core.reporting;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.function.Function;
import org.ketnghia.core.ledger.EventEnvelope;

/**
 * Computes one indicator from ledger events, per administrative unit: the way pilot models (and
 * core features such as funding) contribute to reports. Because it only reads events, a real
 * programme and a simulated one in trace mode produce their reports through the same code.
 *
 * <p>The {@link ReportBuilder} passes over the events once for all sources and periods, feeding
 * each event to one {@link IndicatorAccumulator} per (source, period); a source therefore never
 * scans the ledger itself. {@link IndicatorSources} builds the common sources (count, sum, money)
 * from an event type and a function.
 *
 * <p>Implementations must be thread-safe (typically stateless: all state lives in the
 * accumulator).
 */
public interface IndicatorSource {

    /**
     * A source of {@code definition} whose accumulators {@code accumulators} makes, one per period: the
     * form for a model's own indicator that the helpers of {@link IndicatorSources} do not cover. It is taken to read
     * personal data ({@link #readsPersonalData()}); use {@link #ofClearFields} for one that reads only clear fields.
     */
    static IndicatorSource of(IndicatorDefinition definition, Function<ReportingPeriod, IndicatorAccumulator> accumulators) {
        requireNonNull(definition, "definition");
        requireNonNull(accumulators, "accumulators");
        return new IndicatorSource() {
            @Override
            public IndicatorDefinition definition() {
                return definition;
            }

            @Override
            public IndicatorAccumulator newAccumulator(ReportingPeriod period) {
                return accumulators.apply(requireNonNull(period, "period"));
            }

            @Override
            public String toString() {
                return "IndicatorSource[" + definition.id() + "]";
            }
        };
    }

    /**
     * A source of {@code definition} whose accumulators {@code accumulators} makes, declaring that its figures rest on
     * no personal data ({@link #readsPersonalData()} false): the form of {@link #of} for an indicator that reads only
     * fields kept in the clear in an encrypted ledger (ids, villages, categories, amounts, dates, sex).
     */
    static IndicatorSource ofClearFields(IndicatorDefinition definition,
            Function<ReportingPeriod, IndicatorAccumulator> accumulators) {
        return onClearFields(of(definition, accumulators));
    }

    /**
     * {@code source}, declaring that its figures rest on no personal data ({@link #readsPersonalData()} false): for a
     * source built by {@link IndicatorSources} from an event type that carries personal data, whose value function reads
     * only the clear part (how many members attended, not who).
     */
    static IndicatorSource onClearFields(IndicatorSource source) {
        requireNonNull(source, "source");
        return new IndicatorSource() {
            @Override
            public IndicatorDefinition definition() {
                return source.definition();
            }

            @Override
            public IndicatorAccumulator newAccumulator(ReportingPeriod period) {
                return source.newAccumulator(period);
            }

            @Override
            public boolean readsPersonalData() {
                return false;
            }

            @Override
            public String toString() {
                return source + " on clear fields";
            }
        };
    }

    /** What the source computes; its {@link IndicatorDefinition#aggregation()} drives the roll-up. */
    IndicatorDefinition definition();

    /**
     * Whether this source's figures rest on personal data that an encrypted ledger seals ({@code @Sensitive} fields:
     * ethnicity, income and deprivations, birth years, ID numbers, contact details; and people's names): true unless
     * the source declares otherwise. Read without the province's keys ({@link
     * org.ketnghia.core.privacy.PayloadProtection#masked()}), such fields hold stand-ins ({@code [ẩn]}, {@code 0}, absent),
     * so a national roll-up reports such an indicator of such a ledger as not available rather than a figure
     * computed from them ({@link org.ketnghia.core.reporting.rollup.IncludedLedger#indicatorsNotAvailable()}).
     *
     * <p>The default is true, the safe answer for a source that does not say: a source reading only fields kept in
     * the clear overrides it (or is made with {@link #ofClearFields} or {@link #onClearFields}), and then must never
     * read a protected field, directly or through a value derived from one ({@code Household.isEthnicMinority}, an
     * age from a birth year). {@link IndicatorSources#countOf} and the sources that helper class builds from an event
     * type carrying no protected field answer false.
     */
    default boolean readsPersonalData() {
        return true;
    }

    /** A fresh accumulator for {@code period}; never null. */
    IndicatorAccumulator newAccumulator(ReportingPeriod period);

    /**
     * Computes the values per unit for {@code period} from {@code events} (in ledger order), without
     * rolling up. Events after the period's last day are skipped, as in the {@link ReportBuilder}.
     *
     * @return an immutable map from unit code to value
     */
    default Map<String, IndicatorValue> compute(ReportingPeriod period, Iterable<EventEnvelope> events) {
        requireNonNull(period, "period");
        requireNonNull(events, "events");
        IndicatorAccumulator accumulator = newAccumulator(period);
        for (EventEnvelope event : events) {
            if (!event.occurredOn().isAfter(period.to())) {
                accumulator.accept(event);
            }
        }
        return Map.copyOf(accumulator.result());
    }
}
