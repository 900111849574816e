package org.ketnghia.startup.project;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.money.Money;

/**
 * Opens a call for proposals (<i>đợt kêu gọi hồ sơ khởi nghiệp</i>) of a commune, district or the
 * province, with a deadline and a budget ceiling.
 */
@Value.Immutable
@JsonTypeName(OpenCall.TYPE)
@JsonSerialize(as = ImmutableOpenCall.class)
@JsonDeserialize(as = ImmutableOpenCall.class)
public abstract class OpenCall implements Command {

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

    /** Unique id of the call. */
    public abstract String callId();

    /** The call’s title, in Vietnamese. */
    public abstract String title();

    /** The last day applications are accepted. */
    public abstract LocalDate deadline();

    /** The most the call may approve in total. */
    public abstract Money budget();

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableOpenCall.Builder {
    }
}
