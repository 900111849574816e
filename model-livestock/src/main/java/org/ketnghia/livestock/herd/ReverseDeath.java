package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Command;

/**
 * Corrects a death recorded by mistake back to alive (<i>đính chính con giống chưa chết</i>): the animal
 * is back in the herd with its keeper, and an obligation its death wrote off is open again. Refused for an
 * animal not recorded as dead, or one already replaced (the replacement would make two). Immutable.
 */
@Value.Immutable
@JsonTypeName(ReverseDeath.TYPE)
@JsonSerialize(as = ImmutableReverseDeath.class)
@JsonDeserialize(as = ImmutableReverseDeath.class)
public abstract class ReverseDeath implements CorrectionFacts, Command {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.reverse-death";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReverseDeath}. */
    public static final class Builder extends ImmutableReverseDeath.Builder {
    }
}
