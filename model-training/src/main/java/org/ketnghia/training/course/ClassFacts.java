package org.ketnghia.training.course;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.ketnghia.core.money.Money;
import org.ketnghia.training.catalogue.OfficialLevel;

/**
 * What a training class (<i>lớp bồi dưỡng</i>) is, said once for the command that opens it ({@link
 * OpenClass}) and the class as recorded ({@link TrainingClass}, inside {@link ClassOpened}): the
 * handler builds the class with {@code TrainingClass.builder().from((ClassFacts) command)} and adds
 * its id and its session days in date order.
 *
 * <p>Implementations are immutable values.
 */
public interface ClassFacts {

    /** The completion threshold when none is given: 80 % of the sessions. */
    int DEFAULT_COMPLETION_THRESHOLD_PERCENT = 80;

    /** The title, e.g. "Lớp bồi dưỡng ứng dụng CNTT cho cán bộ xã A Xan". */
    String title();

    /** The locality the class is held for (and with): a province, district or commune. */
    String unitCode();

    /** Whether the locality itself organises (co-organises) the class; if not, a sponsor must. */
    @Value.Default
    default boolean localityOrganises() {
        return true;
    }

    /** The sponsor (<i>đơn vị kết nghĩa</i>) organising the class, if any. */
    Optional<String> sponsorId();

    /** The level of officials the class is for. */
    OfficialLevel targetLevel();

    /** Why the class breaks the plan's level rule, when it does (<i>lý do ngoại lệ</i>). */
    Optional<String> levelExceptionReason();

    /**
     * The topics of the catalogue the class covers (ids); at least one. In id order, so that the
     * event hashes the same after being read back from JSON.
     */
    @Value.NaturalOrder
    SortedSet<String> topicIds();

    /**
     * The session days, one training day each; at least one, no repeats, none before the class is
     * opened. In the recorded class, in date order.
     */
    List<LocalDate> sessionDays();

    /** Where it is held (<i>địa điểm</i>). */
    String venue();

    /** The trainers (<i>giảng viên, báo cáo viên</i>). */
    List<String> trainers();

    /** The most participants it takes (<i>sĩ số tối đa</i>); positive. */
    int capacity();

    /**
     * The share of sessions, in percent (1–100), a participant must attend to complete the class;
     * {@value #DEFAULT_COMPLETION_THRESHOLD_PERCENT} by default.
     */
    @Value.Default
    default int completionThresholdPercent() {
        return DEFAULT_COMPLETION_THRESHOLD_PERCENT;
    }

    /** The scale of its pre- and post-tests (<i>thang điểm</i>), 0–100 by default. */
    @Value.Default
    default ScoreScale scoreScale() {
        return ScoreScale.PERCENT;
    }

    /** The budget planned for it, if given; positive. */
    Optional<Money> plannedBudget();
}
