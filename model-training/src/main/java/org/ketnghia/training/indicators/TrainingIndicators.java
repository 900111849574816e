package org.ketnghia.training.indicators;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.ketnghia.core.reporting.Aggregation;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.training.catalogue.Topic;
import org.ketnghia.training.catalogue.TopicCatalogue;

/**
 * The indicators of the training model. Values are recorded at the unit the
 * class is held for (coverage: at the official's commune, or district for district officials) and
 * rolled up by the {@link org.ketnghia.core.reporting.ReportBuilder}:
 *
 * <ul>
 *   <li>{@link #CLASSES}: classes opened in the period, less those cancelled before any session was held;</li>
 *   <li>{@link #PARTICIPANTS}: enrolments (<i>lượt học viên</i>) in the period, less those withdrawn (a withdrawn
 *       enrolment also leaves the completion rate and the shares of women and ethnic minorities);</li>
 *   <li>{@link #PERSON_DAYS}: session days attended in the period;</li>
 *   <li>{@link #COMPLETION_RATE}: of the enrolments in the period, the share certified by its end;</li>
 *   <li>{@link #OFFICIALS_TRAINED}: officials trained (<i>số cán bộ được bồi dưỡng</i>): officials certified
 *       in the period for the first time, each counted once, at their coverage unit on the day (their commune —
 *       after 1 July 2025 the new commune — or their district for district officials); summed over periods it is
 *       the number of distinct officials who completed a class, the value a programme target such as "officials
 *       trained per district" is set for;</li>
 *   <li>{@link #COVERAGE} and {@link #coverage(Topic)}: as at the period's end, of the officials in
 *       post (for a topic: of its target levels), the share holding a certificate of a class on any
 *       topic / on that topic;</li>
 *   <li>{@link #AVERAGE_SCORE_GAIN}: for officials whose post-test was recorded in the period and
 *       who have a pre-test, the mean of post − pre in percentage points of the class's scale
 *       (computed as {@code Σ(post−pre)·100 / Σ scale range}, exact when classes share a scale), corrected scores
 *       replacing those first recorded;</li>
 *   <li>{@link #SPENDING_PER_TRAINED_OFFICIAL}: class costs in the period over certificates issued
 *       in the period (đồng per official);</li>
 *   <li>{@link #WOMEN_SHARE} and {@link #ETHNIC_MINORITY_SHARE}: of the enrolments in the period,
 *       the share of women and of officials whose recorded ethnic group is not Kinh (an unrecorded
 *       ethnicity counts as not minority). Only the aggregate share is reported.</li>
 *   <li>{@link #HOUSEHOLD_CLASSES}, {@link #HOUSEHOLD_PARTICIPANTS} and {@link #HOUSEHOLD_PERSON_DAYS}: the
 *       technical training for households (<i>tập huấn kỹ thuật cho hộ</i>), apart from the officials' training and
 *       never in its coverage: classes opened in the period, less those cancelled before any session was held (as
 *       {@link #CLASSES}: a class cancelled after some sessions was held in part and still counts; one cancelled
 *       after the period's end stood open at that end and counts in that period), members of
 *       households attending at least one session of a class in the period (once per class), and session days
 *       attended, at the class's commune. A cancelled class takes no attendance after its cancellation, and the
 *       attendance of its sessions held before stays counted: those members were trained.</li>
 * </ul>
 *
 * <p>The model computes them from the ledger (its indicator sources); a host reads them in the
 * core's reports. Stateless and thread-safe.
 */
public final class TrainingIndicators {

    /** Số lớp bồi dưỡng. */
    public static final IndicatorDefinition CLASSES = new IndicatorDefinition("training.classes",
            "Số lớp bồi dưỡng đã mở", "Training classes opened", "lớp", Aggregation.COUNT);
    /** Lượt học viên. */
    public static final IndicatorDefinition PARTICIPANTS = new IndicatorDefinition("training.participants",
            "Lượt cán bộ tham gia bồi dưỡng", "Officials enrolled (enrolments)", "lượt người", Aggregation.COUNT);
    /** Ngày-người. */
    public static final IndicatorDefinition PERSON_DAYS = new IndicatorDefinition("training.person-days",
            "Số ngày-người bồi dưỡng", "Person-days of training", "ngày-người", Aggregation.SUM);
    /** Tỷ lệ hoàn thành. */
    public static final IndicatorDefinition COMPLETION_RATE = new IndicatorDefinition("training.completion-rate",
            "Tỷ lệ học viên hoàn thành khóa học", "Completion rate", "tỷ lệ", Aggregation.RATIO_OF_SUMS);
    /** Số cán bộ được bồi dưỡng (hoàn thành khóa học), mỗi người tính một lần. */
    public static final IndicatorDefinition OFFICIALS_TRAINED = new IndicatorDefinition("training.officials-trained",
            "Số cán bộ được bồi dưỡng (hoàn thành khóa học)", "Officials trained (completed a class)", "người",
            Aggregation.COUNT);
    /** Độ bao phủ, mọi chuyên đề. */
    public static final IndicatorDefinition COVERAGE = new IndicatorDefinition("training.coverage",
            "Tỷ lệ cán bộ đã được bồi dưỡng", "Share of officials trained", "tỷ lệ", Aggregation.RATIO_OF_SUMS);
    /** Điểm tăng bình quân. */
    public static final IndicatorDefinition AVERAGE_SCORE_GAIN = new IndicatorDefinition("training.average-score-gain",
            "Mức tăng điểm bình quân sau khóa học", "Average score gain", "điểm % thang điểm",
            Aggregation.WEIGHTED_AVERAGE);
    /** Chi phí trên một cán bộ hoàn thành. */
    public static final IndicatorDefinition SPENDING_PER_TRAINED_OFFICIAL = new IndicatorDefinition(
            "training.spending-per-trained-official", "Chi phí bình quân cho một cán bộ được bồi dưỡng",
            "Spending per trained official", "đồng/người", Aggregation.RATIO_OF_SUMS);
    /** Tỷ lệ nữ. */
    public static final IndicatorDefinition WOMEN_SHARE = new IndicatorDefinition("training.women-share",
            "Tỷ lệ học viên nữ", "Share of women among participants", "tỷ lệ", Aggregation.RATIO_OF_SUMS);
    /**
     * Tỷ lệ người dân tộc thiểu số. A participant whose ethnicity is not known (data erased) counts among the
     * participants, not among the minority ({@link org.ketnghia.core.participant.ethnicity.EthnicGroup#isMinorityCode}).
     */
    public static final IndicatorDefinition ETHNIC_MINORITY_SHARE = new IndicatorDefinition(
            "training.ethnic-minority-share", "Tỷ lệ học viên là người dân tộc thiểu số",
            "Share of ethnic-minority participants", "tỷ lệ", Aggregation.RATIO_OF_SUMS);

    /** Số lớp tập huấn kỹ thuật cho hộ. */
    public static final IndicatorDefinition HOUSEHOLD_CLASSES = new IndicatorDefinition("training.household-classes",
            "Số lớp tập huấn kỹ thuật cho hộ dân đã mở", "Technical classes for households opened", "lớp",
            Aggregation.COUNT);
    /** Lượt thành viên hộ tham gia tập huấn kỹ thuật. */
    public static final IndicatorDefinition HOUSEHOLD_PARTICIPANTS = new IndicatorDefinition(
            "training.household-participants", "Lượt thành viên hộ tham gia tập huấn kỹ thuật",
            "Household members trained (per class)", "lượt người", Aggregation.COUNT);
    /** Ngày-người tập huấn kỹ thuật cho hộ. */
    public static final IndicatorDefinition HOUSEHOLD_PERSON_DAYS = new IndicatorDefinition(
            "training.household-person-days", "Số ngày-người tập huấn kỹ thuật cho hộ dân",
            "Person-days of technical training for households", "ngày-người", Aggregation.SUM);

    private static final String COVERAGE_PREFIX = "training.coverage.";

    private TrainingIndicators() {
    }

    /** The coverage indicator of one topic, id {@code training.coverage.<topic id>}. */
    public static IndicatorDefinition coverage(Topic topic) {
        requireNonNull(topic, "topic");
        return new IndicatorDefinition(COVERAGE_PREFIX + topic.id(),
                "Tỷ lệ cán bộ đã được bồi dưỡng chuyên đề " + topic.name().vi(),
                "Share of officials trained in " + topic.name().en(), "tỷ lệ", Aggregation.RATIO_OF_SUMS);
    }

    /** Every indicator: the fixed ones, then one coverage indicator per topic of {@code catalogue}. */
    public static List<IndicatorDefinition> definitions(TopicCatalogue catalogue) {
        List<IndicatorDefinition> definitions = new ArrayList<>(List.of(CLASSES, PARTICIPANTS, PERSON_DAYS,
                COMPLETION_RATE, OFFICIALS_TRAINED, COVERAGE, AVERAGE_SCORE_GAIN, SPENDING_PER_TRAINED_OFFICIAL, WOMEN_SHARE,
                ETHNIC_MINORITY_SHARE, HOUSEHOLD_CLASSES, HOUSEHOLD_PARTICIPANTS, HOUSEHOLD_PERSON_DAYS));
        catalogue.all().forEach(topic -> definitions.add(coverage(topic)));
        return List.copyOf(definitions);
    }
}
