package org.ketnghia.core.funding;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Moves the whole remaining balance for one pilot model from a commune that ceased to exist
 * ({@link #fromCommuneCode()}) to its successor {@link #unitCode()}, which must be among the
 * predecessor's successors on {@link #occurredOn()}. Balances never move automatically.
 */
@Value.Immutable
@JsonTypeName(TransferBalance.TYPE)
@JsonSerialize(as = ImmutableTransferBalance.class)
@JsonDeserialize(as = ImmutableTransferBalance.class)
public abstract class TransferBalance implements Command {

    /** Stable JSON type id. */
    public static final String TYPE = "funding.transfer-balance";

    @Override
    public abstract Actor actor();

    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** Unique id of the transfer. */
    public abstract String transferId();

    /** The predecessor commune. */
    public abstract String fromCommuneCode();

    /** The pilot model whose balance moves. */
    public abstract String modelId();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableTransferBalance.Builder {
    }
}
