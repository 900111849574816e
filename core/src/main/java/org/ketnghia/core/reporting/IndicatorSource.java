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
     * form for a model's own indicator that the helpers of {@link IndicatorSources} do not cover.
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

    /** What the source computes; its {@link IndicatorDefinition#aggregation()} drives the roll-up. */
    IndicatorDefinition definition();

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
