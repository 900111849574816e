package org.ketnghia.village;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.eligibility.EligibilityRule;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.funding.BudgetEstimate;
import org.ketnghia.core.funding.BudgetLine;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.ledger.Command;
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
import org.ketnghia.village.reporting.VillageIndicators;
import org.ketnghia.village.scheme.AdoptCriteriaSet;
import org.ketnghia.village.scheme.AssessBaseline;
import org.ketnghia.village.scheme.BaselineAssessed;
import org.ketnghia.village.scheme.CriteriaSetAdopted;
import org.ketnghia.village.scheme.CriteriaTakenOn;
import org.ketnghia.village.scheme.IndicatorsMeasured;
import org.ketnghia.village.scheme.RecogniseVillage;
import org.ketnghia.village.scheme.RecognitionEligibility;
import org.ketnghia.village.scheme.RecognitionRevoked;
import org.ketnghia.village.scheme.RecognitionStepRecorded;
import org.ketnghia.village.scheme.RecordMeasurement;
import org.ketnghia.village.scheme.RecordRecognitionStep;
import org.ketnghia.village.scheme.RegisterVillage;
import org.ketnghia.village.scheme.RevokeRecognition;
import org.ketnghia.village.scheme.TakeOnCriteria;
import org.ketnghia.village.scheme.VillageHandlers;
import org.ketnghia.village.scheme.VillageRecognised;
import org.ketnghia.village.scheme.VillageRegistered;
import org.ketnghia.village.scheme.VillageRegistry;
import org.ketnghia.village.simulation.CriterionWork;
import org.ketnghia.village.simulation.RecognitionPlan;
import org.ketnghia.village.simulation.VillageSimulator;

/**
 * Pilot model 4, the model new-rural village (<i>thôn nông thôn mới kiểu mẫu</i>): villages of the
 * twinned communes work towards a province's criteria set with sponsors taking on criteria, until
 * they are recognised. The criteria set is data recorded in the ledger with {@link AdoptCriteriaSet}
 * (load it with {@link org.ketnghia.village.criteria.CriteriaSets}); the model hard-codes none.
 *
 * <p>Money goes through the core funding ledger for model {@value #ID}, earmarked per village and
 * criterion with {@link org.ketnghia.village.reporting.VillageFunding#activity}. Stateless,
 * thread-safe and cheap to construct.
 */
public final class VillageModel implements PilotModel {

    /** The model id, prefix of its JSON type ids and the funding purpose. */
    public static final String ID = "village";

    /** Creates the model. */
    public VillageModel() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public BilingualText name() {
        return BilingualText.of("Xây dựng thôn nông thôn mới kiểu mẫu", "Model new-rural village");
    }

    @Override
    public List<Class<? extends LedgerEvent>> eventTypes() {
        return List.of(CriteriaSetAdopted.class, VillageRegistered.class, BaselineAssessed.class,
                CriteriaTakenOn.class, IndicatorsMeasured.class, RecognitionStepRecorded.class,
                VillageRecognised.class, RecognitionRevoked.class);
    }

    @Override
    public List<CommandHandler<?>> commandHandlers(PilotModelContext context) {
        return VillageHandlers.all();
    }

    @Override
    public List<ProjectionDefinition<?>> projections() {
        return List.of(ProjectionDefinition.of(VillageRegistry.class, VillageRegistry::new));
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
        return VillageIndicators.sources();
    }

    @Override
    public Optional<ModelSimulator> simulator() {
        return Optional.of(new VillageSimulator());
    }

    /**
     * The cost of closing every gap of a {@link RecognitionPlan} section: one line per criterion,
     * gap (rounded up) × villages points at the criterion's cost per point, for the plan's unit.
     *
     * @throws KetnghiaException if the section is not a valid plan or has no unit
     */
    @Override
    public Optional<BudgetEstimate> estimateBudget(PlanSection section, PilotModelContext context) {
        RecognitionPlan plan = section.bind(RecognitionPlan.class, KetnghiaJson.newObjectMapper());
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
}
