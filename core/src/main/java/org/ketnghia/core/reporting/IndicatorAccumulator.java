package org.ketnghia.core.reporting;

import java.util.Map;
import org.ketnghia.core.ledger.EventEnvelope;

/**
 * The running computation of one indicator over one period: it sees the ledger's events one at a
 * time and then hands out a value per administrative unit. Obtained from {@link
 * IndicatorSource#newAccumulator}; used by one thread, once.
 */
public interface IndicatorAccumulator {

    /**
     * Folds one event in. Called in ledger order with every event that occurred on or before the
     * period's last day (earlier events too, so that "as at the end of the period" indicators can
     * be computed); an accumulator counting only events in the period checks {@link
     * ReportingPeriod#contains}. Must ignore events it does not know and must not throw for them.
     */
    void accept(EventEnvelope event);

    /**
     * The values per unit code (the unit the events concern: village, commune, …), after the last
     * event. Units with no value are simply absent. The roll-up to higher levels is done by the
     * {@link ReportBuilder}, not here.
     *
     * @return an immutable map from unit code to value
     */
    Map<String, IndicatorValue> result();
}
