package org.ketnghia.village.scheme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A village was registered in the scheme, with its commune and zone on that date.
 */
@Value.Immutable
@JsonTypeName(VillageRegistered.TYPE)
@JsonSerialize(as = ImmutableVillageRegistered.class)
@JsonDeserialize(as = ImmutableVillageRegistered.class)
public abstract class VillageRegistered implements LedgerEvent {

    /** Stable JSON type id. */
    public static final String TYPE = "village.village-registered";

    /** The village. */
    public abstract String villageCode();

    /** Its commune on the registration date. */
    public abstract String communeCode();

    /** The criteria set. */
    public abstract String criteriaSetId();

    /** Its zone (1–3). */
    public abstract int zone();

    /** The registration document. */
    public abstract String reference();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link VillageRegistered}; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableVillageRegistered.Builder {
    }
}
