package org.ketnghia.startup.project;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Screens every application of a call (<i>xét chọn</i>): eligibility with every reason, a priority
 * score and a ranked list. A call is screened once; it takes no application afterwards.
 */
@Value.Immutable
@JsonTypeName(ScreenCall.TYPE)
@JsonSerialize(as = ImmutableScreenCall.class)
@JsonDeserialize(as = ImmutableScreenCall.class)
public abstract class ScreenCall implements Command {

    /** Stable JSON type id. */
    public static final String TYPE = "startup.screen-call";

    ScreenCall() {
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Who records it. */
    @Override
    public abstract Actor actor();

    /** The commune (or, for a call, the unit) it concerns. */
    @Override
    public abstract String unitCode();

    /** The date it happened. */
    @Override
    public abstract LocalDate occurredOn();

    /** The call to screen. */
    public abstract String callId();

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableScreenCall.Builder {
    }
}
