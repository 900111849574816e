package org.ketnghia.examples.host;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.simulation.LedgerCommandSink;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.ProgressListener;
import org.ketnghia.core.simulation.SimulationErrorCode;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.SimulationSummary;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.core.spi.PlanSection;

/**
 * Runs the simulators of every installed model that has one and a plan section: Monte Carlo
 * summaries, and one trace run into the ledger. Models are handled generically through {@link
 * PilotModel#simulator()}; a model whose simulator cannot run on its section is reported, not fatal.
 */
public final class Simulations {

    private Simulations() {
    }

    /**
     * Settings of a run.
     *
     * @param seed master seed
     * @param replicates replicates per model
     * @param years programme years to simulate
     * @param threads worker threads
     */
    public record Settings(long seed, long replicates, int years, int threads) {
    }

    /**
     * What a set of runs produced.
     *
     * @param summaries the Monte Carlo summary per model id
     * @param notes per model id, why it was not simulated or traced (Vietnamese / English)
     */
    public record Outcome(Map<String, SimulationSummary> summaries, Map<String, String> notes) {
    }

    /** The scenario of {@code model}, if it has a simulator and a plan section. */
    static Optional<SimulationScenario> scenario(ProgrammeHost host, PilotModel model, int years) {
        Optional<PlanSection> section = host.section(model.id());
        if (model.simulator().isEmpty() || section.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SimulationScenario(host.plan().programme().start(), years, section.get()));
    }

    /**
     * Monte Carlo of every model.
     *
     * @param progress told per model: (model index, model count, done, total)
     */
    public static Outcome monteCarlo(ProgrammeHost host, Settings settings, ModelProgress progress) {
        Map<String, SimulationSummary> summaries = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        var models = host.runtime().models();
        for (int i = 0; i < models.size(); i++) {
            PilotModel model = models.get(i);
            Optional<SimulationScenario> scenario = scenario(host, model, settings.years());
            if (scenario.isEmpty()) {
                notes.put(model.id(), model.simulator().isEmpty() ? "không có bộ mô phỏng / no simulator"
                        : "không có phần kế hoạch / no plan section");
                continue;
            }
            int index = i;
            MonteCarloRunner runner = MonteCarloRunner.builder().masterSeed(settings.seed()).replicates(settings.replicates())
                    .threads(settings.threads()).progress(progress == null ? ProgressListener.NONE
                            : (done, total) -> progress.onProgress(model.id(), index, models.size(), done, total))
                    .build();
            try {
                summaries.put(model.id(), runner.run(model.simulator().orElseThrow(), scenario.get()));
            } catch (RuntimeException e) {
                // a model whose simulator cannot run on this plan must not stop the other models
                notes.put(model.id(), "mô phỏng không chạy được / cannot simulate: " + e.getMessage());
            }
        }
        return new Outcome(summaries, notes);
    }

    /**
     * Replicate 0 of every model in trace mode, into the host's ledger.
     *
     * @return per model id, what happened (traced, no trace mode, or why it stopped)
     */
    public static Map<String, String> trace(ProgrammeHost host, Settings settings) {
        Map<String, String> notes = new LinkedHashMap<>();
        for (PilotModel model : host.runtime().models()) {
            Optional<SimulationScenario> scenario = scenario(host, model, settings.years());
            if (scenario.isEmpty()) {
                continue;
            }
            ModelSimulator simulator = withHostTrace(model.simulator().orElseThrow(), host);
            LedgerCommandSink sink = new LedgerCommandSink(host.runtime().ledger());
            MonteCarloRunner runner = MonteCarloRunner.builder().masterSeed(settings.seed()).replicates(1).threads(1).build();
            try {
                runner.trace(simulator, scenario.get(), 0, sink);
                notes.put(model.id(), "đã ghi " + sink.submitted() + " lệnh / recorded " + sink.submitted() + " commands");
            } catch (KetnghiaException e) {
                if (e.has(SimulationErrorCode.SIMULATION_NO_TRACE_MODE)) {
                    notes.put(model.id(), "bộ mô phỏng không có chế độ vết / simulator has no trace mode");
                } else {
                    notes.put(model.id(), "dừng sau " + sink.submitted() + " lệnh / stopped after " + sink.submitted()
                            + " commands: " + e.getMessage());
                }
            } catch (RuntimeException e) {
                notes.put(model.id(), "dừng sau " + sink.submitted() + " lệnh / stopped after " + sink.submitted()
                        + " commands: " + e);
            }
        }
        return notes;
    }

    /**
     * The simulator with trace mode set up by the host, for a simulator that needs to know where its
     * simulated households live: one that offers {@code withTrace(TraceSetup)} where {@code TraceSetup}
     * has a constructor {@code (Actor, Map<String, String> villageByCommune)} — the livestock model's
     * convention — receives the host's actor and the first village of every pilot commune. Any other
     * simulator is returned as is. (The SPI has no way yet to hand such host facts to a simulator; see
     * the module's report.)
     */
    static ModelSimulator withHostTrace(ModelSimulator simulator, ProgrammeHost host) {
        for (java.lang.reflect.Method method : simulator.getClass().getMethods()) {
            if (!method.getName().equals("withTrace") || method.getParameterCount() != 1
                    || !ModelSimulator.class.isAssignableFrom(method.getReturnType())) {
                continue;
            }
            try {
                Object setup = method.getParameterTypes()[0]
                        .getDeclaredConstructor(org.ketnghia.core.ledger.Actor.class, Map.class)
                        .newInstance(ProgrammeHost.PROVINCE, villageByCommune(host));
                return (ModelSimulator) method.invoke(simulator, setup);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return simulator;
            }
        }
        return simulator;
    }

    /** The first village of every pilot commune of the plan. */
    static Map<String, String> villageByCommune(ProgrammeHost host) {
        Map<String, String> villages = new LinkedHashMap<>();
        host.plan().pilotCommunes().forEach(commune -> {
            if (!commune.villages().isEmpty()) {
                villages.put(commune.code(), commune.villages().get(0).code());
            }
        });
        return villages;
    }

    /** Progress of a Monte Carlo run over several models. */
    @FunctionalInterface
    public interface ModelProgress {
        /** Called after each replicate of model {@code modelIndex} (0-based) of {@code modelCount}. */
        void onProgress(String modelId, int modelIndex, int modelCount, long done, long total);
    }
}
