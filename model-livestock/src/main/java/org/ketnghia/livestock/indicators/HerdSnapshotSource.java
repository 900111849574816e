package org.ketnghia.livestock.indicators;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.reporting.IndicatorAccumulator;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorSource;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.livestock.herd.Animal;
import org.ketnghia.livestock.herd.AnimalDied;
import org.ketnghia.livestock.herd.AnimalStatus;
import org.ketnghia.livestock.herd.DeathReversed;
import org.ketnghia.livestock.herd.Herd;

/**
 * A stock indicator: the accumulator folds every event up to the period's end into a private
 * {@link Herd} and reads the value per commune at the end; deaths in the period (less those
 * corrected later) are counted on the way for the mortality rate. Stateless and thread-safe (all state lives in the accumulator).
 */
final class HerdSnapshotSource implements IndicatorSource {

    /** What the snapshot gives per commune. */
    interface Reader extends BiFunction<Snapshot, ReportingPeriod, Map<String, IndicatorValue>> {
    }

    /** The registry at the period's end and the deaths in the period, per commune. */
    record Snapshot(Herd herd, Map<String, Long> deathsInPeriod) {
    }

    private final IndicatorDefinition definition;
    private final Reader reader;

    HerdSnapshotSource(IndicatorDefinition definition, Reader reader) {
        this.definition = requireNonNull(definition, "definition");
        this.reader = requireNonNull(reader, "reader");
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    /** Animals' tags, communes and dates only: no personal data, so exact in a ledger read without its keys. */
    @Override
    public boolean readsPersonalData() {
        return false;
    }

    @Override
    public IndicatorAccumulator newAccumulator(ReportingPeriod period) {
        requireNonNull(period, "period");
        Herd herd = new Herd();
        Map<String, Long> deaths = new HashMap<>();
        return new IndicatorAccumulator() {
            @Override
            public void accept(EventEnvelope event) {
                if (event.occurredOn().isAfter(period.to())) {
                    return;
                }
                if (event.payload() instanceof AnimalDied died && period.contains(died.diedOn())) {
                    herd.animal(died.earTag()).filter(Animal::isAlive)
                            .ifPresent(animal -> deaths.merge(animal.communeCode(), 1L, Long::sum));
                } else if (event.payload() instanceof DeathReversed reversed && period.contains(reversed.diedOn())) {
                    // a death recorded by mistake: the period had one death less
                    herd.animal(reversed.earTag()).filter(animal -> animal.status() == AnimalStatus.DEAD)
                            .ifPresent(animal -> deaths.merge(animal.communeCode(), -1L, Long::sum));
                }
                herd.apply(event);
            }

            @Override
            public Map<String, IndicatorValue> result() {
                return Map.copyOf(reader.apply(new Snapshot(herd, deaths), period));
            }
        };
    }

    @Override
    public String toString() {
        return "HerdSnapshotSource[" + definition.id() + "]";
    }
}
