package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Command;

/**
 * Gives a household an animal in place of a received animal that died (<i>bù con giống chết</i>),
 * recorded by the commune ({@code unitCode}) on {@code occurredOn}. Only groups whose pass-on policy
 * has the household ({@link org.ketnghia.livestock.passon.DeathHandling#HOUSEHOLD_REPLACES}) or the
 * group's pool ({@link org.ketnghia.livestock.passon.DeathHandling#GROUP_POOL_REPLACES}) replace dead
 * animals; the household's obligation stands, so it must still be open. Refused when the policy writes
 * deaths off, when the replaced animal is unknown, not dead, was not received by the household that
 * kept it or was already replaced, when the new ear tag is blank or in use, or the age negative.
 * Immutable.
 */
@Value.Immutable
@JsonTypeName(ReplaceDeadAnimal.TYPE)
@JsonSerialize(as = ImmutableReplaceDeadAnimal.class)
@JsonDeserialize(as = ImmutableReplaceDeadAnimal.class)
public abstract class ReplaceDeadAnimal implements ReplacementFacts, Command {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.replace-dead-animal";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReplaceDeadAnimal}. */
    public static final class Builder extends ImmutableReplaceDeadAnimal.Builder {
    }
}
