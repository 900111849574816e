package org.ketnghia.training.indicators.internal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.participant.Person;
import org.ketnghia.core.participant.PersonRegistered;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.ethnicity.EthnicGroup;
import org.ketnghia.core.reporting.IndicatorAccumulator;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorSource;
import org.ketnghia.core.reporting.IndicatorSources;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.training.catalogue.TopicCatalogue;
import org.ketnghia.training.course.AttendanceRecorded;
import org.ketnghia.training.course.CertificateIssued;
import org.ketnghia.training.course.ClassCostRecorded;
import org.ketnghia.training.course.ClassCancelled;
import org.ketnghia.training.course.ClassOpened;
import org.ketnghia.training.course.EnrolmentWithdrawn;
import org.ketnghia.training.course.ScoreCorrected;
import org.ketnghia.training.course.OfficialEnrolled;
import org.ketnghia.training.course.OfficialRoster;
import org.ketnghia.training.course.ScoreTest;
import org.ketnghia.training.course.ScoresRecorded;
import org.ketnghia.training.indicators.TrainingIndicators;

/**
 * How the indicators of {@link TrainingIndicators} are computed from ledger events (see there for
 * what each means). Stateless and thread-safe; each accumulator is for one report.
 */
public final class TrainingIndicatorSources {

    private TrainingIndicatorSources() {
    }

    /**
     * The sources of every indicator of {@link TrainingIndicators#definitions}, in the same order.
     */
    public static List<IndicatorSource> of(TopicCatalogue catalogue, AdministrativeRegistry units) {
        requireNonNull(catalogue, "catalogue");
        requireNonNull(units, "units");
        // every source reads fields kept in the clear, but the ethnic minority share (ethnicity, sealed)
        List<IndicatorSource> sources = new ArrayList<>(List.of(
                IndicatorSource.ofClearFields(TrainingIndicators.CLASSES, ClassesAccumulator::new),
                IndicatorSource.ofClearFields(TrainingIndicators.PARTICIPANTS, ParticipantsAccumulator::new),
                IndicatorSources.sumOf(TrainingIndicators.PERSON_DAYS, AttendanceRecorded.class, event -> event.presentPersonIds().size()),
                IndicatorSource.ofClearFields(TrainingIndicators.COMPLETION_RATE, CompletionAccumulator::new),
                IndicatorSource.ofClearFields(TrainingIndicators.OFFICIALS_TRAINED, period -> new OfficialsTrainedAccumulator(period, units)),
                new CoverageSource(TrainingIndicators.COVERAGE, null, units),
                IndicatorSource.ofClearFields(TrainingIndicators.AVERAGE_SCORE_GAIN, ScoreGainAccumulator::new),
                IndicatorSource.ofClearFields(TrainingIndicators.SPENDING_PER_TRAINED_OFFICIAL, SpendingAccumulator::new),
                IndicatorSource.ofClearFields(TrainingIndicators.WOMEN_SHARE, period -> new ShareAccumulator(period, person -> person.sex() == Sex.FEMALE)),
                IndicatorSource.of(TrainingIndicators.ETHNIC_MINORITY_SHARE, period -> new ShareAccumulator(period, person -> person.ethnicityCode()
                        .filter(EthnicGroup::isMinorityCode).isPresent()))));
        sources.addAll(HouseholdIndicatorSources.all());
        catalogue.all().forEach(topic -> sources.add(new CoverageSource(TrainingIndicators.coverage(topic), topic, units)));
        return List.copyOf(sources);
    }

    /** A (class, official) pair. */
    record Seat(String classId, String personId) {
    }

    /** Classes opened in the period, less those cancelled before any session was held. */
    static final class ClassesAccumulator extends ClassesHeldAccumulator {

        ClassesAccumulator(ReportingPeriod period) {
            super(period);
        }

        @Override
        Optional<String> opened(Object payload) {
            return payload instanceof ClassOpened opened ? Optional.of(opened.trainingClass().id()) : Optional.empty();
        }

        @Override
        Optional<String> cancelledUnheld(Object payload) {
            return payload instanceof ClassCancelled cancelled && cancelled.sessionsHeld() == 0
                    ? Optional.of(cancelled.classId()) : Optional.empty();
        }
    }

    /** Enrolments in the period, less those withdrawn since. */
    static final class ParticipantsAccumulator implements IndicatorAccumulator {
        private final ReportingPeriod period;
        private final Map<Seat, String> seats = new HashMap<>();

        ParticipantsAccumulator(ReportingPeriod period) {
            this.period = period;
        }

        @Override
        public void accept(EventEnvelope event) {
            if (event.payload() instanceof OfficialEnrolled enrolled && period.contains(event.occurredOn())) {
                seats.put(new Seat(enrolled.classId(), enrolled.personId()), event.unitCode());
            } else if (event.payload() instanceof EnrolmentWithdrawn withdrawn) {
                seats.remove(new Seat(withdrawn.classId(), withdrawn.personId()));
            }
        }

        @Override
        public Map<String, IndicatorValue> result() {
            Map<String, Long> counts = new HashMap<>();
            seats.values().forEach(unit -> counts.merge(unit, 1L, Long::sum));
            Map<String, IndicatorValue> values = new HashMap<>();
            counts.forEach((unit, count) -> values.put(unit, IndicatorValue.of(count)));
            return Map.copyOf(values);
        }
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
            } else if (event.payload() instanceof EnrolmentWithdrawn withdrawn) {
                cohort.remove(new Seat(withdrawn.classId(), withdrawn.personId()));
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

    /**
     * Each official once, in the period of their first certificate, at their coverage unit that day (the class's
     * unit when it cannot be resolved).
     */
    static final class OfficialsTrainedAccumulator implements IndicatorAccumulator {
        private final ReportingPeriod period;
        private final AdministrativeRegistry units;
        private final OfficialRoster roster = new OfficialRoster();
        private final Map<String, LocalDate> firstCertified = new HashMap<>();
        private final Map<String, String> unitOfFirst = new HashMap<>();

        OfficialsTrainedAccumulator(ReportingPeriod period, AdministrativeRegistry units) {
            this.period = period;
            this.units = units;
        }

        @Override
        public void accept(EventEnvelope event) {
            roster.apply(event);
            if (event.payload() instanceof CertificateIssued issued) {
                LocalDate earlier = firstCertified.get(issued.personId());
                if (earlier == null || event.occurredOn().isBefore(earlier)) {
                    firstCertified.put(issued.personId(), event.occurredOn());
                    unitOfFirst.put(issued.personId(), roster.coverageUnitAsOf(issued.personId(), event.occurredOn(), units)
                            .orElse(event.unitCode()));
                }
            }
        }

        @Override
        public Map<String, IndicatorValue> result() {
            Map<String, Long> byUnit = new HashMap<>();
            firstCertified.forEach((personId, day) -> {
                if (period.contains(day)) {
                    byUnit.merge(unitOfFirst.get(personId), 1L, Long::sum);
                }
            });
            Map<String, IndicatorValue> values = new HashMap<>();
            byUnit.forEach((unit, count) -> values.put(unit, IndicatorValue.of(count)));
            return Map.copyOf(values);
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
            } else if (event.payload() instanceof ScoreCorrected corrected) {
                Map<Seat, Integer> scores = corrected.test() == ScoreTest.POST ? post : pre;
                scores.computeIfPresent(new Seat(corrected.classId(), corrected.personId()),
                        (seat, before) -> corrected.score());
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
        private final Predicate<Person> counted;
        private final Map<String, Person> persons = new HashMap<>();
        private final Map<Seat, String> seats = new HashMap<>();

        ShareAccumulator(ReportingPeriod period, Predicate<Person> counted) {
            this.period = period;
            this.counted = counted;
        }

        @Override
        public void accept(EventEnvelope event) {
            if (event.payload() instanceof PersonRegistered registered) {
                persons.put(registered.person().id(), registered.person());
            } else if (event.payload() instanceof OfficialEnrolled enrolled && period.contains(event.occurredOn())) {
                seats.put(new Seat(enrolled.classId(), enrolled.personId()), event.unitCode());
            } else if (event.payload() instanceof EnrolmentWithdrawn withdrawn) {
                seats.remove(new Seat(withdrawn.classId(), withdrawn.personId()));
            }
        }

        @Override
        public Map<String, IndicatorValue> result() {
            byUnit.clear();
            seats.forEach((seat, unit) -> {
                Person person = persons.get(seat.personId());
                add(unit, person != null && counted.test(person) ? 1 : 0, 1);
            });
            return super.result();
        }
    }
}
