package org.ketnghia.livestock.scenarios;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One dimension's place in the sensitivity ranking (<i>xếp hạng độ nhạy</i>): how much moving it from
 * its baseline level, every other dimension at its baseline, moves the ranking indicator (by default
 * households reached at year 5). {@link #lowestDifference()} and {@link #highestDifference()} are the
 * smallest and largest paired differences from the baseline over its levels (the baseline's own 0
 * included, so lowest ≤ 0 ≤ highest; a tie goes to the baseline level, then to the first level), with
 * their levels and standard errors; {@link #swing()} is
 * their distance (the bar of a tornado chart). When the sweep covers the full grid, {@link
 * #mainEffectSwing()} is the range of the indicator's mean over the levels of the dimension, each
 * averaged over every combination of the others. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSensitivityEntry.class)
@JsonDeserialize(as = ImmutableSensitivityEntry.class)
public abstract class SensitivityEntry {

    /** 1 for the dimension that moves the indicator most. */
    public abstract int rank();

    /** The dimension. */
    public abstract ScenarioDimension dimension();

    /** The dimension's label in Vietnamese. */
    public abstract String labelVi();

    /** The dimension's label in English. */
    public abstract String labelEn();

    /** {@code highestDifference − lowestDifference}, ≥ 0. */
    public abstract double swing();

    /** The level with the lowest difference. */
    public abstract String lowestLevel();

    /** The lowest paired difference from the baseline (≤ 0). */
    public abstract double lowestDifference();

    /** Its standard error. */
    public abstract double lowestStandardError();

    /** The level with the highest difference. */
    public abstract String highestLevel();

    /** The highest paired difference from the baseline (≥ 0). */
    public abstract double highestDifference();

    /** Its standard error. */
    public abstract double highestStandardError();

    /** Range of the level means over the full grid, when the sweep covered it. */
    public abstract Optional<Double> mainEffectSwing();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SensitivityEntry}. */
    public static final class Builder extends ImmutableSensitivityEntry.Builder {
    }
}
