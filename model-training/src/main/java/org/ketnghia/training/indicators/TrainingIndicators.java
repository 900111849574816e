package org.ketnghia.training.indicators;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.participant.Person;
import org.ketnghia.core.participant.PersonRegistered;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.ethnicity.EthnicGroup;
import org.ketnghia.core.reporting.Aggregation;
import org.ketnghia.core.reporting.IndicatorAccumulator;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorSource;
import org.ketnghia.core.reporting.IndicatorSources;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.training.catalogue.Topic;
import org.ketnghia.training.catalogue.TopicCatalogue;
import org.ketnghia.training.course.AttendanceRecorded;
import org.ketnghia.training.course.CertificateIssued;
import org.ketnghia.training.course.ClassCostRecorded;
import org.ketnghia.training.course.ClassOpened;
import org.ketnghia.training.course.OfficialEnrolled;
import org.ketnghia.training.course.ScoreTest;
import org.ketnghia.training.course.ScoresRecorded;

/**
 * The indicators of the training model and their sources. Values are recorded at the unit the
 * class is held for (coverage: at the official's commune, or district for district officials) and
 * rolled up by the {@link org.ketnghia.core.reporting.ReportBuilder}:
 *
 * <ul>
 *   <li>{@link #CLASSES}: classes opened in the period;</li>
 *   <li>{@link #PARTICIPANTS}: enrolments (<i>lượt học viên</i>) in the period;</li>
 *   <li>{@link #PERSON_DAYS}: session days attended in the period;</li>
 *   <li>{@link #COMPLETION_RATE}: of the enrolments in the period, the share certified by its end;</li>
 *   <li>{@link #COVERAGE} and {@link #coverage(Topic)}: as at the period's end, of the officials in
 *       post (for a topic: of its target levels), the share holding a certificate of a class on any
 *       topic / on that topic;</li>
 *   <li>{@link #AVERAGE_SCORE_GAIN}: for officials whose post-test was recorded in the period and
 *       who have a pre-test, the mean of post − pre in percentage points of the class's scale
 *       (computed as {@code Σ(post−pre)·100 / Σ scale range}, exact when classes share a scale);</li>
 *   <li>{@link #SPENDING_PER_TRAINED_OFFICIAL}: class costs in the period over certificates issued
 *       in the period (đồng per official);</li>
 *   <li>{@link #WOMEN_SHARE} and {@link #ETHNIC_MINORITY_SHARE}: of the enrolments in the period,
 *       the share of women and of officials whose recorded ethnic group is not Kinh (an unrecorded
 *       ethnicity counts as not minority). Only the aggregate share is reported.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
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
    /** Tỷ lệ người dân tộc thiểu số. */
    public static final IndicatorDefinition ETHNIC_MINORITY_SHARE = new IndicatorDefinition(
            "training.ethnic-minority-share", "Tỷ lệ học viên là người dân tộc thiểu số",
            "Share of ethnic-minority participants", "tỷ lệ", Aggregation.RATIO_OF_SUMS);

    private static final String COVERAGE_PREFIX = "training.coverage.";

    private TrainingIndicators() {
    }

    /** The coverage indicator of one topic, id {@code training.coverage.<topic id>}. */
    public static IndicatorDefinition coverage(Topic topic) {
        requireNonNull(topic, "topic");
        return new IndicatorDefinition(COVERAGE_PREFIX + topic.id(),
                "Tỷ lệ cán bộ đã được bồi dưỡng chuyên đề " + topic.nameVi(),
                "Share of officials trained in " + topic.nameEn(), "tỷ lệ", Aggregation.RATIO_OF_SUMS);
    }

    /** Every indicator: the fixed ones, then one coverage indicator per topic of {@code catalogue}. */
    public static List<IndicatorDefinition> definitions(TopicCatalogue catalogue) {
        List<IndicatorDefinition> definitions = new ArrayList<>(List.of(CLASSES, PARTICIPANTS, PERSON_DAYS,
                COMPLETION_RATE, COVERAGE, AVERAGE_SCORE_GAIN, SPENDING_PER_TRAINED_OFFICIAL, WOMEN_SHARE,
                ETHNIC_MINORITY_SHARE));
        catalogue.all().forEach(topic -> definitions.add(coverage(topic)));
        return List.copyOf(definitions);
    }

    /** The sources of every indicator of {@link #definitions}, in the same order. */
    public static List<IndicatorSource> sources(TopicCatalogue catalogue, AdministrativeRegistry units) {
        requireNonNull(catalogue, "catalogue");
        requireNonNull(units, "units");
        List<IndicatorSource> sources = new ArrayList<>(List.of(
                IndicatorSources.countOf(CLASSES, ClassOpened.class),
                IndicatorSources.countOf(PARTICIPANTS, OfficialEnrolled.class),
                IndicatorSources.sumOf(PERSON_DAYS, AttendanceRecorded.class, event -> event.presentPersonIds().size()),
                source(COMPLETION_RATE, CompletionAccumulator::new),
                new CoverageSource(COVERAGE, null, units),
                source(AVERAGE_SCORE_GAIN, ScoreGainAccumulator::new),
                source(SPENDING_PER_TRAINED_OFFICIAL, SpendingAccumulator::new),
                source(WOMEN_SHARE, period -> new ShareAccumulator(period, person -> person.sex() == Sex.FEMALE)),
                source(ETHNIC_MINORITY_SHARE, period -> new ShareAccumulator(period, person -> person.ethnicityCode()
                        .filter(code -> !EthnicGroup.KINH_CODE.equals(code)).isPresent()))));
        catalogue.all().forEach(topic -> sources.add(new CoverageSource(coverage(topic), topic, units)));
        return List.copyOf(sources);
    }

    private static IndicatorSource source(IndicatorDefinition definition,
            Function<ReportingPeriod, IndicatorAccumulator> accumulators) {
        return new IndicatorSource() {
            @Override
            public IndicatorDefinition definition() {
                return definition;
            }

            @Override
            public IndicatorAccumulator newAccumulator(ReportingPeriod period) {
                return accumulators.apply(requireNonNull(period, "period"));
            }

            @Override
            public String toString() {
                return "IndicatorSource[" + definition.id() + "]";
            }
        };
    }

    /** A (class, official) pair. */
    record Seat(String classId, String personId) {
    }

    /** Sums numerators and denominators per unit. */
    abstract static class RatioAccumulator implements IndicatorAccumulator {
        final Map<String, long[]> byUnit = new HashMap<>();

        void add(String unitCode, long numerator, long denominator) {
            long[] sums = byUnit.computeIfAbsent(unitCode, code -> new long[2]);
            sums[0] = Math.addExact(sums[0], numerator);
            sums[1] = Math.addExact(sums[1], denominator);
        }

        @Override
        public Map<String, IndicatorValue> result() {
            Map<String, IndicatorValue> values = new HashMap<>();
            byUnit.forEach((unit, sums) -> values.put(unit, IndicatorValue.ratio(sums[0], sums[1])));
            return Map.copyOf(values);
        }
    }

    static final class CompletionAccumulator extends RatioAccumulator {
        private final ReportingPeriod period;
        private final Map<Seat, String> cohort = new HashMap<>();
        private final Set<Seat> certified = new HashSet<>();

        CompletionAccumulator(ReportingPeriod period) {
            this.period = period;
        }

        @Override
        public void accept(EventEnvelope event) {
            if (event.payload() instanceof OfficialEnrolled enrolled && period.contains(event.occurredOn())) {
                cohort.put(new Seat(enrolled.classId(), enrolled.personId()), event.unitCode());
            } else if (event.payload() instanceof CertificateIssued issued) {
                certified.add(new Seat(issued.classId(), issued.personId()));
            }
        }

        @Override
        public Map<String, IndicatorValue> result() {
            byUnit.clear();
            cohort.forEach((seat, unit) -> add(unit, certified.contains(seat) ? 1 : 0, 1));
            return super.result();
        }
    }

    static final class ScoreGainAccumulator extends RatioAccumulator {
        private final ReportingPeriod period;
        private final Map<String, Integer> scaleRange = new HashMap<>();
        private final Map<Seat, Integer> pre = new HashMap<>();
        private final Map<Seat, Integer> post = new HashMap<>();
        private final Map<Seat, String> postUnits = new HashMap<>();

        ScoreGainAccumulator(ReportingPeriod period) {
            this.period = period;
        }

        @Override
        public void accept(EventEnvelope event) {
            if (event.payload() instanceof ClassOpened opened) {
                scaleRange.put(opened.trainingClass().id(), opened.trainingClass().scoreScale().range());
            } else if (event.payload() instanceof ScoresRecorded scores) {
                boolean isPost = scores.test() == ScoreTest.POST;
                if (isPost && !period.contains(event.occurredOn())) {
                    return;
                }
                scores.scores().forEach((person, score) -> {
                    Seat seat = new Seat(scores.classId(), person);
                    (isPost ? post : pre).put(seat, score);
                    if (isPost) {
                        postUnits.put(seat, event.unitCode());
                    }
                });
            }
        }

        @Override
        public Map<String, IndicatorValue> result() {
            byUnit.clear();
            post.forEach((seat, after) -> {
                Integer before = pre.get(seat);
                Integer range = scaleRange.get(seat.classId());
                if (before != null && range != null) {
                    add(postUnits.get(seat), (long) (after - before) * 100, range);
                }
            });
            return super.result();
        }
    }

    static final class SpendingAccumulator extends RatioAccumulator {
        private final ReportingPeriod period;

        SpendingAccumulator(ReportingPeriod period) {
            this.period = period;
        }

        @Override
        public void accept(EventEnvelope event) {
            if (!period.contains(event.occurredOn())) {
                return;
            }
            if (event.payload() instanceof ClassCostRecorded cost) {
                add(event.unitCode(), cost.amount().dong(), 0);
            } else if (event.payload() instanceof CertificateIssued) {
                add(event.unitCode(), 0, 1);
            }
        }
    }

    static final class ShareAccumulator extends RatioAccumulator {
        private final ReportingPeriod period;
        private final java.util.function.Predicate<Person> counted;
        private final Map<String, Person> persons = new HashMap<>();

        ShareAccumulator(ReportingPeriod period, java.util.function.Predicate<Person> counted) {
            this.period = period;
            this.counted = counted;
        }

        @Override
        public void accept(EventEnvelope event) {
            if (event.payload() instanceof PersonRegistered registered) {
                persons.put(registered.person().id(), registered.person());
            } else if (event.payload() instanceof OfficialEnrolled enrolled && period.contains(event.occurredOn())) {
                Person person = persons.get(enrolled.personId());
                add(event.unitCode(), person != null && counted.test(person) ? 1 : 0, 1);
            }
        }
    }
}
