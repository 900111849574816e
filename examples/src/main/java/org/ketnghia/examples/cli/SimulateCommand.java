package org.ketnghia.examples.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.ketnghia.core.simulation.IndicatorStatistics;
import org.ketnghia.core.simulation.SimulationSummary;
import org.ketnghia.examples.host.ProgrammeHost;
import org.ketnghia.examples.host.Simulations;
import org.ketnghia.examples.output.OutputWriter;
import org.ketnghia.examples.output.StagedDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code simulate}: Monte Carlo of every model with a simulator; writes {@code <output>/simulation}. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Mô phỏng Monte Carlo mọi mô hình (hạt giống, số năm, số lần lặp); thanh tiến độ trên màn hình.",
            "Monte Carlo of every model (seed, years, replicates); a progress bar on a terminal. Writes <output>/simulation."})
public final class SimulateCommand implements Callable<Integer> {

    @Mixin
    ProgrammeOptions options;

    @Mixin
    SimulationOptions simulation;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (ProgrammeHost host = ProgrammeHost.inMemory(options.programmeFile(), options.province())) {
            ValidateCommand.checked(host);
            var out = spec.commandLine().getOut();
            Simulations.Settings settings = simulation.settings(host.plan());
            Simulations.Outcome outcome = Simulations.monteCarlo(host, settings,
                    ProgressBar.forTerminal(spec.commandLine().getErr()));
            try (StagedDirectory staged = StagedDirectory.of(options.output().resolve(OutputWriter.SIMULATION))) {
                OutputWriter.writeSimulations(outcome.summaries(), staged.path());
                staged.commit();
            }
            out.println("MÔ PHỎNG / SIMULATION: " + settings.replicates() + " lần lặp / replicates, hạt giống / seed "
                    + settings.seed() + ", " + settings.years() + " năm / years");
            print(out, outcome);
            out.println("Kết quả / written to: " + options.output().resolve(OutputWriter.SIMULATION));
            return ExitCodes.OK;
        }
    }

    static void print(java.io.PrintWriter out, Simulations.Outcome outcome) {
        for (Map.Entry<String, SimulationSummary> entry : outcome.summaries().entrySet()) {
            out.println("  " + entry.getKey() + ":");
            entry.getValue().indicators().forEach((indicator, byYear) -> {
                if (indicator.contains("QNA") || indicator.contains("DNG")) {
                    return;
                }
                IndicatorStatistics last = byYear.get(byYear.size() == 0 ? 0 : java.util.Collections.max(byYear.keySet()));
                out.println(String.format(java.util.Locale.ROOT, "    %-48s năm/year %d: %,.2f [p5 %,.2f – p95 %,.2f]",
                        indicator, java.util.Collections.max(byYear.keySet()), last.mean(), last.p5(), last.p95()));
            });
        }
        outcome.notes().forEach((model, note) -> out.println("  " + model + ": " + note));
    }
}
