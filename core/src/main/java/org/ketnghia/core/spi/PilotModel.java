package org.ketnghia.core.spi;

import java.util.List;
import java.util.Optional;
import org.ketnghia.core.eligibility.EligibilityRule;
import org.ketnghia.core.funding.BudgetEstimate;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorSource;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.value.BilingualText;

/**
 * A pilot model (<i>mô hình thí điểm</i>) plugged into the core: revolving livestock, start-up
 * support, training of officials, model new-rural villages — and any model a third party adds
 * with no change to the core.
 *
 * <p>A model declares its identity and, as a {@link LedgerFeature}, the events, handlers (and so
 * commands) and projections it records with. Every JSON type id the model declares, and every error
 * code, starts with its {@link #id()} ({@code "livestock.group-founded"}, {@code LIVESTOCK_…}); a
 * runtime refuses to start otherwise. Every other hook has a default that contributes
 * nothing, so new hooks never break existing models. A model arrives in a host through its Guice
 * module ({@code PilotModelBinder.of(binder()).addModel(...)}), through {@link
 * java.util.ServiceLoader}, or directly through {@code KetnghiaRuntime.builder().addModel(...)}.
 *
 * <p>Implementations must be thread-safe and cheap to construct (no I/O in the constructor).
 */
public interface PilotModel extends LedgerFeature {

    /**
     * The model's stable id: lower case letters, digits and hyphens (e.g. {@code "livestock"}).
     * It prefixes the model's JSON type ids and error codes.
     */
    String id();

    /**
     * The model's name in Vietnamese and English, e.g. "Chăn nuôi bò, dê sinh sản quay vòng" /
     * "Revolving cattle and goat breeding". Reports, plan checks and the list of standard models
     * take the name from here, so a model has one name everywhere.
     */
    BilingualText name();

    /** Eligibility rules the model applies to participants (screening, ranking). */
    default List<EligibilityRule<?>> eligibilityRules() {
        return List.of();
    }

    /**
     * The model's budget estimate for a plan, computed from its section of the plan file.
     *
     * @param section this model's part of the plan
     * @param context the host's context
     * @return the estimate, or empty if the model has no budget of its own
     * @throws org.ketnghia.core.error.KetnghiaException if the section is invalid
     */
    default Optional<BudgetEstimate> estimateBudget(PlanSection section, PilotModelContext context) {
        return Optional.empty();
    }

    /** The indicators the model contributes to reports. */
    default List<IndicatorDefinition> indicators() {
        return List.of();
    }

    /**
     * The sources that compute the model's indicators from ledger events, per administrative unit
     * and reporting period; the host feeds them to a {@link org.ketnghia.core.reporting.ReportBuilder}.
     */
    default List<IndicatorSource> indicatorSources(PilotModelContext context) {
        return List.of();
    }

    /** The model's simulator, if it can project outcomes. */
    default Optional<ModelSimulator> simulator() {
        return Optional.empty();
    }
}
