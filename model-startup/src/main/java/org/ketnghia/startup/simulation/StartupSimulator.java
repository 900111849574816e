package org.ketnghia.startup.simulation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.simulation.CommandSink;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.ReplicateRecorder;
import org.ketnghia.core.simulation.SimulationErrorCode;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.startup.catalogue.SectorCatalogue;
import org.ketnghia.startup.internal.StartupJson;

/**
 * Simulates a start-up portfolio year by year: each running project fails within the year with its
 * sector's probability, otherwise its revenue grows by a normally distributed rate (never below
 * zero revenue). Records per programme year: projects still operating (in total and per sector),
 * the survival share, and the revenue of the operating projects in đồng.
 *
 * <p>Trace mode ({@link #withTrace}, {@link #simulateTrace}) records the same replicate as the
 * commands of a real programme (see {@link PortfolioTrace}): calls, participants, applications,
 * screening, approvals, tranches paid from the commune's fund, follow-ups with the simulated revenue,
 * failures and closures — so reports built from the ledger give the replicate's approvals, support
 * paid, failures per year, revenue per year and survival after 1–3 years.
 *
 * <p>Stateless and thread-safe; deterministic for a given random stream.
 */
public final class StartupSimulator implements ModelSimulator {

    /** Indicator ids of the simulation. */
    public static final String OPERATING = "startup.sim.operating";
    public static final String OPERATING_BY_SECTOR = "startup.sim.operating.";
    public static final String SURVIVAL_SHARE = "startup.sim.survival-share";
    public static final String REVENUE = "startup.sim.revenue";

    /** The class-path resource of the default rates. */
    public static final String DEFAULT_RATES_RESOURCE = "/org/ketnghia/startup/simulation-rates.json";

    private final SectorCatalogue catalogue;
    private final Map<String, SectorRates> defaults;
    private final TraceSetup traceSetup;

    /** A simulator with the shipped default rates. */
    public StartupSimulator(SectorCatalogue catalogue) {
        this(catalogue, Defaults.RATES);
    }

    /** A simulator with the given default rates per sector. */
    public StartupSimulator(SectorCatalogue catalogue, List<SectorRates> defaultRates) {
        this.catalogue = requireNonNull(catalogue, "catalogue");
        this.defaults = defaultRates.stream().collect(Collectors.toUnmodifiableMap(SectorRates::sectorId,
                Function.identity(), (first, second) -> second));
        this.traceSetup = null;
    }

    private StartupSimulator(StartupSimulator simulator, TraceSetup traceSetup) {
        this.catalogue = simulator.catalogue;
        this.defaults = simulator.defaults;
        this.traceSetup = traceSetup;
    }

    /**
     * This simulator with trace mode set up by {@code setup}: who records, the pilot village of each
     * pilot commune (a portfolio line's projects go round-robin to the pilot communes in its unit), and
     * the administrative units.
     */
    public StartupSimulator withTrace(TraceSetup setup) {
        return new StartupSimulator(this, requireNonNull(setup, "setup"));
    }

    @Override
    public String modelId() {
        return "startup";
    }

    @Override
    public void simulateReplicate(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder) {
        run(scenario, random, recorder, null);
    }

    /**
     * Runs one replicate exactly as {@link #simulateReplicate} (the same draws in the same order) and
     * records its programme through {@code sink}.
     *
     * @throws KetnghiaException {@link SimulationErrorCode#SIMULATION_NO_TRACE_MODE} without {@link
     *     #withTrace}; {@code VALUE_UNKNOWN} for a portfolio unit with no pilot commune of the set-up;
     *     the ledger's exception if it rejects a command
     */
    @Override
    public void simulateTrace(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder,
            CommandSink sink) {
        requireNonNull(sink, "sink");
        if (traceSetup == null) {
            throw KetnghiaException.of(SimulationErrorCode.SIMULATION_NO_TRACE_MODE, "simulator", modelId());
        }
        run(scenario, random, recorder, sink);
    }

    private void run(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder,
            CommandSink sink) {
        StartupPlan plan = scenario.section().bind(StartupPlan.class, StartupJson.mapper())
                .validated(catalogue, scenario.section().location());
        int total = plan.portfolio().stream().mapToInt(PortfolioLine::projects).sum();
        int lines = plan.portfolio().size();
        boolean[][] alive = new boolean[lines][];
        double[][] revenue = new double[lines][];
        for (int l = 0; l < lines; l++) {
            PortfolioLine line = plan.portfolio().get(l);
            alive[l] = new boolean[line.projects()];
            revenue[l] = new double[line.projects()];
            java.util.Arrays.fill(alive[l], true);
            java.util.Arrays.fill(revenue[l], line.firstYearRevenue().dong());
        }
        PortfolioTrace trace = sink == null ? null : new PortfolioTrace(traceSetup, scenario, plan, catalogue, sink);
        if (trace != null) {
            trace.open();
        }
        for (int year = 1; year <= scenario.years(); year++) {
            int operating = 0;
            double yearRevenue = 0;
            Map<String, Integer> bySector = new java.util.TreeMap<>();
            for (int l = 0; l < lines; l++) {
                PortfolioLine line = plan.portfolio().get(l);
                SectorRates rates = plan.ratesFor(line.sectorId()).orElseGet(() -> defaultsFor(line.sectorId()));
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

    private SectorRates defaultsFor(String sectorId) {
        SectorRates rates = defaults.get(sectorId);
        return rates != null ? rates : new SectorRates(sectorId, 0.15, 0.05, 0.10);
    }

    /** A standard normal draw (Box–Muller), from the replicate's stream only. */
    private static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    private record RatesFile(String description, List<SectorRates> rates) {
    }

    private static final class Defaults {
        static final List<SectorRates> RATES = StartupJson.readResource(StartupSimulator.class, DEFAULT_RATES_RESOURCE,
                RatesFile.class).rates();
    }
}
