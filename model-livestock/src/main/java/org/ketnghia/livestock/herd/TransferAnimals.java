package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Command;

/**
 * Transfers animals to another group, in the same commune or another (<i>điều chuyển con giống giữa các tổ,
 * các xã</i>), with the reason and the transfer minutes, recorded by the commune of the animals (or its
 * successor after the 1 July 2025 reorganisation). Animals waiting to be handed over move to the receiving
 * group's stock and open no obligation: the obligation follows them, opening at their hand-over in the
 * receiving group. Animals kept by a household move to a member household of the receiving group once the
 * keeper's own pass-on obligation is settled (fulfilled, paid in cash, waived or written off): the obligation
 * is the household's, never carried silently to another group, and the receiving household owes nothing for
 * them. Across communes the animals join the receiving group's commune as in force on the transfer date (the
 * successor commune after a merger). Refused, with every reason at once, for an unknown group or animal, an
 * animal not alive, of another species than the receiving group's, already in that group, bought from a
 * revolving fund, or a transfer mixing groups, keepers or stock. Immutable.
 */
@Value.Immutable
@JsonTypeName(TransferAnimals.TYPE)
@JsonSerialize(as = ImmutableTransferAnimals.class)
@JsonDeserialize(as = ImmutableTransferAnimals.class)
public abstract class TransferAnimals implements TransferFacts, Command {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.transfer-animals";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TransferAnimals}. */
    public static final class Builder extends ImmutableTransferAnimals.Builder {
    }
}
