package org.ketnghia.core.programme;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.money.Money;

/**
 * A spending norm in force for the programme (<i>định mức chi</i>): the most that may be paid per
 * {@link #unit()} without a recorded justification, with the act that sets it. Norms are province data
 * (the province pack's {@code norms}); the host records the ones in force when it declares the
 * programme, so that the ledger shows which norm each purchase was checked against.
 *
 * <p>Keys are namespaced by model id, e.g. {@code livestock.cattle.price-per-head} (about 20 million
 * đồng in the Quảng Nam plan), {@code livestock.goat.price-per-head} (about 4 million), {@code
 * training.class-cost.commune}. JSON: {@code {"key": "livestock.cattle.price-per-head", "amount":
 * 20000000, "unit": "con", "legalBasis": "…"}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSpendingNorm.class)
@JsonDeserialize(as = ImmutableSpendingNorm.class)
public abstract class SpendingNorm {

    /** The dotted key, the model id first. */
    public abstract String key();

    /** The amount per unit, in đồng. */
    public abstract Money amount();

    /** What the amount is for, e.g. {@code "con"} (per head), {@code "lớp"} (per class). */
    public abstract String unit();

    /** The act that sets the norm. */
    public abstract String legalBasis();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SpendingNorm}; obtain one with {@link SpendingNorm#builder()}. */
    public static final class Builder extends ImmutableSpendingNorm.Builder {
    }
}
