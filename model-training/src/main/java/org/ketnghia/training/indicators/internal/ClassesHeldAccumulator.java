package org.ketnghia.training.indicators.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.reporting.IndicatorAccumulator;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.ReportingPeriod;

/**
 * Classes opened in the period, less those cancelled before any session was held, counted at the unit that opened
 * them: the officials' classes and the households' technical classes alike, each kind telling which events open and
 * cancel its classes. A report sees the events up to its period's last day, so a class cancelled after that day stood
 * open at the period's end and stays in that period's count. One report's; not thread-safe.
 */
abstract class ClassesHeldAccumulator implements IndicatorAccumulator {

    private final ReportingPeriod period;
    private final Map<String, String> unitOfClass = new HashMap<>();

    ClassesHeldAccumulator(ReportingPeriod period) {
        this.period = period;
    }

    /** The id of the class {@code payload} opens; empty if it opens none. */
    abstract Optional<String> opened(Object payload);

    /** The id of the class {@code payload} cancels before any session was held; empty otherwise. */
    abstract Optional<String> cancelledUnheld(Object payload);

    @Override
    public void accept(EventEnvelope event) {
        Object payload = event.payload();
        Optional<String> opened = opened(payload);
        if (opened.isPresent()) {
            if (period.contains(event.occurredOn())) {
                unitOfClass.put(opened.get(), event.unitCode());
            }
        } else {
            cancelledUnheld(payload).ifPresent(unitOfClass::remove);
        }
    }

    @Override
    public Map<String, IndicatorValue> result() {
        Map<String, Long> counts = new HashMap<>();
        unitOfClass.values().forEach(unit -> counts.merge(unit, 1L, Long::sum));
        Map<String, IndicatorValue> values = new HashMap<>();
        counts.forEach((unit, count) -> values.put(unit, IndicatorValue.of(count)));
        return Map.copyOf(values);
    }
}
