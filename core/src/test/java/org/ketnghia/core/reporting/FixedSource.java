package org.ketnghia.core.reporting;

import java.util.Map;
import org.ketnghia.core.ledger.EventEnvelope;

/** A hand-written source that hands out fixed values per unit, whatever the events. */
record FixedSource(IndicatorDefinition definition, Map<String, IndicatorValue> values) implements IndicatorSource {

    @Override
    public IndicatorAccumulator newAccumulator(ReportingPeriod period) {
        return new IndicatorAccumulator() {
            @Override
            public void accept(EventEnvelope event) {
                // fixed values: events do not matter
            }

            @Override
            public Map<String, IndicatorValue> result() {
                return values;
            }
        };
    }
}
