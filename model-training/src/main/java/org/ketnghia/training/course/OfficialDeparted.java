package org.ketnghia.training.course;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * An official left the post on the event's date.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(OfficialDeparted.TYPE)
@JsonSerialize(as = ImmutableOfficialDeparted.class)
@JsonDeserialize(as = ImmutableOfficialDeparted.class)
public abstract class OfficialDeparted implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "training.official-departed";

    OfficialDeparted() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The official. */
    public abstract String personId();

    /** Why. */
    public abstract String reason();

    /** Builds a {@link OfficialDeparted}. */
    public static final class Builder extends ImmutableOfficialDeparted.Builder {
    }
}
