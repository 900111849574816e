package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Command;

/**
 * Reverses a birth recorded by mistake (<i>hủy ghi nhận con sinh ra</i>): the animal is removed from the
 * herd, its ear tag stays used, the birth stays in the ledger. Refused for an animal not born in the
 * programme, one no longer alive (correct its death, sale or loss first), one already handed over or
 * transferred, or one with offspring recorded: reversing those would break the register. Immutable.
 */
@Value.Immutable
@JsonTypeName(ReverseBirth.TYPE)
@JsonSerialize(as = ImmutableReverseBirth.class)
@JsonDeserialize(as = ImmutableReverseBirth.class)
public abstract class ReverseBirth implements CorrectionFacts, Command {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.reverse-birth";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReverseBirth}. */
    public static final class Builder extends ImmutableReverseBirth.Builder {
    }
}
