package org.ketnghia.core.funding;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ketnghia.core.money.Money;

/**
 * A pilot model's budget estimate for a plan: its lines and their exact total.
 *
 * @param modelId the pilot model
 * @param lines the lines, in plan order
 */
public record BudgetEstimate(String modelId, List<BudgetLine> lines) {

    /** Copies the lines. */
    public BudgetEstimate {
        requireNonNull(modelId, "modelId");
        lines = List.copyOf(lines);
    }

    /** The sum of all lines. */
    public Money total() {
        return Money.sum(lines.stream().map(BudgetLine::amount).toList());
    }

    /** Totals per administrative unit, in order of first appearance. */
    public Map<String, Money> totalsByUnit() {
        Map<String, Money> totals = new LinkedHashMap<>();
        for (BudgetLine line : lines) {
            totals.merge(line.unitCode(), line.amount(), Money::plus);
        }
        return java.util.Collections.unmodifiableMap(totals);
    }
}
