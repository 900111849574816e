package org.ketnghia.livestock.simulation;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import org.ketnghia.core.ledger.Actor;

/**
 * What trace mode needs besides the plan to write a simulated programme into a ledger (<i>ghi vết
 * mô phỏng vào sổ cái</i>): who records the commands and, per pilot commune, the village its
 * simulated households live in.
 *
 * @param actor the actor of every simulated command
 * @param villageByCommune a village code per pilot commune of the plan
 */
public record TraceSetup(Actor actor, Map<String, String> villageByCommune) {

    /** Checks and copies. */
    public TraceSetup {
        requireNonNull(actor, "actor");
        villageByCommune = Map.copyOf(villageByCommune);
    }
}
