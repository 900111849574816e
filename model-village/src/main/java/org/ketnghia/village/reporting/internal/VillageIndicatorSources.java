package org.ketnghia.village.reporting.internal;

import static org.ketnghia.village.reporting.VillageIndicators.COUNTERPART_SHARE;
import static org.ketnghia.village.reporting.VillageIndicators.CRITERIA_MET;
import static org.ketnghia.village.reporting.VillageIndicators.CRITERIA_MET_PER_VILLAGE;
import static org.ketnghia.village.reporting.VillageIndicators.CRITERIA_MET_SHARE;
import static org.ketnghia.village.reporting.VillageIndicators.MONTHS_TO_RECOGNITION;
import static org.ketnghia.village.reporting.VillageIndicators.SPONSOR_CONTRIBUTIONS;
import static org.ketnghia.village.reporting.VillageIndicators.VILLAGES_RECOGNISED;
import static org.ketnghia.village.reporting.VillageIndicators.VILLAGES_REGISTERED;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.ketnghia.core.funding.CounterpartContributionRecorded;
import org.ketnghia.core.funding.FundingSourceRegistered;
import org.ketnghia.core.funding.InKindContributionRecorded;
import org.ketnghia.core.funding.ReceiptRecorded;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.reporting.Aggregation;
import org.ketnghia.core.reporting.IndicatorAccumulator;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorSource;
import org.ketnghia.core.reporting.IndicatorSources;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.village.VillageModel;
import org.ketnghia.village.scheme.VillageProgress;
import org.ketnghia.village.scheme.VillageRecognised;
import org.ketnghia.village.scheme.VillageRegistered;
import org.ketnghia.village.scheme.VillageRegistry;

/**
 * How the indicators of {@link org.ketnghia.village.reporting.VillageIndicators} are computed from
 * ledger events. "As at the end of the period" indicators fold every event up to the period's last
 * day through a fresh {@link VillageRegistry}, so a report equals what the projection said that day.
 * Stateless and thread-safe.
 */
public final class VillageIndicatorSources {

    private VillageIndicatorSources() {
    }

    /** A source for every definition, in report order. */
    public static List<IndicatorSource> all() {
        // villages, criteria, decisions and money only: no personal data (exact in a ledger read without its keys)
        return List.of(
                IndicatorSources.countOf(VILLAGES_REGISTERED, VillageRegistered.class),
                endOfPeriod(VILLAGES_RECOGNISED, village -> IndicatorValue.of(village.isRecognised() ? 1 : 0)),
                endOfPeriod(CRITERIA_MET, village -> IndicatorValue.of(village.criteriaMet())),
                endOfPeriod(CRITERIA_MET_SHARE,
                        village -> IndicatorValue.ratio(village.criteriaMet(), village.criteria().size())),
                endOfPeriod(CRITERIA_MET_PER_VILLAGE, village -> IndicatorValue.average(village.criteriaMet(), 1)),
                monthsToRecognition(),
                funding(SPONSOR_CONTRIBUTIONS, true),
                funding(COUNTERPART_SHARE, false));
    }

    private static IndicatorSource endOfPeriod(IndicatorDefinition definition,
            Function<VillageProgress, IndicatorValue> valueOf) {
        return IndicatorSource.ofClearFields(definition, period -> {
            VillageRegistry registry = new VillageRegistry();
            return new IndicatorAccumulator() {
                @Override
                public void accept(EventEnvelope event) {
                    if (!event.occurredOn().isAfter(period.to())) {
                        registry.apply(event);
                    }
                }

                @Override
                public Map<String, IndicatorValue> result() {
                    Map<String, IndicatorValue> values = new HashMap<>();
                    for (VillageProgress village : registry.villages()) {
                        values.put(village.villageCode(), valueOf.apply(village));
                    }
                    return Map.copyOf(values);
                }
            };
        });
    }

    private static IndicatorSource monthsToRecognition() {
        return IndicatorSource.ofClearFields(MONTHS_TO_RECOGNITION, period -> {
            Map<String, LocalDate> registeredOn = new HashMap<>();
            Map<String, IndicatorValue> values = new HashMap<>();
            return accumulator(values, (event, into) -> {
                if (event.payload() instanceof VillageRegistered registered) {
                    registeredOn.putIfAbsent(registered.villageCode(), event.occurredOn());
                } else if (event.payload() instanceof VillageRecognised recognised
                        && period.contains(recognised.decisionDate())
                        && registeredOn.containsKey(recognised.villageCode())) {
                    // whole months from the registration day up to and including the decision day
                    long months = ChronoUnit.MONTHS.between(registeredOn.get(recognised.villageCode()),
                            recognised.decisionDate().plusDays(1));
                    into.merge(event.unitCode(), IndicatorValue.average(months, 1), Aggregation.WEIGHTED_AVERAGE::combine);
                }
            });
        });
    }

    private static IndicatorSource funding(IndicatorDefinition definition, boolean sponsorsOnly) {
        return IndicatorSource.ofClearFields(definition, period -> {
            Set<String> sponsorSources = new HashSet<>();
            Map<String, IndicatorValue> values = new HashMap<>();
            return accumulator(values, (event, into) -> {
                Object payload = event.payload();
                if (payload instanceof FundingSourceRegistered registered) {
                    if (registered.sponsorId().isPresent()) {
                        sponsorSources.add(registered.sourceId());
                    }
                    return;
                }
                if (!period.contains(event.occurredOn())) {
                    return;
                }
                String sourceId;
                long value;
                boolean counterpart;
                if (payload instanceof ReceiptRecorded receipt && VillageModel.ID.equals(receipt.modelId())) {
                    sourceId = receipt.sourceId();
                    value = receipt.amount().dong();
                    counterpart = false;
                } else if (payload instanceof CounterpartContributionRecorded given
                        && VillageModel.ID.equals(given.modelId())) {
                    sourceId = given.sourceId();
                    value = given.value().dong();
                    counterpart = true;
                } else if (payload instanceof InKindContributionRecorded gift && VillageModel.ID.equals(gift.modelId())) {
                    sourceId = gift.sourceId();
                    value = gift.unitValue().times(gift.quantity()).dong();
                    counterpart = false;
                } else {
                    return;
                }
                if (sponsorsOnly) {
                    if (sponsorSources.contains(sourceId)) {
                        into.merge(event.unitCode(), IndicatorValue.of(value), Aggregation.SUM::combine);
                    }
                } else {
                    into.merge(event.unitCode(), IndicatorValue.ratio(counterpart ? value : 0, value),
                            Aggregation.RATIO_OF_SUMS::combine);
                }
            });
        });
    }

    private static IndicatorAccumulator accumulator(Map<String, IndicatorValue> values,
            BiConsumer<EventEnvelope, Map<String, IndicatorValue>> fold) {
        return new IndicatorAccumulator() {
            @Override
            public void accept(EventEnvelope event) {
                fold.accept(event, values);
            }

            @Override
            public Map<String, IndicatorValue> result() {
                return Map.copyOf(values);
            }
        };
    }
}
