package org.ketnghia.core.funding;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.money.Money;

/**
 * Records a counterpart contribution (<i>đối ứng</i>) for the commune {@link #unitCode()}: in cash
 * ({@link #amount()} only), in kind ({@link #quantity()} × {@link #unitValue()}) or in labour
 * (labour days × day rate, in the same two fields). The source's kind must match the contributor.
 */
@Value.Immutable
@JsonTypeName(RecordCounterpartContribution.TYPE)
@JsonSerialize(as = ImmutableRecordCounterpartContribution.class)
@JsonDeserialize(as = ImmutableRecordCounterpartContribution.class)
public abstract class RecordCounterpartContribution implements Command {

    /** Stable JSON type id. */
    public static final String TYPE = "funding.record-counterpart-contribution";

    @Override
    public abstract Actor actor();

    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** Unique id of the contribution. */
    public abstract String contributionId();

    /** The counterpart funding source. */
    public abstract String sourceId();

    /** Who contributes. */
    public abstract CounterpartContributor contributor();

    /** Cash, kind or labour. */
    public abstract ContributionForm form();

    /** The pilot model. */
    public abstract String modelId();

    /** The activity, if any. */
    public abstract Optional<String> activity();

    /** What was contributed. */
    public abstract String description();

    /** The cash amount; only for cash. */
    public abstract Optional<Money> amount();

    /** Units or labour days; only for kind and labour. */
    public abstract OptionalLong quantity();

    /** Unit value or day rate; only for kind and labour. */
    public abstract Optional<Money> unitValue();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableRecordCounterpartContribution.Builder {
    }
}
