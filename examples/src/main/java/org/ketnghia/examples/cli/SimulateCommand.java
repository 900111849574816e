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
        try (ProgrammeHost.Shared ledger = ProgrammeHost.shared(options.programmeFiles(), options.province(),
                java.util.Optional.empty())) {
            for (ProgrammeHost host : ledger.hosts()) {
                ValidateCommand.checked(host);
                var out = spec.commandLine().getOut();
                Simulations.Settings settings = simulation.settings(host.plan());
                Simulations.Outcome outcome = Simulations.monteCarlo(host, settings,
                        ProgressBar.forTerminal(spec.commandLine().getErr()));
                java.nio.file.Path folder = options.output(host).resolve(OutputWriter.SIMULATION);
                try (StagedDirectory staged = StagedDirectory.of(folder)) {
                    OutputWriter.writeSimulations(outcome.summaries(), staged.path());
                    staged.commit();
                }
                out.println("MÔ PHỎNG / SIMULATION " + host.plan().programme().id() + ": " + settings.replicates()
                        + " lần lặp / replicates, hạt giống / seed " + settings.seed() + ", " + settings.years() + " năm / years");
                print(out, outcome);
                out.println("Kết quả / written to: " + folder);
            }
            return ExitCodes.OK;
        }
    }

    static void print(java.io.PrintWriter out, Simulations.Outcome outcome) {
        for (Map.Entry<String, SimulationSummary> entry : outcome.summaries().entrySet()) {
            out.println("  " + entry.getKey() + ":");
            entry.getValue().indicators().forEach((indicator, byYear) -> {
                if (!indicator.equals(indicator.toLowerCase(java.util.Locale.ROOT))) {
                    return; // per-unit indicators carry a unit code (upper case): the console shows the programme's
                }
                IndicatorStatistics last = byYear.get(byYear.size() == 0 ? 0 : java.util.Collections.max(byYear.keySet()));
                out.println(String.format(java.util.Locale.ROOT, "    %-48s năm/year %d: %,.2f [p5 %,.2f – p95 %,.2f]",
                        indicator, java.util.Collections.max(byYear.keySet()), last.mean(), last.p5(), last.p95()));
            });
        }
        outcome.notes().forEach((model, note) -> out.println("  " + model + ": " + note));
    }
}
