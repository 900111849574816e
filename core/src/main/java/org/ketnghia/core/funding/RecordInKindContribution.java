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

/** Records goods given in kind to the commune {@link #unitCode()}, valued {@code quantity × unitValue}. */
@Value.Immutable
@JsonTypeName(RecordInKindContribution.TYPE)
@JsonSerialize(as = ImmutableRecordInKindContribution.class)
@JsonDeserialize(as = ImmutableRecordInKindContribution.class)
public abstract class RecordInKindContribution implements Command {

    /** Stable JSON type id. */
    public static final String TYPE = "funding.record-in-kind-contribution";

    @Override
    public abstract Actor actor();

    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** Unique id of the contribution. */
    public abstract String contributionId();

    /** Who gave. */
    public abstract String sourceId();

    /** The pilot model. */
    public abstract String modelId();

    /** The activity, if any. */
    public abstract Optional<String> activity();

    /** What was given. */
    public abstract String description();

    /** How many units; must be positive. */
    public abstract long quantity();

    /** Value of one unit; must be positive. */
    public abstract Money unitValue();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableRecordInKindContribution.Builder {
    }
}
