package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Command;

/**
 * Corrects the price or the date of a recorded sale (<i>đính chính giá, ngày bán</i>). Refused for an
 * animal not recorded as sold, without a price or date that differs from the record, with a price not
 * positive, or a date after the correction is recorded or before the animal came to the seller. Immutable.
 */
@Value.Immutable
@JsonTypeName(CorrectSale.TYPE)
@JsonSerialize(as = ImmutableCorrectSale.class)
@JsonDeserialize(as = ImmutableCorrectSale.class)
public abstract class CorrectSale implements SaleCorrectionFacts, Command {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.correct-sale";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CorrectSale}. */
    public static final class Builder extends ImmutableCorrectSale.Builder {
    }
}
