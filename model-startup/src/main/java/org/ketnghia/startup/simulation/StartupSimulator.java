package org.ketnghia.startup.simulation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.ReplicateRecorder;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.startup.catalogue.SectorCatalogue;
import org.ketnghia.startup.internal.StartupJson;

/**
 * Simulates a start-up portfolio year by year: each running project fails within the year with its
 * sector's probability, otherwise its revenue grows by a normally distributed rate (never below
 * zero revenue). Records per programme year: projects still operating (in total and per sector),
 * the survival share, and the revenue of the operating projects in đồng.
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

    /** A simulator with the shipped default rates. */
    public StartupSimulator(SectorCatalogue catalogue) {
        this(catalogue, Defaults.RATES);
    }

    /** A simulator with the given default rates per sector. */
    public StartupSimulator(SectorCatalogue catalogue, List<SectorRates> defaultRates) {
        this.catalogue = requireNonNull(catalogue, "catalogue");
        this.defaults = defaultRates.stream().collect(Collectors.toUnmodifiableMap(SectorRates::sectorId,
                Function.identity(), (first, second) -> second));
    }

    @Override
    public String modelId() {
        return "startup";
    }

    @Override
    public void simulateReplicate(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder) {
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
                        continue;
                    }
                    if (year > 1) {
                        double growth = rates.revenueGrowthMean() + rates.revenueGrowthStandardDeviation() * gaussian(random);
                        revenue[l][p] = Math.max(0, revenue[l][p] * (1 + growth));
                    }
                    sectorOperating++;
                    yearRevenue += revenue[l][p];
                }
                operating += sectorOperating;
                bySector.merge(line.sectorId(), sectorOperating, Integer::sum);
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
