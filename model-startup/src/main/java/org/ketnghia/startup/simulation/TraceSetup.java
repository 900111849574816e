package org.ketnghia.startup.simulation;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.ledger.Actor;

/**
 * What trace mode needs besides the plan to write a simulated start-up portfolio into a ledger
 * (<i>ghi vết mô phỏng vào sổ cái</i>): who records the commands, per pilot commune the village the
 * simulated households live in, and the administrative units (to place a district's projects in its
 * pilot communes and to use a commune's successor after the 2025 mergers). Immutable.
 *
 * @param actor the actor of every simulated command (e.g. the provincial Ban Dân tộc)
 * @param villageByCommune a village code per pilot commune
 * @param units the administrative units of the ledger the trace goes to
 */
public record TraceSetup(Actor actor, Map<String, String> villageByCommune, AdministrativeRegistry units) {

    /** Checks and copies. */
    public TraceSetup {
        requireNonNull(actor, "actor");
        villageByCommune = Map.copyOf(villageByCommune);
        requireNonNull(units, "units");
    }

    /**
     * A set-up over the reference units of Quảng Nam ({@link AdministrativeRegistry#quangNamReference()}),
     * the form a host that knows only actor and villages uses (the examples host calls it reflectively).
     */
    public TraceSetup(Actor actor, Map<String, String> villageByCommune) {
        this(actor, villageByCommune, AdministrativeRegistry.quangNamReference());
    }
}
