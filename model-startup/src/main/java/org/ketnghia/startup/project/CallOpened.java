package org.ketnghia.startup.project;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;

/**
 * A call for proposals was opened; its unit is the envelope’s.
 */
@Value.Immutable
@JsonTypeName(CallOpened.TYPE)
@JsonSerialize(as = ImmutableCallOpened.class)
@JsonDeserialize(as = ImmutableCallOpened.class)
public abstract class CallOpened implements LedgerEvent {

    /** Stable JSON type id. */
    public static final String TYPE = "startup.call-opened";

    CallOpened() {
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Unique id of the call. */
    public abstract String callId();

    /** The call’s title. */
    public abstract String title();

    /** The last day applications are accepted. */
    public abstract LocalDate deadline();

    /** The most the call may approve in total. */
    public abstract Money budget();

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableCallOpened.Builder {
    }
}
