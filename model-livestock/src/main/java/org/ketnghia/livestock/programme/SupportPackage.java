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

    /**
     * The plan's head per household when a programme configures no package for {@code species}: 2
     * cattle or 5 goats (<i>bò: hỗ trợ 02 con/hộ; dê: hỗ trợ 05 con/hộ</i>, Quảng Nam 2021, II.1.3). The
     * configured packages ({@link LivestockProgramme#packages()}) take precedence.
     */
    public static int planHeadPerHousehold(Species species) {
        return switch (species) {
            case CATTLE -> 2;
            case GOAT -> 5;
        };
    }

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
