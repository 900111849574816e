package org.ketnghia.startup.project;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A call for proposals was opened; its unit is the envelope’s.
 *
 * <p>The facts it shares with its command are declared once in {@link CallFacts}.
 */
@Value.Immutable
@JsonTypeName(CallOpened.TYPE)
@JsonSerialize(as = ImmutableCallOpened.class)
@JsonDeserialize(as = ImmutableCallOpened.class)
public abstract class CallOpened implements LedgerEvent, CallFacts {

    /** Stable JSON type id. */
    public static final String TYPE = "startup.call-opened";

    CallOpened() {
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableCallOpened.Builder {
    }
}
