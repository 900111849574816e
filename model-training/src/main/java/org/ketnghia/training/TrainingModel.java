package org.ketnghia.training;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.funding.BudgetEstimate;
import org.ketnghia.core.funding.BudgetLine;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.ProjectionDefinition;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorSource;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.core.spi.PilotModelContext;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.core.value.BilingualText;
import org.ketnghia.training.catalogue.TopicCatalogue;
import org.ketnghia.training.course.OfficialRoster;
import org.ketnghia.training.course.TrainingHandlers;
import org.ketnghia.training.course.TrainingRecords;
import org.ketnghia.training.indicators.TrainingIndicators;
import org.ketnghia.training.simulation.CoverageSimulator;
import org.ketnghia.training.simulation.TrainingPlan;

/**
 * Pilot model 3, training of local officials (<i>bồi dưỡng cán bộ cơ sở</i>): officials of the
 * districts, communes and villages — core persons with the role official — take classes on the
 * topics of a {@link TopicCatalogue}, organised by sponsors and/or the locality, with attendance,
 * tests and certificates; costs of commune classes are spent from the commune's fund.
 *
 * <p>Contributes the events, commands and handlers of {@link TrainingHandlers}, the projections
 * {@link TrainingRecords} and {@link OfficialRoster}, the indicators of {@link TrainingIndicators},
 * a budget estimate from the plan's classes, and the {@link CoverageSimulator}. The runtime must
 * include the core's participant, twinning and funding features (it always does).
 *
 * <p>Immutable and thread-safe; cheap to construct.
 */
public final class TrainingModel implements PilotModel {

    /** The model id. */
    public static final String ID = "training";

    private final TopicCatalogue catalogue;

    /** The model with the plan's standard topic catalogue. */
    public TrainingModel() {
        this(TopicCatalogue.standard());
    }

    /** The model with the host's own topic catalogue. */
    public TrainingModel(TopicCatalogue catalogue) {
        this.catalogue = requireNonNull(catalogue, "catalogue");
    }

    /** The topic catalogue the model checks classes against. */
    public TopicCatalogue catalogue() {
        return catalogue;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public BilingualText name() {
        return BilingualText.of("Bồi dưỡng chuyên môn nghiệp vụ cho cán bộ cơ sở", "Training and capacity building for grassroots officials");
    }

    @Override
    public List<Class<? extends LedgerEvent>> eventTypes() {
        return TrainingHandlers.eventTypes();
    }

    @Override
    public List<CommandHandler<?>> commandHandlers(PilotModelContext context) {
        return TrainingHandlers.all(catalogue);
    }

    @Override
    public List<ProjectionDefinition<?>> projections() {
        return List.of(ProjectionDefinition.of(TrainingRecords.class, TrainingRecords::new),
                ProjectionDefinition.of(OfficialRoster.class, OfficialRoster::new));
    }

    /**
     * The cost of the classes the plan section lists ({@code classes × costPerClass} per locality).
     *
     * @throws org.ketnghia.core.error.KetnghiaException if the section does not fit or breaks a rule
     */
    @Override
    public Optional<BudgetEstimate> estimateBudget(PlanSection section, PilotModelContext context) {
        requireNonNull(section, "section");
        TrainingPlan plan = section.bind(TrainingPlan.class, KetnghiaJson.newObjectMapper());
        plan.validate(section.location(), new Problems()).throwIfAny();
        if (plan.classes().isEmpty()) {
            return Optional.empty();
        }
        List<BudgetLine> lines = new ArrayList<>();
        for (TrainingPlan.PlannedClasses planned : plan.classes()) {
            lines.add(new BudgetLine(planned.unitCode(), "Lớp bồi dưỡng cán bộ cơ sở", "Training class for officials",
                    planned.classes(), planned.costPerClass()));
        }
        return Optional.of(new BudgetEstimate(ID, lines));
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return TrainingIndicators.definitions(catalogue);
    }

    @Override
    public List<IndicatorSource> indicatorSources(PilotModelContext context) {
        return TrainingIndicators.sources(catalogue, context.administrativeUnits());
    }

    @Override
    public Optional<ModelSimulator> simulator() {
        return Optional.of(new CoverageSimulator(catalogue));
    }
}
