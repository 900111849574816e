package org.ketnghia.core.funding;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.value.BilingualText;

/**
 * One line of a budget estimate: so many units of an item at a unit price, for one
 * administrative unit. The amount is always computed ({@code quantity × unitPrice}), never typed.
 *
 * @param unitCode the administrative unit the money is for
 * @param itemVi the item in Vietnamese, e.g. "Bò giống sinh sản"
 * @param itemEn the item in English, e.g. "Breeding cattle"
 * @param quantity how many units (head, households, classes …); never negative
 * @param unitPrice price of one unit
 */
public record BudgetLine(String unitCode, String itemVi, String itemEn, long quantity, Money unitPrice) {

    /** Validates the line. */
    public BudgetLine {
        requireNonNull(unitCode, "unitCode");
        requireNonNull(itemVi, "itemVi");
        requireNonNull(itemEn, "itemEn");
        requireNonNull(unitPrice, "unitPrice");
        if (quantity < 0) {
            throw KetnghiaException.of(CoreErrorCode.VALUE_NEGATIVE, "quantity", quantity);
        }
    }

    /** {@code quantity × unitPrice}, exact. */
    public Money amount() {
        return unitPrice.times(quantity);
    }

    /** What is bought, in Vietnamese and English, as one value (the JSON keeps {@code itemVi} and {@code itemEn}). */
    @JsonIgnore
    public BilingualText item() {
        return BilingualText.of(itemVi, itemEn);
    }
}
