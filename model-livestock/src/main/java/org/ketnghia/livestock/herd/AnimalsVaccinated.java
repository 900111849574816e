package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * Animals were vaccinated. Immutable.
 */
@Value.Immutable
@JsonTypeName(AnimalsVaccinated.TYPE)
@JsonSerialize(as = ImmutableAnimalsVaccinated.class)
@JsonDeserialize(as = ImmutableAnimalsVaccinated.class)
public abstract class AnimalsVaccinated implements VaccinationFacts, LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.animals-vaccinated";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link AnimalsVaccinated}. */
    public static final class Builder extends ImmutableAnimalsVaccinated.Builder {
    }
}
