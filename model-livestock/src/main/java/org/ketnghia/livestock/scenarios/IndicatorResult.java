package org.ketnghia.livestock.scenarios;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One indicator of one scenario over the replicates (<i>kết quả chỉ tiêu</i>): mean, sample standard
 * deviation, exact 5th, 50th and 95th percentiles (linear interpolation between order statistics),
 * and the paired difference from the baseline scenario: the mean over replicates of {@code value_i −
 * baseline_i} and its standard error {@code sd(value_i − baseline_i) / √n}. Zero for the baseline itself.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicatorResult.class)
@JsonDeserialize(as = ImmutableIndicatorResult.class)
public abstract class IndicatorResult {

    /** The indicator's key ({@link ScenarioIndicator#key()}). */
    public abstract String indicator();

    /** Mean over the replicates. */
    public abstract double mean();

    /** Sample standard deviation (n − 1), 0 for one replicate. */
    public abstract double standardDeviation();

    /** 5th percentile. */
    public abstract double p5();

    /** Median. */
    public abstract double p50();

    /** 95th percentile. */
    public abstract double p95();

    /** Mean paired difference from the baseline scenario. */
    public abstract double difference();

    /** Standard error of the paired difference (<i>sai số chuẩn của chênh lệch ghép cặp</i>). */
    public abstract double differenceStandardError();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link IndicatorResult}. */
    public static final class Builder extends ImmutableIndicatorResult.Builder {
    }
}
