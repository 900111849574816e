package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.disclosure.BeneficiarySupport;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;
import org.ketnghia.livestock.Species;

/**
 * Animals were handed over to a household in a round: round 1 from the commune's accepted
 * animals, later rounds from the household before it in the chain (<i>ai nhận từ ai</i>). It is the
 * support the commune posts publicly, and it opens the recipient's pass-on obligation. Immutable.
 */
@Value.Immutable
@JsonTypeName(AnimalsHandedOver.TYPE)
@JsonSerialize(as = ImmutableAnimalsHandedOver.class)
@JsonDeserialize(as = ImmutableAnimalsHandedOver.class)
public abstract class AnimalsHandedOver implements HandOverFacts, LedgerEvent, BeneficiarySupport {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.animals-handed-over";

    /** The round (<i>vòng</i>): 1, 2, … */
    public abstract int round();

    /** The species. */
    public abstract Species species();

    /** The value of the animals: their price in round 1, the configured price later. */
    public abstract Money value();

    /** The date of the hand-over. */
    public abstract LocalDate supportedOn();

    /** The recipient’s obligation opened by it, if the recipient had none. */
    public abstract Optional<String> openedObligationId();

    /** The date that obligation is due. */
    public abstract Optional<LocalDate> obligationDueOn();

    /** How many animals that obligation requires. */
    @Value.Default
    public int obligationCount() {
        return 0;
    }

    /** The giver’s obligation this pass-on counts towards. */
    public abstract Optional<String> fulfilledObligationId();

    @Override
    public String pilotModelId() {
        return "livestock";
    }

    @Override
    public String supportDescriptionVi() {
        return (round() == 1 ? "Vòng 1: " : "Vòng " + round() + " (quay vòng): ") + earTags().size() + " con "
                + species().label().vi() + " giống";
    }

    @Override
    public String supportDescriptionEn() {
        return "Round " + round() + (round() == 1 ? ": " : " (pass-on): ") + earTags().size() + " breeding "
                + species().label().en();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link AnimalsHandedOver}. */
    public static final class Builder extends ImmutableAnimalsHandedOver.Builder {
    }
}
