package org.ketnghia.livestock.scenarios;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.ProgressListener;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.livestock.simulation.LivestockSimulator;
import org.ketnghia.livestock.simulation.SimulationSettings;

/**
 * Runs scenarios of a {@link ScenarioGrid} side by side over the livestock simulator (<i>chạy so sánh
 * kịch bản</i>) and compares them ({@link ScenarioComparison}).
 *
 * <p><b>Common random numbers.</b> Every scenario runs replicates {@code 0 … n−1} under the same
 * master seed, and replicate {@code i} of every scenario is run through {@link
 * MonteCarloRunner#replicate}, which hands the simulator the stream of replicate {@code i} that a
 * Monte Carlo run uses: {@code new SplittableRandom(mix(mix(masterSeed) + γ·(i + 1)))}, derived from
 * the master seed and the replicate index alone — not from the scenario, the thread or the order of
 * work. So replicate {@code i} of two scenarios starts from the same random numbers, and replicate by
 * replicate the baseline's values are those of a plain Monte Carlo run of the baseline settings with the
 * same seed (its summary differs only in rounding, and in P² percentiles beyond 128 replicates). The simulator draws
 * in a fixed order (month by month, animal by animal); where two scenarios differ in nothing that
 * changes a draw (prices only value the herd) their replicates are equal animal for animal, and where
 * they differ (policy, shocks, demography) the paths stay aligned and strongly correlated. The
 * difference from the baseline is therefore taken per replicate, {@code value_i − baseline_i}, and its
 * standard error is {@code sd(value_i − baseline_i)/√n}, which the correlation makes far smaller than
 * that of two independent runs ({@code Var X + Var Y − 2 Cov(X, Y)}): what remains is the scenarios'
 * effect, not the noise of different draws. Identical scenarios give exactly 0 and a standard error of 0.
 *
 * <p><b>Work.</b> Scenarios whose settings differ only in the animals' prices (a grid's price levels) have the same
 * herds replicate by replicate, since prices drive no draw: one run of a replicate values its herds at each one's
 * prices and records them all ({@link LivestockSimulator#simulateReplicate(SimulationScenario,
 * java.util.SplittableRandom, org.ketnghia.core.simulation.ReplicateRecorder, List, List)}), the values a run of each
 * would record, bit for bit. Each replicate of such a set of scenarios is one task, claimed in replicate-major order
 * by {@code threads} worker threads; only the chosen indicators are kept, per scenario and replicate, in
 * primitive arrays, so results do not depend on the thread count (bit for bit) and percentiles are
 * exact. The progress listener is told after each task, once per scenario it ran ({@code done} of {@code
 * scenarios × replicates}), under a lock, with strictly increasing {@code done}.
 *
 * <p>Immutable and thread-safe; {@link #run} may be called concurrently.
 */
public final class ScenarioSweep {

    /** The largest thread count accepted. */
    public static final int MAX_THREADS = MonteCarloRunner.MAX_THREADS;
    /** The most replicates per scenario accepted. */
    public static final long MAX_REPLICATES = 1_000_000;
    /** The most values (scenarios × replicates × indicators) a sweep keeps in memory. */
    public static final long MAX_VALUES = 50_000_000;

    private final long replicates;
    private final long masterSeed;
    private final int threads;
    private final ProgressListener progress;
    private final SimulationSettings baseSettings;
    private final List<ScenarioIndicator> indicators;
    private final Optional<String> rankBy;

    private ScenarioSweep(Builder builder) {
        this.replicates = builder.replicates;
        this.masterSeed = builder.masterSeed;
        this.threads = builder.threads;
        this.progress = builder.progress;
        this.baseSettings = builder.baseSettings;
        this.indicators = builder.indicators;
        this.rankBy = builder.rankBy;
    }

    /** A builder: 250 replicates, master seed 0, one thread per available processor, the default settings and indicators. */
    public static Builder builder() {
        return new Builder();
    }

    /** Replicates per scenario. */
    public long replicates() {
        return replicates;
    }

    /** The master seed. */
    public long masterSeed() {
        return masterSeed;
    }

    /** Worker threads. */
    public int threads() {
        return threads;
    }

    /**
     * Runs every scenario of {@code grid} ({@link ScenarioGrid#scenarios()}).
     *
     * @param scenario the programme (a {@link LivestockProgramme} section), its start and years
     * @throws KetnghiaException listing every problem ({@link ScenarioErrorCode}) before anything runs;
     *     the simulator's exception if a replicate fails
     */
    public ScenarioComparison run(SimulationScenario scenario, ScenarioGrid grid) {
        return run(scenario, grid, requireNonNull(grid, "grid").scenarios());
    }

    /**
     * Runs {@code scenarios}, each of {@code grid}, one of them its baseline, in the order given.
     *
     * @throws KetnghiaException listing every problem ({@link ScenarioErrorCode}): no scenario, a level
     *     not in the grid ({@code scenarios[i].<dimension>}), a scenario twice, no baseline, an unknown
     *     indicator or year, a sweep too large; the simulator's exception if a replicate fails
     */
    public ScenarioComparison run(SimulationScenario scenario, ScenarioGrid grid, List<Scenario> scenarios) {
        requireNonNull(scenario, "scenario");
        requireNonNull(grid, "grid");
        requireNonNull(scenarios, "scenarios");
        List<ScenarioIndicator> chosen = indicators.isEmpty() ? ScenarioIndicator.defaults(scenario.years()) : indicators;
        String ranking = rankBy.orElse(chosen.get(0).key());
        validate(scenario, grid, scenarios, chosen, ranking);
        SweepRun run = new SweepRun(scenario, scenarios, chosen, baseSettings, replicates, masterSeed, threads, progress);
        double[][][] values = run.run();
        return Comparisons.compare(grid, scenarios, chosen, ranking, values, masterSeed, replicates, scenario.years());
    }

    private void validate(SimulationScenario scenario, ScenarioGrid grid, List<Scenario> scenarios,
            List<ScenarioIndicator> chosen, String ranking) {
        Problems problems = new Problems();
        problems.check(scenarios.isEmpty(), ScenarioErrorCode.SCENARIO_NONE, "scenarios");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario candidate = requireNonNull(scenarios.get(i), "scenario");
            for (ScenarioDimension dimension : ScenarioDimension.values()) {
                boolean known = switch (dimension) {
                    case PASS_ON_POLICY -> grid.policies().contains(candidate.policy());
                    case PRICE_LEVEL -> grid.priceLevels().contains(candidate.priceLevel());
                    case DEMOGRAPHY -> grid.demographies().contains(candidate.demography());
                    case SHOCKS -> grid.shockLevels().contains(candidate.shocks());
                };
                problems.check(!known, ScenarioErrorCode.SCENARIO_LEVEL_UNKNOWN,
                        "scenarios[" + i + "]." + dimension.id(), candidate.level(dimension), dimension.id());
            }
            problems.check(!ids.add(candidate.id()), ScenarioErrorCode.SCENARIO_DUPLICATE, "scenarios[" + i + "]",
                    candidate.id());
        }
        Scenario baseline = grid.baseline();
        problems.check(!scenarios.isEmpty() && !scenarios.contains(baseline), ScenarioErrorCode.SCENARIO_BASELINE_MISSING,
                "scenarios", baseline.id());
        problems.check(chosen.isEmpty(), ScenarioErrorCode.SCENARIO_INDICATOR_NONE, "indicators");
        ObjectMapper mapper = KetnghiaJson.newObjectMapper();
        Set<String> known = new HashSet<>(LivestockSimulator.indicatorIds(
                LivestockProgramme.fromSection(scenario.section(), mapper)));
        Set<String> keys = new HashSet<>();
        for (int k = 0; k < chosen.size(); k++) {
            ScenarioIndicator indicator = chosen.get(k);
            problems.check(!known.contains(indicator.indicatorId()), ScenarioErrorCode.SCENARIO_INDICATOR_UNKNOWN,
                    "indicators[" + k + "].indicatorId", indicator.indicatorId());
            problems.check(indicator.year() < 1 || indicator.year() > scenario.years(),
                    ScenarioErrorCode.SCENARIO_INDICATOR_YEAR_OUT_OF_RANGE, "indicators[" + k + "].year",
                    indicator.indicatorId(), indicator.year(), scenario.years());
            problems.check(!keys.add(indicator.key()), ScenarioErrorCode.SCENARIO_INDICATOR_DUPLICATE,
                    "indicators[" + k + "].key", indicator.key());
        }
        problems.check(!chosen.isEmpty() && !keys.contains(ranking), ScenarioErrorCode.SCENARIO_RANKING_INDICATOR_UNKNOWN,
                "rankBy", ranking, String.join(", ", chosen.stream().map(ScenarioIndicator::key).toList()));
        double size = (double) scenarios.size() * replicates * Math.max(1, chosen.size());
        problems.check(size > MAX_VALUES, ScenarioErrorCode.SCENARIO_TOO_LARGE, "replicates", scenarios.size(),
                replicates, chosen.size(), MAX_VALUES);
        problems.throwIfAny();
    }

    /** Builds a {@link ScenarioSweep}. Not thread-safe. */
    public static final class Builder {
        private long replicates = 250;
        private long masterSeed;
        private int threads = Runtime.getRuntime().availableProcessors();
        private ProgressListener progress = ProgressListener.NONE;
        private SimulationSettings baseSettings = SimulationSettings.defaults();
        private List<ScenarioIndicator> indicators = List.of();
        private Optional<String> rankBy = Optional.empty();

        private Builder() {
        }

        /** Replicates per scenario (1 – {@value ScenarioSweep#MAX_REPLICATES}; default 250). */
        public Builder replicates(long value) {
            this.replicates = value;
            return this;
        }

        /** The master seed every scenario shares (default 0). */
        public Builder masterSeed(long value) {
            this.masterSeed = value;
            return this;
        }

        /** Worker threads (1 – {@value ScenarioSweep#MAX_THREADS}; default: available processors). Does not change results. */
        public Builder threads(int value) {
            this.threads = value;
            return this;
        }

        /** Told after each (scenario, replicate) run (default: nothing). */
        public Builder progress(ProgressListener value) {
            this.progress = requireNonNull(value, "progress");
            return this;
        }

        /**
         * The settings every scenario starts from — pass-on and sales switches, waiting households per
         * group — before its policy, demography, prices and shocks replace theirs (default {@link
         * SimulationSettings#defaults()}).
         */
        public Builder baseSettings(SimulationSettings value) {
            this.baseSettings = requireNonNull(value, "baseSettings");
            return this;
        }

        /** The indicators compared (default: {@link ScenarioIndicator#defaults(int)} for the run's years). */
        public Builder indicators(List<ScenarioIndicator> value) {
            this.indicators = List.copyOf(value);
            return this;
        }

        /** The key of the indicator ranking the sensitivity (default: the first indicator). */
        public Builder rankBy(String key) {
            this.rankBy = Optional.of(requireNonNull(key, "key"));
            return this;
        }

        /**
         * Builds the sweep.
         *
         * @throws KetnghiaException listing every setting out of range ({@code replicates}, {@code threads})
         */
        public ScenarioSweep build() {
            Problems problems = new Problems();
            problems.check(replicates < 1 || replicates > MAX_REPLICATES, ScenarioErrorCode.SCENARIO_REPLICATES_OUT_OF_RANGE,
                    "replicates", replicates, MAX_REPLICATES);
            problems.check(threads < 1 || threads > MAX_THREADS, ScenarioErrorCode.SCENARIO_THREADS_OUT_OF_RANGE,
                    "threads", threads, MAX_THREADS);
            problems.throwIfAny();
            return new ScenarioSweep(this);
        }
    }
}
