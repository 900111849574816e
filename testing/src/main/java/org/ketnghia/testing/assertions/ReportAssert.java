package org.ketnghia.testing.assertions;

import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.ketnghia.core.reporting.Aggregation;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportRow;

/** Assertions on a report (<i>báo cáo</i>): a value at a unit, the total, and that sums roll up exactly. */
public final class ReportAssert extends AbstractAssert<ReportAssert, Report> {

    ReportAssert(Report actual) {
        super(actual, ReportAssert.class);
    }

    /** Indicator {@code indicatorId} at {@code unitCode} is {@code expected}. */
    public ReportAssert hasValue(String unitCode, String indicatorId, IndicatorValue expected) {
        isNotNull();
        Optional<IndicatorValue> value = actual.actual(unitCode, indicatorId);
        if (!value.equals(Optional.of(expected))) {
            failWithMessage("Expected %s at %s in %s to be %s but was %s", indicatorId, unitCode,
                    actual.period().labelVi(), expected, value.map(String::valueOf).orElse("absent"));
        }
        return this;
    }

    /** Indicator {@code indicatorId} at {@code unitCode} is the whole number {@code expected}. */
    public ReportAssert hasValue(String unitCode, String indicatorId, long expected) {
        return hasValue(unitCode, indicatorId, IndicatorValue.of(expected));
    }

    /** The report's total of {@code indicatorId} is {@code expected}. */
    public ReportAssert hasTotal(String indicatorId, IndicatorValue expected) {
        isNotNull();
        Optional<IndicatorValue> total = actual.total(indicatorId);
        if (!total.equals(Optional.of(expected))) {
            failWithMessage("Expected the total of %s in %s to be %s but was %s", indicatorId, actual.period().labelVi(),
                    expected, total.map(String::valueOf).orElse("absent"));
        }
        return this;
    }

    /**
     * Every summed indicator rolls up exactly: at every unit, the value equals what was recorded at the unit
     * itself plus the values of the units under it.
     */
    public ReportAssert rollsUpExactly() {
        isNotNull();
        for (IndicatorDefinition indicator : actual.indicators()) {
            if (indicator.aggregation() != Aggregation.SUM) {
                continue;
            }
            for (ReportRow row : actual.rows()) {
                Optional<IndicatorValue> value = actual.actual(row.unitCode(), indicator.id());
                if (value.isEmpty() || actual.childrenOf(row.unitCode()).isEmpty()) {
                    continue; // a unit without units under it holds only its own records
                }
                long sum = Optional.ofNullable(row.cells().get(indicator.id())).flatMap(cell -> cell.recordedAtUnit())
                        .map(IndicatorValue::numerator).orElse(0L);
                for (ReportRow child : actual.childrenOf(row.unitCode())) {
                    sum += actual.actual(child.unitCode(), indicator.id()).map(IndicatorValue::numerator).orElse(0L);
                }
                if (sum != value.get().numerator()) {
                    failWithMessage("Expected %s at %s to be the sum of its own records and its units' (%d) but was %s",
                            indicator.id(), row.unitCode(), sum, value.get());
                }
            }
        }
        return this;
    }
}
