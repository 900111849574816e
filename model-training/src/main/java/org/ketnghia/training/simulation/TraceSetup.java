package org.ketnghia.training.simulation;

import static java.util.Objects.requireNonNull;

import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.ledger.Actor;

/**
 * What the coverage simulator needs in trace mode besides the scenario: who records the commands
 * and the administrative units, used to date-resolve a commune that has ceased to exist (the
 * communes merged on 1 July 2025) to its single successor, and to find the plan's cost of a class
 * of a commune (the {@code classes} line of the commune or of a unit containing it).
 *
 * @param actor who records the commands
 * @param units the administrative units the ledger uses
 */
public record TraceSetup(Actor actor, AdministrativeRegistry units) {

    /** The district ethnic-affairs office (<i>Phòng Dân tộc huyện</i>) as a system actor. */
    public static final Actor DISTRICT_OFFICE = Actor.system("phong-dan-toc-huyen");

    /** Checks the parts. */
    public TraceSetup {
        requireNonNull(actor, "actor");
        requireNonNull(units, "units");
    }

    /** {@link #DISTRICT_OFFICE} over the shipped Quảng Nam reference units. */
    public static TraceSetup defaults() {
        return new TraceSetup(DISTRICT_OFFICE, AdministrativeRegistry.quangNamReference());
    }
}
