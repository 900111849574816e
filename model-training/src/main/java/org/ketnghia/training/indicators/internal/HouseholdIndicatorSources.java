package org.ketnghia.training.indicators.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.reporting.IndicatorAccumulator;
import org.ketnghia.core.reporting.IndicatorSource;
import org.ketnghia.core.reporting.IndicatorSources;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.training.household.HouseholdAttendanceRecorded;
import org.ketnghia.training.household.HouseholdClassCancelled;
import org.ketnghia.training.household.HouseholdClassOpened;
import org.ketnghia.training.household.HouseholdParticipant;
import org.ketnghia.training.indicators.TrainingIndicators;

/**
 * How the indicators of the technical training for households ({@code training.household-…}) are computed from
 * ledger events, apart from the officials' training. Stateless and thread-safe; each accumulator is for one report.
 */
final class HouseholdIndicatorSources {

    private HouseholdIndicatorSources() {
    }

    /** The sources of the household indicators, in the order of {@link TrainingIndicators#definitions}. */
    static List<IndicatorSource> all() {
        // the participants are told apart by their names, which a ledger read without its keys masks alike: that
        // count rests on personal data; the person-days only count the members present
        return List.of(IndicatorSource.ofClearFields(TrainingIndicators.HOUSEHOLD_CLASSES, HouseholdClassesAccumulator::new),
                IndicatorSource.of(TrainingIndicators.HOUSEHOLD_PARTICIPANTS, HouseholdParticipantsAccumulator::new),
                IndicatorSource.onClearFields(IndicatorSources.sumOf(TrainingIndicators.HOUSEHOLD_PERSON_DAYS,
                        HouseholdAttendanceRecorded.class, event -> event.participants().size())));
    }

    /**
     * Household classes opened in the period, less those cancelled before any session was held, at the class's
     * commune; as the officials' classes are counted. A report sees the events up to its period's last day, so a class
     * cancelled after that day stood open at the period's end and stays in that period's count.
     */
    static final class HouseholdClassesAccumulator extends ClassesHeldAccumulator {

        HouseholdClassesAccumulator(ReportingPeriod period) {
            super(period);
        }

        @Override
        Optional<String> opened(Object payload) {
            return payload instanceof HouseholdClassOpened opened ? Optional.of(opened.classId()) : Optional.empty();
        }

        @Override
        Optional<String> cancelledUnheld(Object payload) {
            return payload instanceof HouseholdClassCancelled cancelled && cancelled.sessionsHeld() == 0
                    ? Optional.of(cancelled.classId()) : Optional.empty();
        }
    }

    /** A (technical class, household member) pair. */
    record HouseholdSeat(String classId, HouseholdParticipant participant) {
    }

    /** Members of households attending a technical class in the period, once per class, at the class's commune. */
    static final class HouseholdParticipantsAccumulator implements IndicatorAccumulator {
        private final ReportingPeriod period;
        private final Map<String, Set<HouseholdSeat>> seatsByUnit = new HashMap<>();

        HouseholdParticipantsAccumulator(ReportingPeriod period) {
            this.period = period;
        }

        @Override
        public void accept(EventEnvelope event) {
            if (event.payload() instanceof HouseholdAttendanceRecorded recorded && period.contains(event.occurredOn())) {
                Set<HouseholdSeat> seats = seatsByUnit.computeIfAbsent(event.unitCode(), unit -> new HashSet<>());
                recorded.participants()
                        .forEach(participant -> seats.add(new HouseholdSeat(recorded.classId(), participant)));
            }
        }

        @Override
        public Map<String, IndicatorValue> result() {
            Map<String, IndicatorValue> values = new HashMap<>();
            seatsByUnit.forEach((unit, seats) -> values.put(unit, IndicatorValue.of(seats.size())));
            return Map.copyOf(values);
        }
    }
}
