package org.ketnghia.examples.water;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.funding.BudgetEstimate;
import org.ketnghia.core.funding.BudgetLine;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.ProjectionDefinition;
import org.ketnghia.core.reporting.Aggregation;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorSource;
import org.ketnghia.core.reporting.IndicatorSources;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.core.spi.PilotModelContext;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.core.value.BilingualText;
import org.ketnghia.examples.water.internal.CleanWaterSimulator;
import org.ketnghia.examples.water.internal.InstallWaterSystemHandler;

/**
 * The clean-water pilot model (<i>mô hình hỗ trợ nước sạch sinh hoạt</i>), id {@value #ID}: a
 * third-party model written only against {@link PilotModel}. It records installations that pay
 * from the commune's fund and appear on the public list, budgets from its plan section
 * ({@link WaterPlan}), reports households equipped and money spent, and simulates uptake.
 * Immutable and thread-safe; no I/O.
 */
public final class CleanWaterModel implements PilotModel {

    /** The model id. */
    public static final String ID = "clean-water";

    /** Households equipped in the period. */
    public static final IndicatorDefinition HOUSEHOLDS_EQUIPPED = new IndicatorDefinition(
            "clean-water.households-equipped", "Số hộ được hỗ trợ bồn nước sạch", "Households given a water system",
            "hộ", Aggregation.SUM);
    /** Money spent on water systems in the period. */
    public static final IndicatorDefinition SPENT = new IndicatorDefinition("clean-water.spent",
            "Kinh phí hỗ trợ nước sạch", "Money spent on clean water", "đồng", Aggregation.SUM);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public BilingualText name() {
        return BilingualText.of("Hỗ trợ nước sạch sinh hoạt", "Household clean water");
    }

    @Override
    public List<Class<? extends LedgerEvent>> eventTypes() {
        return List.of(WaterSystemInstalled.class);
    }

    @Override
    public List<CommandHandler<?>> commandHandlers(PilotModelContext context) {
        return List.of(new InstallWaterSystemHandler());
    }

    @Override
    public List<ProjectionDefinition<?>> projections() {
        return List.of(ProjectionDefinition.of(WaterSystems.class, WaterSystems::new, WaterSystems.snapshotForm()));
    }

    /**
     * Target households × unit price, per commune.
     *
     * @throws org.ketnghia.core.error.KetnghiaException listing every problem of the section
     */
    @Override
    public Optional<BudgetEstimate> estimateBudget(PlanSection section, PilotModelContext context) {
        requireNonNull(section, "section");
        requireNonNull(context, "context");
        WaterPlan plan = WaterPlan.fromSection(section);
        plan.validate(section.location(), context, new Problems()).throwIfAny();
        List<BudgetLine> lines = new ArrayList<>();
        for (WaterPlan.WaterCommune commune : plan.communes()) {
            lines.add(new BudgetLine(commune.communeCode(), plan.itemVi(), plan.itemEn(), commune.targetHouseholds(),
                    plan.unitPrice()));
        }
        return Optional.of(new BudgetEstimate(ID, lines));
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return List.of(HOUSEHOLDS_EQUIPPED, SPENT);
    }

    @Override
    public List<IndicatorSource> indicatorSources(PilotModelContext context) {
        return List.of(IndicatorSources.countOf(HOUSEHOLDS_EQUIPPED, WaterSystemInstalled.class),
                IndicatorSources.sumOfMoney(SPENT, WaterSystemInstalled.class, WaterSystemInstalled::value));
    }

    @Override
    public Optional<ModelSimulator> simulator() {
        return Optional.of(new CleanWaterSimulator());
    }

    /** Equal to any other clean-water model: it has no configuration, so installing it twice installs it once. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CleanWaterModel;
    }

    @Override
    public int hashCode() {
        return CleanWaterModel.class.hashCode();
    }
}
