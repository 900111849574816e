package org.ketnghia.livestock.herd;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.ketnghia.core.money.Money;

/**
 * A sale as the register holds it (<i>con giống đã bán</i>), corrections applied: the seller, the buyer, the
 * price and the date. Immutable.
 *
 * @param earTag the animal sold
 * @param householdId the seller
 * @param buyer the buyer
 * @param price the price, as corrected
 * @param soldOn the date of the sale, as corrected
 * @param permissionReference the commune's permission, if any
 * @param corrected whether a correction changed the price or date recorded
 */
public record AnimalSale(String earTag, String householdId, String buyer, Money price, LocalDate soldOn,
        Optional<String> permissionReference, boolean corrected) {

    /** Checks that no part is missing. */
    public AnimalSale {
        requireNonNull(earTag, "earTag");
        requireNonNull(price, "price");
        requireNonNull(soldOn, "soldOn");
        requireNonNull(permissionReference, "permissionReference");
    }

    AnimalSale correctedBy(SaleCorrected correction) {
        return new AnimalSale(earTag, householdId, buyer, correction.price().orElse(price),
                correction.soldOn().orElse(soldOn), permissionReference, true);
    }
}
