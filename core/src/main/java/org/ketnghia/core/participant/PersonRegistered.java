package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A person was registered (the ethnicity stored as the official code).
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(PersonRegistered.TYPE)
@JsonSerialize(as = ImmutablePersonRegistered.class)
@JsonDeserialize(as = ImmutablePersonRegistered.class)
public abstract class PersonRegistered implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.person-registered";

    PersonRegistered() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The person as registered. */
    public abstract Person person();

    /** Builds a {@link PersonRegistered}. */
    public static final class Builder extends ImmutablePersonRegistered.Builder {
    }
}
