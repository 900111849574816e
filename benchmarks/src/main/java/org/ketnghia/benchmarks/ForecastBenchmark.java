package org.ketnghia.benchmarks;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.ketnghia.benchmarks.Benchmarks.Options;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.examples.host.ProgrammeHost;
import org.ketnghia.examples.host.ProvinceData;
import org.ketnghia.examples.programme.ProgrammeFile;
import org.ketnghia.livestock.LivestockModel;
import org.ketnghia.livestock.forecast.ForecastReport;
import org.ketnghia.livestock.forecast.ForecastStart;
import org.ketnghia.livestock.forecast.ForecastStarts;
import org.ketnghia.livestock.forecast.LivestockForecast;

/**
 * B8, a forecast from a recorded ledger (<i>dự báo từ sổ cái</i>): the main job ({@code run} of the shipped
 * Quảng Nam 2021 programme, its Monte Carlo summaries cut to one replicate since they record nothing) records
 * into an H2 folder; then, timed, the livestock state as of the start of programme year 4 is read from that
 * ledger's store ({@link ForecastStarts}) and {@value #REPLICATES} replicates run from it to the programme's end
 * ({@link LivestockForecast}, one thread per processor) into a report. Prints {@code B8 seconds} (reading the
 * state included), {@code B8 read-state-seconds} and {@code B8 replicates-per-second}; the best of the
 * repeats. {@code --scale} shrinks the replicates.
 */
final class ForecastBenchmark {

    private static final String ID = "B8";
    private static final int REPLICATES = 1_000;

    private ForecastBenchmark() {
    }

    static void run(Options options) {
        MainJobRun.recorded("ketnghia-b8-", 1, output -> measure(options, output));
    }

    private static void measure(Options options, Path output) {
        ProgrammeFile file = ProgrammeFile.shipped();
        int replicates = options.size(REPLICATES);
        int threads = Runtime.getRuntime().availableProcessors();
        try (ProgrammeHost host = ProgrammeHost.durable(file, ProvinceData.resolve(file, Optional.empty(),
                Optional.empty()), output.resolve("ledger"))) {
            LocalDate start = host.plan().programme().start();
            SimulationScenario scenario = new SimulationScenario(start, host.plan().programme().years(),
                    host.section(LivestockModel.ID).orElseThrow());
            LocalDate asOf = start.plusYears(3);
            LocalDate today = LocalDate.now(ProgrammeHost.clockOf(host.plan()));
            String programme = host.plan().programme().id();
            double best = Double.MAX_VALUE;
            double bestRead = Double.MAX_VALUE;
            ForecastReport report = null;
            for (int i = 0; i < options.repeats(); i++) {
                Measure.settle();
                long began = System.nanoTime();
                ForecastStart state = ForecastStarts.asOf(host.runtime().ledger(), programme, scenario, asOf, today);
                long read = System.nanoTime();
                bestRead = Math.min(bestRead, (read - began) / 1e9);
                if (i == 0) {
                    options.note(ID + " state as of " + asOf + ": " + state.groups().size() + " groups, "
                            + state.animals().size() + " animals, " + state.groups().stream().mapToLong(
                                    group -> group.households().stream().filter(h -> h.waiting()).count()).sum()
                            + " households waiting");
                }
                report = LivestockForecast.builder().replicates(replicates).seed(2021).threads(threads).build()
                        .run(scenario, state, asOf, Optional.of(host.units()));
                best = Math.min(best, (System.nanoTime() - began) / 1e9);
            }
            options.figure(ID, "seconds", best);
            options.figure(ID, "read-state-seconds", bestRead);
            options.figure(ID, "replicates-per-second", replicates / (best - bestRead));
            options.note(ID + " " + replicates + " replicates on " + threads + " threads; expected still waiting at"
                    + " the end " + report.programme().expectedWaitingAtEnd());
        }
    }
}
