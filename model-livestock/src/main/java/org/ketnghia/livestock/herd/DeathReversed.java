package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A death recorded by mistake was corrected: the animal is alive; the date of the death corrected, so that
 * reports of that period count one death less. Immutable.
 */
@Value.Immutable
@JsonTypeName(DeathReversed.TYPE)
@JsonSerialize(as = ImmutableDeathReversed.class)
@JsonDeserialize(as = ImmutableDeathReversed.class)
public abstract class DeathReversed implements CorrectionFacts, LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.death-reversed";

    /** The date of the death corrected. */
    public abstract LocalDate diedOn();

    /** Its keeper, if it was with a household. */
    public abstract Optional<String> householdId();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DeathReversed}. */
    public static final class Builder extends ImmutableDeathReversed.Builder {
    }
}
