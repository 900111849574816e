package org.ketnghia.startup;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.eligibility.EligibilityRule;
import org.ketnghia.core.funding.BudgetEstimate;
import org.ketnghia.core.funding.BudgetLine;
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
import org.ketnghia.startup.catalogue.Sector;
import org.ketnghia.startup.indicators.StartupIndicators;
import org.ketnghia.startup.internal.StartupJson;
import org.ketnghia.startup.project.ApplicationApproved;
import org.ketnghia.startup.project.ApplicationRejected;
import org.ketnghia.startup.project.ApplicationScreened;
import org.ketnghia.startup.project.ApplicationSubmitted;
import org.ketnghia.startup.project.ApprovalAmended;
import org.ketnghia.startup.project.CallOpened;
import org.ketnghia.startup.project.FollowUpRecorded;
import org.ketnghia.startup.project.MilestoneReached;
import org.ketnghia.startup.project.ProjectClosed;
import org.ketnghia.startup.project.StartupProjects;
import org.ketnghia.startup.project.TrancheDisbursed;
import org.ketnghia.startup.project.internal.StartupHandlers;
import org.ketnghia.startup.screening.StartupRules;
import org.ketnghia.startup.simulation.PortfolioLine;
import org.ketnghia.startup.simulation.StartupPlan;
import org.ketnghia.startup.simulation.StartupSimulator;

/**
 * Pilot model 2, start-up support (<i>hỗ trợ khởi nghiệp trong công tác kết nghĩa</i>): calls for
 * proposals, applications by individuals, groups, households, clubs, cooperatives, cooperative
 * groups and enterprises, screening and ranking, approval with a budget per item, tranches paid from
 * the commune's fund against milestones, follow-up, closure or failure, indicators, a portfolio
 * simulator, and the public list through the core disclosure.
 *
 * <p>Configured with a {@link StartupConfiguration} (sector catalogue, policy, local development
 * plan, simulation rates) that the host names: nothing about one province is built in, and Quảng Nam's
 * 2021 set is the explicit {@link StartupConfiguration#quangNam2021()}. Install it with {@code
 * KetnghiaRuntime.builder().addModel(new StartupModel(configuration))} or, in Guice, with {@code new
 * StartupModule(configuration)}. Immutable and thread-safe; two models with equal configurations are
 * equal.
 */
public final class StartupModel implements PilotModel {

    /** The model id. */
    public static final String ID = "startup";

    private final StartupConfiguration configuration;

    /**
     * The model with a host's configuration.
     *
     * @throws NullPointerException if {@code configuration} is null
     */
    public StartupModel(StartupConfiguration configuration) {
        this.configuration = requireNonNull(configuration, "configuration");
    }

    /** The configuration the model validates with. */
    public StartupConfiguration configuration() {
        return configuration;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public BilingualText name() {
        return BilingualText.of("Hỗ trợ khởi nghiệp", "Start-up support");
    }

    @Override
    public List<Class<? extends LedgerEvent>> eventTypes() {
        return List.of(CallOpened.class, ApplicationSubmitted.class, ApplicationScreened.class,
                ApplicationApproved.class, ApplicationRejected.class, MilestoneReached.class, TrancheDisbursed.class,
                FollowUpRecorded.class, ProjectClosed.class, ApprovalAmended.class);
    }

    @Override
    public List<CommandHandler<?>> commandHandlers(PilotModelContext context) {
        return StartupHandlers.all(configuration);
    }

    @Override
    public List<ProjectionDefinition<?>> projections() {
        return List.of(ProjectionDefinition.of(StartupProjects.class, StartupProjects::new,
                StartupProjects.snapshotForm()));
    }

    /** The conditions (with reasons) and priorities of screening, over an application profile. */
    @Override
    public List<EligibilityRule<?>> eligibilityRules() {
        return new StartupRules(configuration.policy()).asModelRules();
    }

    /**
     * The budget of the plan's start-up portfolio: per line, projects × support per project.
     *
     * @throws org.ketnghia.core.error.KetnghiaException if the section does not bind or names an unknown sector
     */
    @Override
    public Optional<BudgetEstimate> estimateBudget(PlanSection section, PilotModelContext context) {
        requireNonNull(section, "section");
        StartupPlan plan = section.bind(StartupPlan.class, StartupJson.mapper())
                .validated(configuration.catalogue(), section.location());
        List<BudgetLine> lines = new ArrayList<>();
        for (PortfolioLine line : plan.portfolio()) {
            Sector sector = configuration.catalogue().sector(line.sectorId()).orElseThrow();
            lines.add(new BudgetLine(line.unitCode(), "Hỗ trợ khởi nghiệp: " + sector.nameVi(),
                    "Start-up support: " + sector.nameEn(), line.projects(), line.supportPerProject()));
        }
        return Optional.of(new BudgetEstimate(ID, lines));
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return new StartupIndicators(configuration.catalogue()).definitions();
    }

    @Override
    public List<IndicatorSource> indicatorSources(PilotModelContext context) {
        return new StartupIndicators(configuration.catalogue()).sources();
    }

    @Override
    public Optional<ModelSimulator> simulator() {
        return Optional.of(new StartupSimulator(configuration.catalogue(), configuration.simulationRates()));
    }

    /** Equal to another start-up model with an equal configuration. */
    @Override
    public boolean equals(Object other) {
        return other instanceof StartupModel model && configuration.equals(model.configuration);
    }

    @Override
    public int hashCode() {
        return configuration.hashCode();
    }

    @Override
    public String toString() {
        return "StartupModel[" + configuration.catalogue() + "]";
    }
}
