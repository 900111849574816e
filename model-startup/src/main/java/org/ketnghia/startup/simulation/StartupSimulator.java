package org.ketnghia.startup.simulation;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.simulation.CommandSink;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.ReplicateRecorder;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.TraceContext;
import org.ketnghia.startup.StartupErrorCode;
import org.ketnghia.startup.StartupModel;
import org.ketnghia.startup.catalogue.SectorCatalogue;
import org.ketnghia.startup.internal.StartupJson;
import org.ketnghia.startup.simulation.internal.PortfolioTrace;
import org.ketnghia.startup.simulation.internal.RatesCheck;

/**
 * Simulates a start-up portfolio year by year: each running project fails within the year with its
 * sector's probability, otherwise its revenue grows by a normally distributed rate (never below
 * zero revenue). Records per programme year: projects still operating (in total and per sector),
 * the survival share, and the revenue of the operating projects in đồng. A sector's rates come from
 * the plan section's {@code rates} when given there, else from the rates the simulator was made with;
 * a portfolio line of a sector with neither is refused, never simulated with made-up rates.
 *
 * <p>Trace mode ({@link #simulateTrace}) records the same replicate (the same draws in the same order)
 * as the commands of a real programme (<i>ghi vết mô phỏng vào sổ cái</i>): calls, participants,
 * applications, screening, approvals, tranches paid from the commune's fund, follow-ups with the
 * simulated revenue, failures and closures — so reports built from the ledger give the replicate's
 * approvals, support paid, failures per year, revenue per year and survival after 1–3 years. Who records,
 * the units in force, the pilot communes and their villages and the names of simulated people all come
 * from the host's {@link TraceContext}.
 *
 * <p>Stateless and thread-safe; deterministic for a given random stream.
 */
public final class StartupSimulator implements ModelSimulator {

    /** Indicator id: projects still operating at the end of a programme year. */
    public static final String OPERATING = "startup.sim.operating";
    /** Indicator id prefix, followed by a sector id: that sector's projects still operating. */
    public static final String OPERATING_BY_SECTOR = "startup.sim.operating.";
    /** Indicator id: the share of the portfolio's projects still operating. */
    public static final String SURVIVAL_SHARE = "startup.sim.survival-share";
    /** Indicator id: the revenue of the operating projects in the year, in đồng. */
    public static final String REVENUE = "startup.sim.revenue";

    private final SectorCatalogue catalogue;
    private final Map<String, SectorRates> defaults;

    /**
     * A simulator of portfolios of {@code catalogue}'s sectors with {@code defaultRates} per sector (e.g.
     * the configuration's {@link org.ketnghia.startup.StartupConfiguration#simulationRates()}).
     *
     * @throws NullPointerException if an argument is null
     * @throws org.ketnghia.core.error.KetnghiaException listing every sector given twice and every bad rate
     */
    public StartupSimulator(SectorCatalogue catalogue, List<SectorRates> defaultRates) {
        this.catalogue = requireNonNull(catalogue, "catalogue");
        Problems problems = new Problems();
        RatesCheck.check(requireNonNull(defaultRates, "defaultRates"), "defaultRates", problems);
        problems.throwIfAny();
        this.defaults = defaultRates.stream().collect(Collectors.toUnmodifiableMap(SectorRates::sectorId,
                Function.identity()));
    }

    @Override
    public String modelId() {
        return StartupModel.ID;
    }

    /**
     * Runs one replicate.
     *
     * @throws org.ketnghia.core.error.KetnghiaException if the plan section does not bind, names an unknown
     *     sector, or has a line whose sector has no rates ({@link StartupErrorCode#STARTUP_SIMULATION_RATES_MISSING})
     */
    @Override
    public void simulateReplicate(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder) {
        run(scenario, random, recorder, null, null);
    }

    /**
     * Runs one replicate exactly as {@link #simulateReplicate} (the same draws in the same order) and
     * records its programme through {@code sink} as the context's actors, in the context's pilot communes
     * and villages (a portfolio line's projects go round-robin to the context's communes with a village
     * that are, or lie within, the line's unit), in the unit in force on each command's date, with the
     * context's synthetic participants. The module's README lists what is recorded when.
     *
     * @throws org.ketnghia.core.error.KetnghiaException as {@link #simulateReplicate};
     *     {@link StartupErrorCode#STARTUP_TRACE_NO_PILOT_COMMUNE} for a portfolio unit with no pilot commune
     *     of the context, before anything is recorded; the context's exception for a unit not in force
     *     without a single successor; the ledger's exception if it rejects a command
     */
    @Override
    public void simulateTrace(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder,
            TraceContext context, CommandSink sink) {
        requireNonNull(context, "context");
        requireNonNull(sink, "sink");
        run(scenario, random, recorder, context, sink);
    }

    private void run(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder,
            TraceContext context, CommandSink sink) {
        requireNonNull(scenario, "scenario");
        requireNonNull(random, "random");
        requireNonNull(recorder, "recorder");
        StartupPlan plan = scenario.section().bind(StartupPlan.class, StartupJson.mapper())
                .validated(catalogue, scenario.section().location());
        int lines = plan.portfolio().size();
        SectorRates[] ratesOf = rates(plan, scenario.section().location());
        int total = plan.portfolio().stream().mapToInt(PortfolioLine::projects).sum();
        boolean[][] alive = new boolean[lines][];
        double[][] revenue = new double[lines][];
        for (int l = 0; l < lines; l++) {
            PortfolioLine line = plan.portfolio().get(l);
            alive[l] = new boolean[line.projects()];
            revenue[l] = new double[line.projects()];
            Arrays.fill(alive[l], true);
            Arrays.fill(revenue[l], line.firstYearRevenue().dong());
        }
        PortfolioTrace trace = sink == null ? null : new PortfolioTrace(context, scenario, plan, catalogue, sink);
        if (trace != null) {
            trace.open();
        }
        for (int year = 1; year <= scenario.years(); year++) {
            int operating = 0;
            double yearRevenue = 0;
            Map<String, Integer> bySector = new TreeMap<>();
            for (int l = 0; l < lines; l++) {
                PortfolioLine line = plan.portfolio().get(l);
                SectorRates rates = ratesOf[l];
                int sectorOperating = 0;
                for (int p = 0; p < line.projects(); p++) {
                    if (!alive[l][p]) {
                        continue;
                    }
                    if (random.nextDouble() < rates.annualFailureProbability()) {
                        alive[l][p] = false;
                        if (trace != null) {
                            trace.failed(l, p, year);
                        }
                        continue;
                    }
                    if (year > 1) {
                        double growth = rates.revenueGrowthMean() + rates.revenueGrowthStandardDeviation() * gaussian(random);
                        revenue[l][p] = Math.max(0, revenue[l][p] * (1 + growth));
                    }
                    sectorOperating++;
                    yearRevenue += revenue[l][p];
                    if (trace != null) {
                        trace.operating(l, p, year, revenue[l][p]);
                    }
                }
                operating += sectorOperating;
                bySector.merge(line.sectorId(), sectorOperating, Integer::sum);
            }
            if (trace != null) {
                trace.endOfYear(year, alive);
            }
            recorder.record(OPERATING, year, operating);
            recorder.record(SURVIVAL_SHARE, year, total == 0 ? 0 : (double) operating / total);
            recorder.record(REVENUE, year, yearRevenue);
            for (Map.Entry<String, Integer> sector : bySector.entrySet()) {
                recorder.record(OPERATING_BY_SECTOR + sector.getKey(), year, sector.getValue());
            }
        }
    }

    /** Each line's rates: the plan's for its sector, else the simulator's; every line without either is a problem. */
    private SectorRates[] rates(StartupPlan plan, String location) {
        Problems problems = new Problems();
        SectorRates[] ratesOf = new SectorRates[plan.portfolio().size()];
        for (int l = 0; l < ratesOf.length; l++) {
            String sectorId = plan.portfolio().get(l).sectorId();
            ratesOf[l] = plan.ratesFor(sectorId).orElse(defaults.get(sectorId));
            problems.check(ratesOf[l] == null, StartupErrorCode.STARTUP_SIMULATION_RATES_MISSING,
                    location + ".portfolio[" + l + "].sectorId", sectorId);
        }
        problems.throwIfAny();
        return ratesOf;
    }

    /** A standard normal draw (Box–Muller), from the replicate's stream only. */
    private static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }
}
