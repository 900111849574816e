package org.ketnghia.village.scheme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A village was recognised as a model new-rural village.
 */
@Value.Immutable
@JsonTypeName(VillageRecognised.TYPE)
@JsonSerialize(as = ImmutableVillageRecognised.class)
@JsonDeserialize(as = ImmutableVillageRecognised.class)
public abstract class VillageRecognised implements LedgerEvent {

    /** Stable JSON type id. */
    public static final String TYPE = "village.village-recognised";

    /** The village. */
    public abstract String villageCode();

    /** The decision number. */
    public abstract String decisionNumber();

    /** The decision date. */
    public abstract LocalDate decisionDate();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link VillageRecognised}; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableVillageRecognised.Builder {
    }
}
