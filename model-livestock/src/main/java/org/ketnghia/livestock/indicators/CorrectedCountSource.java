package org.ketnghia.livestock.indicators;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.reporting.IndicatorAccumulator;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorSource;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.ReportingPeriod;

/**
 * Counts the events of one type that occurred in the period, per unit, less those a correction recorded later
 * undid (a birth reversed, a death corrected): the period shows the corrected truth as far as the events
 * given know it. A unit whose every counted event was undone reads zero. Stateless and thread-safe.
 */
final class CorrectedCountSource<E extends LedgerEvent, R extends LedgerEvent> implements IndicatorSource {

    private final IndicatorDefinition definition;
    private final Class<E> counted;
    private final Function<E, String> countedTag;
    private final Class<R> reversal;
    private final Function<R, String> reversedTag;

    CorrectedCountSource(IndicatorDefinition definition, Class<E> counted, Function<E, String> countedTag,
            Class<R> reversal, Function<R, String> reversedTag) {
        this.definition = requireNonNull(definition, "definition");
        this.counted = requireNonNull(counted, "counted");
        this.countedTag = requireNonNull(countedTag, "countedTag");
        this.reversal = requireNonNull(reversal, "reversal");
        this.reversedTag = requireNonNull(reversedTag, "reversedTag");
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    /** Animals' tags, communes and dates only: no personal data, so exact in a ledger read without its keys. */
    @Override
    public boolean readsPersonalData() {
        return false;
    }

    @Override
    public IndicatorAccumulator newAccumulator(ReportingPeriod period) {
        requireNonNull(period, "period");
        // the unit each animal's event in the period was counted for; a correction removes it
        Map<String, String> unitOfTag = new HashMap<>();
        Set<String> units = new LinkedHashSet<>();
        return new IndicatorAccumulator() {
            @Override
            public void accept(EventEnvelope event) {
                if (counted.isInstance(event.payload()) && period.contains(event.occurredOn())) {
                    unitOfTag.put(countedTag.apply(counted.cast(event.payload())), event.unitCode());
                    units.add(event.unitCode());
                } else if (reversal.isInstance(event.payload())) {
                    unitOfTag.remove(reversedTag.apply(reversal.cast(event.payload())));
                }
            }

            @Override
            public Map<String, IndicatorValue> result() {
                Map<String, Long> counts = new HashMap<>();
                units.forEach(unit -> counts.put(unit, 0L));
                unitOfTag.values().forEach(unit -> counts.merge(unit, 1L, Long::sum));
                Map<String, IndicatorValue> values = new HashMap<>();
                counts.forEach((unit, count) -> values.put(unit, IndicatorValue.of(count)));
                return Map.copyOf(values);
            }
        };
    }

    @Override
    public String toString() {
        return "CorrectedCountSource[" + definition.id() + "]";
    }
}
