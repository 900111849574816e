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
 * Records money received into the fund of the commune {@link #unitCode()}: either against a pledge
 * ({@link #pledgeId()}; source and purpose then follow the pledge and, if given, must match it;
 * the amount may not exceed what is still open on it) or explicitly {@link #unpledged()} (source
 * and model then required).
 */
@Value.Immutable
@JsonTypeName(RecordReceipt.TYPE)
@JsonSerialize(as = ImmutableRecordReceipt.class)
@JsonDeserialize(as = ImmutableRecordReceipt.class)
public abstract class RecordReceipt implements Command {

    /** Stable JSON type id. */
    public static final String TYPE = "funding.record-receipt";

    @Override
    public abstract Actor actor();

    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** Unique id of the new receipt. */
    public abstract String receiptId();

    /** The pledge it fills, if any. */
    public abstract Optional<String> pledgeId();

    /** True to record money that was never pledged. */
    @Value.Default
    public boolean unpledged() {
        return false;
    }

    /** Where the money comes from; required when unpledged. */
    public abstract Optional<String> sourceId();

    /** The pilot model; required when unpledged. */
    public abstract Optional<String> modelId();

    /** The activity, if earmarked. */
    public abstract Optional<String> activity();

    /** The amount; must be positive. */
    public abstract Money amount();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableRecordReceipt.Builder {
    }
}
