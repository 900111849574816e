package org.ketnghia.village.scheme.internal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.twinning.ModelPlanRecorded;
import org.ketnghia.core.twinning.ModelPlanRegistry;

/**
 * The communes for which at least one model plan (<i>phương án</i>) of any model, approved or not, is recorded. A
 * commune with none is not checked against the plans, so ledgers kept before the plans were recorded stay valid;
 * once a commune (or a commune it carries on after a merger) has one, what the model accepts there must be in an
 * approved plan for the model. Not thread-safe by itself: the ledger guards it with its lock.
 */
public final class PlannedCommunes implements Projection {

    private final Set<String> communes = new LinkedHashSet<>();

    /** Creates an empty projection; the ledger folds its events into it. */
    public PlannedCommunes() {
    }

    @Override
    public void apply(EventEnvelope event) {
        if (event.payload() instanceof ModelPlanRecorded) {
            communes.add(event.unitCode());
        }
    }

    /**
     * Whether a plan is recorded for the commune, or for a commune it carries on on {@code date} (the 1 July 2025
     * mergers).
     */
    public boolean anyPlanFor(String communeCode, LocalDate date, AdministrativeRegistry units) {
        requireNonNull(communeCode, "communeCode");
        requireNonNull(date, "date");
        requireNonNull(units, "units");
        if (communes.contains(communeCode)) {
            return true;
        }
        for (String planned : communes) {
            for (AdministrativeUnit successor : units.successorsAsOf(planned, date)) {
                if (successor.code().equals(communeCode)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Adds {@code code} (arguments: commune, model, date) when the commune has a plan recorded but none approved for
     * the model in force on {@code date}; checks nothing for a commune with no plan recorded.
     */
    public static void checkApprovedPlan(LedgerState state, String communeCode, String modelId, LocalDate date,
            ErrorCode code, String field, Problems problems) {
        AdministrativeRegistry units = state.administrativeUnits();
        if (state.projection(PlannedCommunes.class).anyPlanFor(communeCode, date, units)) {
            problems.check(!state.projection(ModelPlanRegistry.class).hasApprovedPlan(communeCode, modelId, date, units),
                    code, field, communeCode, modelId, date);
        }
    }
}
