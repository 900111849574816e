package org.ketnghia.core.reporting.outcome;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.ketnghia.core.disclosure.BeneficiarySupport;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.participant.HouseholdRegistered;
import org.ketnghia.core.participant.PovertyStatusCorrected;
import org.ketnghia.core.participant.PovertyStatusRecorded;
import org.ketnghia.core.participant.poverty.PovertyClassification;
import org.ketnghia.core.reporting.Aggregation;
import org.ketnghia.core.reporting.IndicatorAccumulator;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorSource;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.ReportingPeriod;

/**
 * The poverty outcomes as report indicators ({@link IndicatorSource}), computed from events only with the
 * rules of {@link PovertyOutcomes}, for the year of the period's last day and every support up to it. Each
 * value is keyed by the household's village, so the {@code ReportBuilder} rolls it up to commune, district
 * and province. Add {@link #all()} to a {@code ReportBuilder}. Stateless and thread-safe.
 */
public final class PovertyOutcomeIndicators {

    /** Households supported by any model (<i>số hộ được hỗ trợ</i>). */
    public static final IndicatorDefinition HOUSEHOLDS_SUPPORTED = new IndicatorDefinition("programme.households-supported",
            "Số hộ được hỗ trợ", "Households supported", "hộ", Aggregation.SUM);

    /** Of them, poor or near-poor when first supported. */
    public static final IndicatorDefinition HOUSEHOLDS_POOR_WHEN_SUPPORTED = new IndicatorDefinition(
            "programme.households-poor-when-supported", "Số hộ nghèo, cận nghèo khi được hỗ trợ",
            "Households poor or near-poor when first supported", "hộ", Aggregation.SUM);

    /** Of those, out of poverty in the year (<i>số hộ thoát nghèo</i>). */
    public static final IndicatorDefinition HOUSEHOLDS_ESCAPED_POVERTY = new IndicatorDefinition(
            "programme.households-escaped-poverty", "Số hộ được hỗ trợ đã thoát nghèo, cận nghèo",
            "Supported households out of poverty", "hộ", Aggregation.SUM);

    /** The share out of poverty: escaped over poor or near-poor when first supported (<i>tỷ lệ thoát nghèo</i>). */
    public static final IndicatorDefinition ESCAPE_RATE = new IndicatorDefinition("programme.escape-rate",
            "Tỷ lệ hộ được hỗ trợ thoát nghèo", "Share of supported households out of poverty", "%",
            Aggregation.RATIO_OF_SUMS);

    private PovertyOutcomeIndicators() {
    }

    /** The four sources, in the order of their definitions above. */
    public static List<IndicatorSource> all() {
        return List.of(
                source(HOUSEHOLDS_SUPPORTED, tally -> IndicatorValue.of(tally.supported)),
                source(HOUSEHOLDS_POOR_WHEN_SUPPORTED, tally -> IndicatorValue.of(tally.listed)),
                source(HOUSEHOLDS_ESCAPED_POVERTY, tally -> IndicatorValue.of(tally.out)),
                source(ESCAPE_RATE, tally -> IndicatorValue.ratio(tally.out, tally.listed)));
    }

    private static IndicatorSource source(IndicatorDefinition definition, Function<HouseholdFacts.Tally, IndicatorValue> value) {
        return IndicatorSource.ofClearFields(definition, period -> new Accumulator(period, value));
    }

    /** Collects the facts of the period's events; the tally per village is made at the end. */
    private static final class Accumulator implements IndicatorAccumulator {
        private final ReportingPeriod period;
        private final Function<HouseholdFacts.Tally, IndicatorValue> value;
        private final Map<String, String> villages = new HashMap<>();
        private final Map<String, LocalDate> firstSupport = new HashMap<>();
        private final Map<String, TreeMap<Integer, HouseholdFacts.YearStatus>> statuses = new HashMap<>();

        Accumulator(ReportingPeriod period, Function<HouseholdFacts.Tally, IndicatorValue> value) {
            this.period = period;
            this.value = value;
        }

        @Override
        public void accept(EventEnvelope event) {
            if (event.occurredOn().isAfter(period.to())) {
                return;
            }
            Object payload = event.payload();
            if (payload instanceof BeneficiarySupport support && !support.supportedOn().isAfter(period.to())) {
                firstSupport.merge(support.householdId(), support.supportedOn(), (a, b) -> a.isBefore(b) ? a : b);
            }
            if (payload instanceof HouseholdRegistered registered) {
                villages.put(registered.household().id(), registered.household().villageCode());
            } else if (payload instanceof PovertyStatusRecorded recorded) {
                status(recorded.householdId(), recorded.year(), new HouseholdFacts.YearStatus(recorded.category(),
                        recorded.classification().map(PovertyClassification::monthlyIncomePerPerson)));
            } else if (payload instanceof PovertyStatusCorrected corrected) {
                status(corrected.householdId(), corrected.year(), new HouseholdFacts.YearStatus(corrected.category(),
                        corrected.classification().map(PovertyClassification::monthlyIncomePerPerson)));
            }
        }

        private void status(String householdId, int year, HouseholdFacts.YearStatus status) {
            // the latest in ledger order is in force, as in the participant registry
            statuses.computeIfAbsent(householdId, id -> new TreeMap<>()).put(year, status);
        }

        @Override
        public Map<String, IndicatorValue> result() {
            int year = period.to().getYear();
            Map<String, HouseholdFacts.Tally> byVillage = new HashMap<>();
            firstSupport.forEach((householdId, first) -> Optional.ofNullable(villages.get(householdId)).ifPresent(village ->
                    byVillage.computeIfAbsent(village, v -> new HouseholdFacts.Tally()).add(new HouseholdFacts(village, first,
                            statuses.getOrDefault(householdId, new TreeMap<>())), year)));
            Map<String, IndicatorValue> values = new HashMap<>();
            byVillage.forEach((village, tally) -> values.put(village, value.apply(tally)));
            return Map.copyOf(values);
        }
    }
}
