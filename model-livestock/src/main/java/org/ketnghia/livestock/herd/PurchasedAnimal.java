package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.money.Money;
import org.ketnghia.livestock.AnimalSex;
import org.ketnghia.livestock.Species;

/**
 * An animal of a purchase lot as delivered (<i>con giống</i>): ear tag, species, sex, age, weight,
 * health certificate (<i>giấy chứng nhận kiểm dịch</i>) and price. Immutable.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePurchasedAnimal.class)
@JsonDeserialize(as = ImmutablePurchasedAnimal.class)
public abstract class PurchasedAnimal {

    /** The ear tag (<i>số tai</i>), unique in the programme. */
    public abstract String earTag();

    /** The species. */
    public abstract Species species();

    /** The sex. */
    public abstract AnimalSex sex();

    /** The age in months on delivery (estimated when unknown). */
    public abstract int ageMonths();

    /** The weight in kilograms on delivery. */
    public abstract int weightKg();

    /** The health certificate’s reference; an animal without one is not accepted. */
    public abstract Optional<String> healthCertificate();

    /** The price paid for it. */
    public abstract Money price();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PurchasedAnimal}. */
    public static final class Builder extends ImmutablePurchasedAnimal.Builder {
    }
}
