package org.ketnghia.training.course;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The declared scale of a class's pre- and post-tests (<i>thang điểm</i>), in whole points: {@code
 * 0–100} by default, {@code 0–10} for the usual Vietnamese marking. A score outside it is refused.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScoreScale.class)
@JsonDeserialize(as = ImmutableScoreScale.class)
public abstract class ScoreScale {

    /** The 0–100 scale. */
    public static final ScoreScale PERCENT = of(0, 100);

    ScoreScale() {
    }

    /** A scale from {@code min} to {@code max} points, both included. */
    public static ScoreScale of(int min, int max) {
        return new Builder().min(min).max(max).build();
    }

    /** The lowest score. */
    public abstract int min();

    /** The highest score. */
    public abstract int max();

    /** The number of points between the lowest and highest score. */
    public int range() {
        return max() - min();
    }

    /** Whether {@code score} lies on the scale. */
    public boolean contains(int score) {
        return score >= min() && score <= max();
    }

    @Override
    public String toString() {
        return min() + "–" + max();
    }

    /** Builds a {@link ScoreScale}. */
    public static final class Builder extends ImmutableScoreScale.Builder {
    }
}
