package org.ketnghia.livestock;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.eligibility.EligibilityRule;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.funding.BudgetEstimate;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.ProjectionDefinition;
import org.ketnghia.core.participant.HouseholdRules;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorSource;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.core.spi.PilotModelContext;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.core.value.BilingualText;
import org.ketnghia.livestock.group.GroupFounded;
import org.ketnghia.livestock.group.GroupMembersAdded;
import org.ketnghia.livestock.group.HouseholdGroups;
import org.ketnghia.livestock.group.internal.AddMembersHandler;
import org.ketnghia.livestock.group.internal.FoundGroupHandler;
import org.ketnghia.livestock.herd.AnimalBorn;
import org.ketnghia.livestock.herd.AnimalDied;
import org.ketnghia.livestock.herd.AnimalLost;
import org.ketnghia.livestock.herd.AnimalReplaced;
import org.ketnghia.livestock.herd.AnimalSold;
import org.ketnghia.livestock.herd.AnimalsHandedOver;
import org.ketnghia.livestock.herd.AnimalsTransferred;
import org.ketnghia.livestock.herd.AnimalsVaccinated;
import org.ketnghia.livestock.herd.BirthReversed;
import org.ketnghia.livestock.herd.CashPaidInstead;
import org.ketnghia.livestock.herd.DeathReversed;
import org.ketnghia.livestock.herd.Herd;
import org.ketnghia.livestock.herd.LotAccepted;
import org.ketnghia.livestock.herd.ObligationWaived;
import org.ketnghia.livestock.herd.PackageExceptionRecorded;
import org.ketnghia.livestock.herd.PurchaseLotRecorded;
import org.ketnghia.livestock.herd.SaleCorrected;
import org.ketnghia.livestock.herd.internal.HerdHandlers;
import org.ketnghia.livestock.indicators.LivestockIndicators;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.livestock.simulation.LivestockSimulator;

/**
 * Pilot model 1, revolving cattle and goat breeding (<i>mô hình chăn nuôi bò, dê sinh sản quay
 * vòng</i>), id {@value #ID}: household groups, procurement and acceptance, the animal registry,
 * pass-on obligations and rounds, indicators, and its budget from the plan section.
 *
 * <p>The model is configured with the programme it runs ({@link LivestockProgramme}: support packages,
 * districts with their priority species, pilot communes and targets): the handlers check species
 * priority and value pass-ons against it, and the indicators value the herd at its prices. A host
 * builds it from its programme file's livestock section ({@link LivestockProgramme#fromSection}); the
 * Quảng Nam 2021 plan is the explicit reference {@link LivestockProgramme#quangNam2021()}. There is
 * no default programme.
 *
 * <p>Immutable and thread-safe; no I/O.
 */
public final class LivestockModel implements PilotModel {

    /** The model id. */
    public static final String ID = "livestock";

    private static final BilingualText NAME =
            BilingualText.of("Chăn nuôi bò, dê sinh sản quay vòng", "Revolving cattle and goat breeding");

    private final LivestockProgramme programme;

    /**
     * The model configured with {@code programme}.
     *
     * @throws NullPointerException if {@code programme} is null
     */
    public LivestockModel(LivestockProgramme programme) {
        this.programme = requireNonNull(programme, "programme");
    }

    /** The programme configuration in use. */
    public LivestockProgramme programme() {
        return programme;
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
        return List.of(GroupFounded.class, PurchaseLotRecorded.class, LotAccepted.class, AnimalsHandedOver.class,
                AnimalBorn.class, AnimalDied.class, AnimalSold.class, AnimalsVaccinated.class, AnimalLost.class,
                ObligationWaived.class, CashPaidInstead.class, AnimalReplaced.class, PackageExceptionRecorded.class,
                GroupMembersAdded.class, AnimalsTransferred.class, BirthReversed.class, DeathReversed.class,
                SaleCorrected.class);
    }

    @Override
    public List<CommandHandler<?>> commandHandlers(PilotModelContext context) {
        List<CommandHandler<?>> handlers = new ArrayList<>();
        handlers.add(new FoundGroupHandler(programme));
        handlers.add(new AddMembersHandler());
        handlers.addAll(HerdHandlers.all(programme));
        return List.copyOf(handlers);
    }

    @Override
    public List<ProjectionDefinition<?>> projections() {
        return List.of(ProjectionDefinition.of(HouseholdGroups.class, HouseholdGroups::new, HouseholdGroups.snapshotForm()),
                ProjectionDefinition.of(Herd.class, Herd::new, Herd.snapshotForm()));
    }

    /** Members must be poor, near-poor or newly escaped households. */
    @Override
    public List<EligibilityRule<?>> eligibilityRules() {
        return List.of(HouseholdRules.isBeneficiary());
    }

    /**
     * The budget computed from the section's configuration: per district, target head × unit price.
     *
     * @throws KetnghiaException with every problem if the section is invalid
     */
    @Override
    public Optional<BudgetEstimate> estimateBudget(PlanSection section, PilotModelContext context) {
        requireNonNull(section, "section");
        requireNonNull(context, "context");
        LivestockProgramme plan = LivestockProgramme.fromSection(section, KetnghiaJson.newObjectMapper());
        List<Problem> problems = plan.problems(context.administrativeUnits());
        if (!problems.isEmpty()) {
            throw new KetnghiaException(problems);
        }
        return Optional.of(plan.estimateBudget());
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return LivestockIndicators.definitions();
    }

    @Override
    public List<IndicatorSource> indicatorSources(PilotModelContext context) {
        return LivestockIndicators.sources(programme);
    }

    /**
     * The stochastic herd simulator with the default settings (DOMAIN.md demography, the "first
     * female offspring" pass-on policy, sales on, no shock); it reads the plan from the scenario's
     * section. Build a {@link LivestockSimulator} with other {@link
     * org.ketnghia.livestock.simulation.SimulationSettings} to compare scenarios.
     */
    @Override
    public Optional<ModelSimulator> simulator() {
        return Optional.of(new LivestockSimulator());
    }

    /** Models are equal when their programmes are (a model installed twice registers once). */
    @Override
    public boolean equals(Object other) {
        return other instanceof LivestockModel model && model.programme.equals(programme);
    }

    @Override
    public int hashCode() {
        return programme.hashCode();
    }

    @Override
    public String toString() {
        return "LivestockModel[" + programme.districts().size() + " districts, plan date " + programme.planDate() + "]";
    }
}
