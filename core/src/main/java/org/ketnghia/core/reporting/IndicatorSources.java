package org.ketnghia.core.reporting;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.privacy.PayloadProtection;
import org.ketnghia.core.money.Money;

/**
 * Ready-made {@link IndicatorSource}s for the common case "one value per event of a type that
 * occurred in the period, combined per unit with the indicator's aggregation":
 *
 * <pre>{@code
 * IndicatorSources.countOf(HOUSEHOLDS_SUPPORTED, HouseholdEnrolled.class);
 * IndicatorSources.sumOfMoney(SPENT, ExpenditureRecorded.class, ExpenditureRecorded::amount);
 * }</pre>
 *
 * <p>The sources are stateless and thread-safe; values are combined exactly (see {@link
 * Aggregation#combine}).
 */
public final class IndicatorSources {

    private IndicatorSources() {
    }

    /** Counts the events of {@code type} that occurred in the period, per unit. */
    public static <E extends LedgerEvent> IndicatorSource countOf(IndicatorDefinition definition, Class<E> type) {
        IndicatorValue one = IndicatorValue.of(1);
        return IndicatorSource.onClearFields(fromEvents(definition, type, event -> one));
    }

    /** Sums {@code amount} over the events of {@code type} that occurred in the period, per unit. */
    public static <E extends LedgerEvent> IndicatorSource sumOf(IndicatorDefinition definition, Class<E> type,
            ToLongFunction<? super E> amount) {
        requireNonNull(amount, "amount");
        return fromEvents(definition, type, event -> IndicatorValue.of(amount.applyAsLong(event)));
    }

    /** Sums an amount of money, exactly in đồng, over the events of {@code type} in the period, per unit. */
    public static <E extends LedgerEvent> IndicatorSource sumOfMoney(IndicatorDefinition definition, Class<E> type,
            Function<? super E, Money> amount) {
        requireNonNull(amount, "amount");
        return fromEvents(definition, type, event -> IndicatorValue.of(amount.apply(event)));
    }

    /**
     * One value per event of {@code type} that occurred in the period, combined per unit with the
     * definition's aggregation.
     *
     * @param valueOf the event's value; must not return null
     */
    public static <E extends LedgerEvent> IndicatorSource fromEvents(IndicatorDefinition definition, Class<E> type,
            Function<? super E, IndicatorValue> valueOf) {
        requireNonNull(definition, "definition");
        requireNonNull(type, "type");
        requireNonNull(valueOf, "valueOf");
        return new IndicatorSource() {
            @Override
            public IndicatorDefinition definition() {
                return definition;
            }

            @Override
            public IndicatorAccumulator newAccumulator(ReportingPeriod period) {
                requireNonNull(period, "period");
                Aggregation aggregation = definition.aggregation();
                Map<String, IndicatorValue> values = new HashMap<>();
                return new IndicatorAccumulator() {
                    @Override
                    public void accept(EventEnvelope event) {
                        if (type.isInstance(event.payload()) && period.contains(event.occurredOn())) {
                            IndicatorValue value = requireNonNull(valueOf.apply(type.cast(event.payload())), "value");
                            values.merge(event.unitCode(), value, aggregation::combine);
                        }
                    }

                    @Override
                    public Map<String, IndicatorValue> result() {
                        return Map.copyOf(values);
                    }
                };
            }

            /**
             * Only when {@code type} carries a protected field can {@code valueOf} read one. An interface (events folded
             * by what they implement, as {@code BeneficiarySupport}) tells nothing of the fields of the types implementing
             * it, some of which may be sealed: taken to read personal data.
             */
            @Override
            public boolean readsPersonalData() {
                return type.isInterface() || PayloadProtection.sealsFieldsOf(type);
            }

            @Override
            public String toString() {
                return "IndicatorSource[" + definition.id() + " from " + type.getSimpleName() + "]";
            }
        };
    }
}
