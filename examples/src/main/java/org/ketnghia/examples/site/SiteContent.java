package org.ketnghia.examples.site;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.ketnghia.core.funding.BudgetEstimate;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.simulation.SimulationSummary;

/**
 * Everything the summary site shows, already computed by the run: nothing here is computed again.
 *
 * @param context the facts every page states
 * @param modelNames model id → Vietnamese name, in installation order
 * @param budgets budget per model id
 * @param funding per model id: planned, pledged, received, spent (đồng), in that order
 * @param reports report slug → report, in period order (the last is the final review)
 * @param simulations Monte Carlo summary per model id (may be empty)
 * @param simulationSettings e.g. "200 lần lặp, hạt giống 2021, 5 năm"
 * @param notes remarks per model id (traces, models not simulated)
 * @param publicLists the communes' public lists, in the order written
 * @param labels names and units of the indicators
 */
public record SiteContent(SiteContext context, Map<String, String> modelNames, Map<String, BudgetEstimate> budgets,
        Map<String, Map<String, Money>> funding, Map<String, Report> reports, Map<String, SimulationSummary> simulations,
        String simulationSettings, Map<String, String> notes, List<PublicList> publicLists, IndicatorLabels labels) {

    /** Checks that no part is missing. */
    public SiteContent {
        requireNonNull(context, "context");
        requireNonNull(modelNames, "modelNames");
        requireNonNull(budgets, "budgets");
        requireNonNull(funding, "funding");
        requireNonNull(reports, "reports");
        requireNonNull(simulations, "simulations");
        requireNonNull(simulationSettings, "simulationSettings");
        requireNonNull(notes, "notes");
        publicLists = List.copyOf(requireNonNull(publicLists, "publicLists"));
        requireNonNull(labels, "labels");
    }

    /** Funds the plan files under a key that is no pilot model, such as the province's monitoring money. */
    private static final Map<String, String> OTHER_FUNDS = Map.of("monitoring", "Kiểm tra, giám sát (kinh phí quản lý)");

    /** The name of {@code modelId}, or the id when the model is unknown. */
    public String modelName(String modelId) {
        return modelNames.getOrDefault(modelId, OTHER_FUNDS.getOrDefault(modelId, modelId));
    }
}
