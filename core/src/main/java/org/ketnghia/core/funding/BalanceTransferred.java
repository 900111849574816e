package org.ketnghia.core.funding;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;

/**
 * The remaining balance of a commune that ceased to exist in a reorganisation moved to its
 * successor commune (<i>chuyển số dư sang đơn vị kế thừa</i>), for one pilot model. Every đồng
 * keeps its original receipt and source. Immutable.
 */
@Value.Immutable
@JsonTypeName(BalanceTransferred.TYPE)
@JsonSerialize(as = ImmutableBalanceTransferred.class)
@JsonDeserialize(as = ImmutableBalanceTransferred.class)
public abstract class BalanceTransferred implements LedgerEvent {

    /** Stable JSON type id. */
    public static final String TYPE = "funding.balance-transferred";

    /** Unique id of the transfer. */
    public abstract String transferId();

    /** The predecessor commune. */
    public abstract String fromCommuneCode();

    /** The successor commune. */
    public abstract String toCommuneCode();

    /** The pilot model whose balance moves. */
    public abstract String modelId();

    /** The amount moved: the predecessor's whole balance for the model. */
    public abstract Money amount();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableBalanceTransferred.Builder {
    }
}
