package org.ketnghia.livestock.herd;

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
 * Records a sale (<i>bán</i>) by the keeping household. When the group’s policy forbids sale without
 * permission (<i>không tự ý bán</i>), a permission reference is required. Refused for an animal that is
 * unknown, not alive or not with a household. Immutable.
 */
@Value.Immutable
@JsonTypeName(RecordSale.TYPE)
@JsonSerialize(as = ImmutableRecordSale.class)
@JsonDeserialize(as = ImmutableRecordSale.class)
public abstract class RecordSale implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.record-sale";

    @Override
    public abstract Actor actor();

    /** The commune. */
    @Override
    public abstract String unitCode();

    /** The date it happened. */
    @Override
    public abstract LocalDate occurredOn();

    /** The animal. */
    public abstract String earTag();

    /** The buyer. */
    public abstract String buyer();

    /** The price. */
    public abstract Money price();

    /** The commune’s permission to sell, if any. */
    public abstract Optional<String> permissionReference();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RecordSale}. */
    public static final class Builder extends ImmutableRecordSale.Builder {
    }
}
