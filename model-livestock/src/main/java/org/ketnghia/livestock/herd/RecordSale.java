package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Command;

/**
 * Records a sale (<i>bán</i>) by the keeping household. When the group’s policy forbids sale without
 * permission (<i>không tự ý bán</i>), a permission reference is required. Refused for an animal that is
 * unknown, not alive or not with a household. Immutable.
 */
@Value.Immutable
@JsonTypeName(RecordSale.TYPE)
@JsonSerialize(as = ImmutableRecordSale.class)
@JsonDeserialize(as = ImmutableRecordSale.class)
public abstract class RecordSale implements SaleFacts, Command {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.record-sale";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RecordSale}. */
    public static final class Builder extends ImmutableRecordSale.Builder {
    }
}
