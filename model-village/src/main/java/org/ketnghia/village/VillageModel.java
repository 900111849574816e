package org.ketnghia.village;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.eligibility.EligibilityRule;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.funding.BudgetEstimate;
import org.ketnghia.core.funding.BudgetLine;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.ProjectionDefinition;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorSource;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.core.spi.PilotModelContext;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.core.value.BilingualText;
import org.ketnghia.village.criteria.CriteriaSet;
import org.ketnghia.village.criteria.CriteriaSets;
import org.ketnghia.village.reporting.VillageIndicators;
import org.ketnghia.village.reporting.internal.VillageIndicatorSources;
import org.ketnghia.village.scheme.BaselineAssessed;
import org.ketnghia.village.scheme.CriteriaSetAdopted;
import org.ketnghia.village.scheme.CriteriaTakenOn;
import org.ketnghia.village.scheme.IndicatorsMeasured;
import org.ketnghia.village.scheme.MeasurementCorrected;
import org.ketnghia.village.scheme.RecognitionEligibility;
import org.ketnghia.village.scheme.RecognitionRevoked;
import org.ketnghia.village.scheme.RecognitionStepRecorded;
import org.ketnghia.village.scheme.VillageRecognised;
import org.ketnghia.village.scheme.VillageRegistered;
import org.ketnghia.village.scheme.VillageRegistry;
import org.ketnghia.village.scheme.internal.VillageHandlers;
import org.ketnghia.village.simulation.CriterionWork;
import org.ketnghia.village.simulation.RecognitionPlan;
import org.ketnghia.village.simulation.VillageSimulator;

/**
 * Pilot model 4, the model new-rural village (<i>thôn nông thôn mới kiểu mẫu</i>): villages of the
 * twinned communes work towards a province's criteria set with sponsors taking on criteria, until
 * they are recognised. Criteria sets are data recorded in the ledger with {@link
 * org.ketnghia.village.scheme.AdoptCriteriaSet} (load a set with {@link CriteriaSets}); the model
 * hard-codes none.
 *
 * <p>Its configuration is the province's criteria set (<i>Bộ tiêu chí thôn nông thôn mới kiểu mẫu
 * của tỉnh</i>), against which its simulator's trace registers villages; there is no default, as a
 * criteria set is a province's own. Tests and examples name the shipped sample explicitly: {@code
 * new VillageModel(CriteriaSets.sample())}. A host records real villages against any set it adopts.
 *
 * <p>Money goes through the core funding ledger for model {@value #ID}, earmarked per village and
 * criterion with {@link org.ketnghia.village.reporting.VillageFunding#activity}. Immutable,
 * thread-safe and cheap to construct; two models with equal criteria sets are equal, so a module
 * installed twice registers one model.
 */
public final class VillageModel implements PilotModel {

    /** The model id, prefix of its JSON type ids and the funding purpose. */
    public static final String ID = "village";

    private static final BilingualText NAME = BilingualText.of("Xây dựng thôn nông thôn mới kiểu mẫu",
            "Model new-rural village");

    private final CriteriaSet criteriaSet;
    private final VillageSimulator simulator;

    /**
     * The model configured with the province's criteria set.
     *
     * @param criteriaSet the set the trace registers villages against, e.g. one read with {@link
     *     CriteriaSets#load(java.io.InputStream, String)}, or {@link CriteriaSets#sample()}
     * @throws KetnghiaException listing every problem {@link CriteriaSets#validate} finds in the set
     */
    public VillageModel(CriteriaSet criteriaSet) {
        requireNonNull(criteriaSet, "criteriaSet");
        List<Problem> problems = CriteriaSets.validate(criteriaSet);
        if (!problems.isEmpty()) {
            throw new KetnghiaException(problems);
        }
        this.criteriaSet = criteriaSet;
        this.simulator = new VillageSimulator(criteriaSet);
    }

    /** The criteria set the model was configured with. */
    public CriteriaSet criteriaSet() {
        return criteriaSet;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public BilingualText name() {
        return NAME;
    }

    @Override
    public List<Class<? extends LedgerEvent>> eventTypes() {
        return List.of(CriteriaSetAdopted.class, VillageRegistered.class, BaselineAssessed.class,
                CriteriaTakenOn.class, IndicatorsMeasured.class, RecognitionStepRecorded.class,
                VillageRecognised.class, RecognitionRevoked.class, MeasurementCorrected.class);
    }

    @Override
    public List<CommandHandler<?>> commandHandlers(PilotModelContext context) {
        return VillageHandlers.all();
    }

    @Override
    public List<ProjectionDefinition<?>> projections() {
        return List.of(ProjectionDefinition.of(VillageRegistry.class, VillageRegistry::new,
                VillageRegistry.snapshotForm()));
    }

    @Override
    public List<EligibilityRule<?>> eligibilityRules() {
        return List.of(new RecognitionEligibility());
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return VillageIndicators.definitions();
    }

    @Override
    public List<IndicatorSource> indicatorSources(PilotModelContext context) {
        return VillageIndicatorSources.all();
    }

    @Override
    public Optional<ModelSimulator> simulator() {
        return Optional.of(simulator);
    }

    /**
     * The cost of closing every gap of a {@link RecognitionPlan} section: one line per criterion,
     * gap (rounded up) × villages points at the criterion's cost per point, for the plan's unit.
     *
     * @throws KetnghiaException if the section is not a valid plan or has no unit
     */
    @Override
    public Optional<BudgetEstimate> estimateBudget(PlanSection section, PilotModelContext context) {
        RecognitionPlan plan = requireNonNull(section, "section").bind(RecognitionPlan.class,
                KetnghiaJson.newObjectMapper());
        plan.validate();
        String unitCode = plan.unitCode().orElseThrow(
                () -> KetnghiaException.of(CoreErrorCode.VALUE_REQUIRED, section.location() + ".unitCode"));
        List<BudgetLine> lines = new ArrayList<>();
        for (CriterionWork work : plan.criteria()) {
            long points = (long) Math.ceil(work.gap()) * plan.villages();
            lines.add(new BudgetLine(unitCode, "Tiêu chí " + work.criterionId(), "Criterion " + work.criterionId(),
                    points, work.costPerPoint()));
        }
        return Optional.of(new BudgetEstimate(ID, lines));
    }

    /** Two models are equal when configured with equal criteria sets. */
    @Override
    public boolean equals(Object other) {
        return other instanceof VillageModel model && model.criteriaSet.equals(criteriaSet);
    }

    @Override
    public int hashCode() {
        return criteriaSet.hashCode();
    }

    @Override
    public String toString() {
        return "VillageModel[criteriaSet=" + criteriaSet.id() + "]";
    }
}
