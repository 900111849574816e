package org.ketnghia.livestock.programme;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.money.Money;
import org.ketnghia.livestock.Species;

/**
 * What one household receives for a species (<i>mức hỗ trợ</i>): so many head at an average price,
 * e.g. cattle 2 head at 20,000,000 đồng. The price also values the herd in reports. Immutable.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSupportPackage.class)
@JsonDeserialize(as = ImmutableSupportPackage.class)
public abstract class SupportPackage {

    /** The species. */
    public abstract Species species();

    /** Head per household. */
    public abstract int headPerHousehold();

    /** Average price of one head (<i>bình quân</i>). */
    public abstract Money unitPrice();

    /** The value of one household's package. */
    public Money perHousehold() {
        return unitPrice().times(headPerHousehold());
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SupportPackage}. */
    public static final class Builder extends ImmutableSupportPackage.Builder {
    }
}
