package org.ketnghia.training.course;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A training class (<i>lớp tập huấn, bồi dưỡng</i>) as opened: who organises it (a sponsor
 * (<i>đơn vị kết nghĩa</i>) and/or the locality it is held for), which officials it is for, its
 * topics, session days, venue, trainers, capacity, completion threshold, test scale and planned
 * budget ({@link ClassFacts}, as the {@link OpenClass} command gave them, session days in date
 * order). Each session is one training day; person-days count attended sessions.
 *
 * <p>The locality is the unit of the {@link OpenClass} command (province, district or commune);
 * {@link #unitCode()} repeats it. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTrainingClass.class)
@JsonDeserialize(as = ImmutableTrainingClass.class)
public abstract class TrainingClass implements ClassFacts {

    TrainingClass() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The class id, unique in the programme. */
    public abstract String id();

    /** The first session day. */
    public LocalDate firstDay() {
        return sessionDays().stream().min(LocalDate::compareTo).orElseThrow();
    }

    /** The last session day. */
    public LocalDate lastDay() {
        return sessionDays().stream().max(LocalDate::compareTo).orElseThrow();
    }

    /** Whether the class runs at the same time as {@code other}: their first-to-last-day spans meet. */
    public boolean overlaps(TrainingClass other) {
        return !firstDay().isAfter(other.lastDay()) && !other.firstDay().isAfter(lastDay());
    }

    /** Whether attending {@code attended} of its sessions completes the class. */
    public boolean completesWith(int attended) {
        return (long) attended * 100 >= (long) completionThresholdPercent() * sessionDays().size();
    }

    /** Builds a {@link TrainingClass}. */
    public static final class Builder extends ImmutableTrainingClass.Builder {
    }
}
