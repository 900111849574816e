package org.ketnghia.training;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.funding.BudgetEstimate;
import org.ketnghia.core.funding.BudgetLine;
import org.ketnghia.core.funding.FundPurpose;
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
import org.ketnghia.training.catalogue.TopicCatalogue;
import org.ketnghia.training.course.AttendanceRecorded;
import org.ketnghia.training.course.CertificateIssued;
import org.ketnghia.training.course.ClassCostRecorded;
import org.ketnghia.training.course.ClassCancelled;
import org.ketnghia.training.course.ClassOpened;
import org.ketnghia.training.course.ClassRescheduled;
import org.ketnghia.training.course.EnrolmentWithdrawn;
import org.ketnghia.training.course.ScoreCorrected;
import org.ketnghia.training.course.OfficialDeparted;
import org.ketnghia.training.course.OfficialEnrolled;
import org.ketnghia.training.course.OfficialReassigned;
import org.ketnghia.training.course.OfficialRoster;
import org.ketnghia.training.course.ScoresRecorded;
import org.ketnghia.training.course.TrainingRecords;
import org.ketnghia.training.course.internal.TrainingHandlers;
import org.ketnghia.training.household.HouseholdAttendanceRecorded;
import org.ketnghia.training.household.HouseholdClassCancelled;
import org.ketnghia.training.household.HouseholdClassOpened;
import org.ketnghia.training.household.HouseholdClassRescheduled;
import org.ketnghia.training.household.HouseholdTraining;
import org.ketnghia.training.household.internal.HouseholdTrainingHandlers;
import org.ketnghia.training.indicators.TrainingIndicators;
import org.ketnghia.training.indicators.internal.TrainingIndicatorSources;
import org.ketnghia.training.simulation.CoverageSimulator;
import org.ketnghia.training.simulation.TrainingPlan;

/**
 * Pilot model 3, training of local officials (<i>bồi dưỡng chuyên môn nghiệp vụ cho cán bộ cơ
 * sở</i>): officials of the districts, communes and villages — core persons with the role official
 * — take classes on the topics of the host's {@link TopicCatalogue}, organised by sponsors and/or
 * the locality, with attendance, tests and certificates; costs of commune classes are spent from
 * the commune's fund.
 *
 * <p>Configured by the host ({@link TrainingConfiguration}); nothing about one province is built
 * in, so there is no default constructor and no {@code ServiceLoader} registration. Contributes the
 * commands and events of {@link org.ketnghia.training.course} with their handlers, the projections
 * {@link TrainingRecords} and {@link OfficialRoster}, the indicators of {@link TrainingIndicators},
 * a budget estimate from the plan's classes, and the {@link CoverageSimulator}; and apart from them the technical
 * training for households of {@link org.ketnghia.training.household} (classes opened, rescheduled or cancelled,
 * attendance) with its projection {@link HouseholdTraining}. The runtime must
 * include the core's participant, twinning and funding features (it always does).
 *
 * <p>Equal to another training model with an equal configuration. Immutable and thread-safe; cheap
 * to construct.
 */
public final class TrainingModel implements PilotModel {

    /** The model id. */
    public static final String ID = "training";

    /** The model's name, in Vietnamese and English. */
    public static final BilingualText NAME = BilingualText.of("Bồi dưỡng chuyên môn nghiệp vụ cho cán bộ cơ sở",
            "Training and capacity building for grassroots officials");

    private static final List<Class<? extends LedgerEvent>> EVENT_TYPES = List.of(ClassOpened.class,
            OfficialEnrolled.class, AttendanceRecorded.class, ScoresRecorded.class, CertificateIssued.class,
            ClassCostRecorded.class, OfficialReassigned.class, OfficialDeparted.class, EnrolmentWithdrawn.class,
            ClassRescheduled.class, ClassCancelled.class, ScoreCorrected.class, HouseholdClassOpened.class,
            HouseholdAttendanceRecorded.class, HouseholdClassRescheduled.class, HouseholdClassCancelled.class);

    private final TrainingConfiguration configuration;

    /** The model configured by the host, e.g. {@code new TrainingModel(TrainingConfiguration.fromSection(section))}. */
    public TrainingModel(TrainingConfiguration configuration) {
        this.configuration = requireNonNull(configuration, "configuration");
    }

    /** The configuration the model runs with. */
    public TrainingConfiguration configuration() {
        return configuration;
    }

    /** The topic catalogue the model checks classes against. */
    public TopicCatalogue catalogue() {
        return configuration.topics();
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
        return EVENT_TYPES;
    }

    @Override
    public List<CommandHandler<?>> commandHandlers(PilotModelContext context) {
        List<CommandHandler<?>> handlers = new ArrayList<>(TrainingHandlers.all(catalogue(), FundPurpose.of(ID)));
        handlers.addAll(HouseholdTrainingHandlers.all());
        return List.copyOf(handlers);
    }

    @Override
    public List<ProjectionDefinition<?>> projections() {
        return List.of(
                ProjectionDefinition.of(TrainingRecords.class, TrainingRecords::new, TrainingRecords.snapshotForm()),
                ProjectionDefinition.of(OfficialRoster.class, OfficialRoster::new, OfficialRoster.snapshotForm()),
                ProjectionDefinition.of(HouseholdTraining.class, HouseholdTraining::new,
                        HouseholdTraining.snapshotForm()));
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
        return TrainingIndicators.definitions(catalogue());
    }

    @Override
    public List<IndicatorSource> indicatorSources(PilotModelContext context) {
        requireNonNull(context, "context");
        return TrainingIndicatorSources.of(catalogue(), context.administrativeUnits());
    }

    @Override
    public Optional<ModelSimulator> simulator() {
        return Optional.of(new CoverageSimulator(catalogue()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrainingModel model && model.configuration.equals(configuration);
    }

    @Override
    public int hashCode() {
        return configuration.hashCode();
    }

    @Override
    public String toString() {
        return "TrainingModel[" + configuration + "]";
    }
}
