package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.livestock.Species;

/**
 * Animals were transferred to another group: from which group and keeper, to which group, household and
 * commune (the receiving group's commune as in force on the date). Immutable.
 */
@Value.Immutable
@JsonTypeName(AnimalsTransferred.TYPE)
@JsonSerialize(as = ImmutableAnimalsTransferred.class)
@JsonDeserialize(as = ImmutableAnimalsTransferred.class)
public abstract class AnimalsTransferred implements TransferFacts, LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.animals-transferred";

    /** The group they belonged to. */
    public abstract String fromGroupId();

    /** The household that kept them, if they were kept. */
    public abstract Optional<String> fromHouseholdId();

    /** The commune they belonged to. */
    public abstract String fromCommuneCode();

    /** The commune they belong to now. */
    public abstract String toCommuneCode();

    /** Their species. */
    public abstract Species species();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AnimalsTransferred}. */
    public static final class Builder extends ImmutableAnimalsTransferred.Builder {
    }
}
