package org.ketnghia.training.course;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.ketnghia.core.money.Money;
import org.ketnghia.training.catalogue.OfficialLevel;

/**
 * A training class (<i>lớp tập huấn, bồi dưỡng</i>) as opened: who organises it (a sponsor
 * (<i>đơn vị kết nghĩa</i>) and/or the locality it is held for), which officials it is for, its
 * topics, session days, venue, trainers, capacity, completion threshold, test scale and planned
 * budget. Each session is one training day; person-days count attended sessions.
 *
 * <p>The locality is the unit of the {@link OpenClass} command (province, district or commune);
 * {@link #unitCode()} repeats it. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTrainingClass.class)
@JsonDeserialize(as = ImmutableTrainingClass.class)
public abstract class TrainingClass {

    /** The completion threshold when none is given: 80 % of the sessions. */
    public static final int DEFAULT_COMPLETION_THRESHOLD_PERCENT = 80;

    TrainingClass() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The class id, unique in the programme. */
    public abstract String id();

    /** The title, e.g. "Lớp bồi dưỡng ứng dụng CNTT cho cán bộ xã A Xan". */
    public abstract String title();

    /** The locality the class is held for (and with); filled in by the handler from the command. */
    public abstract String unitCode();

    /** Whether the locality itself organises (co-organises) the class. */
    @Value.Default
    public boolean localityOrganises() {
        return true;
    }

    /** The sponsor that organises the class, if any. */
    public abstract Optional<String> sponsorId();

    /** The level of officials the class is for. */
    public abstract OfficialLevel targetLevel();

    /** Why a class breaks the plan's level rule, when it does (<i>lý do ngoại lệ</i>). */
    public abstract Optional<String> levelExceptionReason();

    /**
     * The topics of the catalogue the class covers; at least one. In id order, so that the event
     * hashes the same after being read back from JSON.
     */
    @Value.NaturalOrder
    public abstract SortedSet<String> topicIds();

    /** The session days, in order; at least one. */
    public abstract List<LocalDate> sessionDays();

    /** Where it is held (<i>địa điểm</i>). */
    public abstract String venue();

    /** The trainers (<i>giảng viên, báo cáo viên</i>). */
    public abstract List<String> trainers();

    /** The most participants it takes (<i>sĩ số tối đa</i>). */
    public abstract int capacity();

    /** The share of sessions, in percent, a participant must attend to complete the class. */
    @Value.Default
    public int completionThresholdPercent() {
        return DEFAULT_COMPLETION_THRESHOLD_PERCENT;
    }

    /** The scale of its pre- and post-tests. */
    @Value.Default
    public ScoreScale scoreScale() {
        return ScoreScale.PERCENT;
    }

    /** The budget planned for it, if given. */
    public abstract Optional<Money> plannedBudget();

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
