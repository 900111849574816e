package org.ketnghia.core.funding;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.money.Money;

/**
 * Records a pledge (<i>cam kết</i>) to the commune {@link #unitCode()}. A sponsor may record its
 * own pledges: then {@link #sponsorId()} names it and must be the source's sponsor.
 */
@Value.Immutable
@JsonTypeName(MakePledge.TYPE)
@JsonSerialize(as = ImmutableMakePledge.class)
@JsonDeserialize(as = ImmutableMakePledge.class)
public abstract class MakePledge implements Command {

    /** Stable JSON type id. */
    public static final String TYPE = "funding.make-pledge";

    @Override
    public abstract Actor actor();

    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** On whose behalf a sponsor records it, if any. */
    @Override
    public abstract Optional<String> sponsorId();

    /** Unique id of the new pledge. */
    public abstract String pledgeId();

    /** Who pledges. */
    public abstract String sourceId();

    /** The pilot model. */
    public abstract String modelId();

    /** The activity, if earmarked. */
    public abstract Optional<String> activity();

    /** The amount; must be positive. */
    public abstract Money amount();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableMakePledge.Builder {
    }
}
