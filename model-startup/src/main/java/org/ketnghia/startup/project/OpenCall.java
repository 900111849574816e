package org.ketnghia.startup.project;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Opens a call for proposals (<i>đợt kêu gọi hồ sơ khởi nghiệp</i>) of a commune, district or the
 * province, with a deadline and a budget ceiling. When the ledger declares a programme, the unit must lie in its
 * districts (or a commune carrying one on after 1 July 2025), else {@code PROGRAMME_OUTSIDE_DISTRICTS}.
 *
 * <p>The facts it shares with its event are declared once in {@link CallFacts}.
 */
@Value.Immutable
@JsonTypeName(OpenCall.TYPE)
@JsonSerialize(as = ImmutableOpenCall.class)
@JsonDeserialize(as = ImmutableOpenCall.class)
public abstract class OpenCall implements Command, CallFacts {

    /** Stable JSON type id. */
    public static final String TYPE = "startup.open-call";

    OpenCall() {
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

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableOpenCall.Builder {
    }
}
