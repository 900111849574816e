package org.ketnghia.core.simulation;

/** Receives the values one replicate produces: an indicator's value at the end of a programme year. */
@FunctionalInterface
public interface ReplicateRecorder {

    /**
     * Records a value.
     *
     * @param indicatorId the indicator, e.g. {@code "livestock.households-reached"}
     * @param year programme year, 1 for the first
     * @param value the value at the end of that year
     */
    void record(String indicatorId, int year, double value);
}
