package org.ketnghia.livestock.forecast;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.ProgressListener;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.SimulationSummary;
import org.ketnghia.livestock.forecast.internal.ForecastRecording;
import org.ketnghia.livestock.forecast.internal.ReportAssembly;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.livestock.simulation.Demography;
import org.ketnghia.livestock.simulation.LivestockSimulator;
import org.ketnghia.livestock.simulation.SimulationSettings;

/**
 * A forecast from the ledger (<i>dự báo từ sổ cái</i>): runs the livestock simulator's replicates from a
 * {@link ForecastStart} (read by {@link ForecastStarts}) to the programme's end with the same rules, with the
 * settings' demography or another one — the default ({@link Demography#standard()}) or one calibrated on the
 * ledger — and reports per group and district ({@link ForecastReport}).
 *
 * <pre>{@code
 * ForecastStart start = ForecastStarts.asOf(ledger, scenario, asOf, today);
 * ForecastReport report = LivestockForecast.builder().demography(calibrated, "calibrated")
 *         .replicates(1_000).seed(2021).threads(2).build().run(scenario, start, asOf, units);
 * }</pre>
 *
 * <p>Deterministic: the same start, scenario, settings, seed and replicate count give an equal report (and
 * byte-identical JSON and CSV) with any number of threads. Immutable and thread-safe; {@link #run} may be
 * called concurrently.
 */
public final class LivestockForecast {

    private final SimulationSettings settings;
    private final String demographyLabel;
    private final long replicates;
    private final long seed;
    private final int threads;
    private final ProgressListener progress;
    private final ForecastEngine engine;

    private LivestockForecast(Builder builder) {
        this.settings = builder.demography == null ? builder.settings : builder.settings.withDemography(builder.demography);
        this.demographyLabel = builder.demographyLabel;
        this.replicates = builder.replicates;
        this.seed = builder.seed;
        this.threads = builder.threads;
        this.progress = builder.progress;
        this.engine = builder.engine;
    }

    /**
     * A builder: the livestock simulator's forecast, default settings and demography, 1,000 replicates, seed 0,
     * one thread per processor.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The settings the simulator runs with (the demography given replacing the settings' own). */
    public SimulationSettings settings() {
        return settings;
    }

    /**
     * Runs the forecast and reports it.
     *
     * @param scenario the programme's start, years and livestock plan section (as simulated from founders)
     * @param start the state to start from
     * @param asOf the census date {@code start} was read on
     * @param units names the districts and communes in the report; may be empty (codes are shown)
     * @throws KetnghiaException {@link ForecastErrorCode#FORECAST_NO_LIVESTOCK_PROGRAMME} if the scenario's
     *     section is no livestock programme; what the simulator or the runner throws
     */
    public ForecastReport run(SimulationScenario scenario, ForecastStart start, LocalDate asOf,
            Optional<AdministrativeRegistry> units) {
        requireNonNull(scenario, "scenario");
        requireNonNull(start, "start");
        requireNonNull(asOf, "asOf");
        requireNonNull(units, "units");
        LivestockProgramme programme = programme(scenario);
        SimulationSummary summary = summary(scenario, start, programme);
        return ReportAssembly.assemble(summary, start, programme, scenario.start(), scenario.years(), asOf,
                demographyLabel, units.orElse(null));
    }

    /**
     * The Monte Carlo summary behind {@link #run}: the simulator's herd value, households reached and pass-ons
     * overdue (total, {@code /<district>}, {@code /group/<commune>}), each waiting household's receipt, and per
     * replicate the head alive, the households still waiting and each obligation overdue so far.
     */
    public SimulationSummary summary(SimulationScenario scenario, ForecastStart start) {
        return summary(requireNonNull(scenario, "scenario"), requireNonNull(start, "start"), programme(scenario));
    }

    private SimulationSummary summary(SimulationScenario scenario, ForecastStart start, LivestockProgramme programme) {
        ModelSimulator simulator = new ForecastRecording(engine.simulator(settings, start), start,
                ReportAssembly.districtOfPlanGroup(programme));
        MonteCarloRunner runner = MonteCarloRunner.builder().replicates(replicates).masterSeed(seed).threads(threads)
                .progress(progress).build();
        return runner.run(simulator, scenario);
    }

    private static LivestockProgramme programme(SimulationScenario scenario) {
        try {
            return LivestockProgramme.fromSection(scenario.section(), KetnghiaJson.newObjectMapper());
        } catch (KetnghiaException | IllegalArgumentException notLivestock) {
            throw KetnghiaException.of(ForecastErrorCode.FORECAST_NO_LIVESTOCK_PROGRAMME, "scenario.section",
                    notLivestock.getMessage());
        }
    }

    /**
     * How a forecast gets its simulator: the livestock simulator with {@code settings}, running from {@code
     * start} to the scenario's end.
     */
    @FunctionalInterface
    public interface ForecastEngine {

        /** The livestock simulator's own forecast: {@link LivestockSimulator#forecast(ForecastStart)}. */
        ForecastEngine LIVESTOCK = (settings, start) -> new LivestockSimulator(settings).forecast(start);

        /** The simulator of a forecast from {@code start} under {@code settings}. */
        ModelSimulator simulator(SimulationSettings settings, ForecastStart start);
    }

    /** Builds a {@link LivestockForecast}. Not thread-safe. */
    public static final class Builder {
        private SimulationSettings settings = SimulationSettings.defaults();
        private Demography demography;
        private String demographyLabel = "default";
        private long replicates = 1_000;
        private long seed;
        private int threads = Runtime.getRuntime().availableProcessors();
        private ProgressListener progress = ProgressListener.NONE;
        private ForecastEngine engine = ForecastEngine.LIVESTOCK;

        private Builder() {
        }

        /** The simulator's settings: policy, pass-on and sales, shocks, demography (default: the defaults). */
        public Builder settings(SimulationSettings value) {
            this.settings = requireNonNull(value, "settings");
            return this;
        }

        /**
         * The demography to run with instead of the settings' (the default one, or one calibrated on the ledger),
         * and how the report names it ({@code "default"}, {@code "calibrated"}, a file name).
         */
        public Builder demography(Demography value, String label) {
            this.demography = requireNonNull(value, "demography");
            this.demographyLabel = requireNonNull(label, "label");
            return this;
        }

        /** How many replicates (at least 1; default 1,000). */
        public Builder replicates(long value) {
            this.replicates = value;
            return this;
        }

        /** The master seed (default 0). */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** Worker threads (1 – {@value MonteCarloRunner#MAX_THREADS}; default: available processors). */
        public Builder threads(int value) {
            this.threads = value;
            return this;
        }

        /** Told after each replicate (default: nothing). */
        public Builder progress(ProgressListener value) {
            this.progress = requireNonNull(value, "progress");
            return this;
        }

        /** The simulator of the forecast (default: {@link ForecastEngine#LIVESTOCK}). */
        public Builder engine(ForecastEngine value) {
            this.engine = requireNonNull(value, "engine");
            return this;
        }

        /**
         * The forecast.
         *
         * @throws KetnghiaException {@link ForecastErrorCode#FORECAST_INVALID_SETTING} naming {@code replicates}
         *     or {@code threads}, with every problem
         */
        public LivestockForecast build() {
            org.ketnghia.core.error.Problems problems = new org.ketnghia.core.error.Problems();
            problems.check(replicates < 1, ForecastErrorCode.FORECAST_INVALID_SETTING, "replicates", replicates,
                    "at least 1");
            problems.check(threads < 1 || threads > MonteCarloRunner.MAX_THREADS, ForecastErrorCode.FORECAST_INVALID_SETTING,
                    "threads", threads, "1 to " + MonteCarloRunner.MAX_THREADS);
            problems.throwIfAny();
            return new LivestockForecast(this);
        }
    }
}
