package org.ketnghia.examples.cli;

import org.ketnghia.examples.host.Simulations;
import org.ketnghia.examples.programme.ProgrammePlan;
import picocli.CommandLine.Option;

/** Options of the Monte Carlo runs: seed, replicates, years, threads. */
public final class SimulationOptions {

    @Option(names = "--seed", defaultValue = "2021", description = "Hạt giống ngẫu nhiên / master seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--replicates", defaultValue = "200",
            description = "Số lần lặp / replicates per model (default: ${DEFAULT-VALUE})")
    long replicates;

    @Option(names = "--years", description = "Số năm mô phỏng / programme years (default: the plan's)")
    Integer years;

    @Option(names = "--threads", description = "Số luồng / worker threads (default: available processors)")
    Integer threads;

    /** The settings for {@code plan}. */
    Simulations.Settings settings(ProgrammePlan plan) {
        return new Simulations.Settings(seed, replicates, years != null ? years : plan.programme().years(),
                threads != null ? threads : Runtime.getRuntime().availableProcessors());
    }
}
