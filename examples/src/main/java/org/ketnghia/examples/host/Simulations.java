package org.ketnghia.examples.host;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.simulation.DeclareSimulatedLedger;
import org.ketnghia.core.simulation.LedgerCommandSink;
import org.ketnghia.core.simulation.LedgerOrigin;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.ProgressListener;
import org.ketnghia.core.simulation.SimulationErrorCode;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.SimulationSummary;
import org.ketnghia.core.simulation.TraceContext;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.examples.programme.ProgrammePlan;

/**
 * Runs the simulators of every installed model that has one and a plan section: Monte Carlo
 * summaries, and one trace run into the ledger. Models are handled generically through {@link
 * PilotModel#simulator()} and {@link TraceContext}: the host hands every simulator the same typed
 * facts, and never looks for a model's own methods. A model whose simulator cannot run on its section
 * is reported, not fatal.
 */
public final class Simulations {

    /** The replicate every model's trace runs ({@link #trace}): the first of the Monte Carlo run's, under the same seed. */
    public static final long TRACE_REPLICATE = 0;

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
     * Declares the host's ledger simulated by its first event ({@link DeclareSimulatedLedger}), before the set-up
     * of a programme whose figures a trace will produce; nothing when the ledger is already declared simulated
     * (a later programme of a shared ledger).
     *
     * @throws KetnghiaException {@link SimulationErrorCode#SIMULATION_LEDGER_NOT_SIMULATED} if the ledger already
     *     holds recorded data: a trace never mixes simulated events into it, and nothing is recorded
     */
    public static void declareSimulated(ProgrammeHost host, Settings settings) {
        Ledger ledger = host.runtime().ledger();
        ledger.refresh(); // another programme's host may have recorded into the shared store since
        if (ledger.lastSequence() == 0) {
            ledger.submit(DeclareSimulatedLedger.builder().actor(ProgrammeHost.PROVINCE)
                    .unitCode(host.plan().programme().provinceCode()).occurredOn(host.plan().programme().start())
                    .descriptionVi("Vết mô phỏng (lần lặp 0) của " + host.plan().programme().titleVi())
                    .seed(settings.seed()).build());
        } else if (!ledger.read(LedgerOrigin.class, LedgerOrigin::simulated)) {
            throw KetnghiaException.of(SimulationErrorCode.SIMULATION_LEDGER_NOT_SIMULATED, "ledger");
        }
    }

    /**
     * What the trace runs of a programme gave.
     *
     * @param notes per model id, what happened (traced, no trace mode, or why it stopped), Vietnamese / English
     * @param stops the traces that stopped before their end, in model order; empty when every trace ran to its end
     */
    public record Traces(Map<String, String> notes, List<TraceStop> stops) {

        /** Copies both, keeping the order. */
        public Traces {
            notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
            stops = List.copyOf(stops);
        }
    }

    /**
     * Replicate {@value #TRACE_REPLICATE} of every model in trace mode, into the host's ledger. A trace the ledger
     * refuses a command of (or whose simulator fails) stops there; what it recorded before stays, and the other models
     * are traced all the same.
     *
     * @return per model id, what happened; and every trace that stopped, with the rule, the date and the count
     */
    public static Traces trace(ProgrammeHost host, Settings settings) {
        Map<String, String> notes = new LinkedHashMap<>();
        List<TraceStop> stops = new ArrayList<>();
        TraceContext context = traceContext(host);
        for (PilotModel model : host.runtime().models()) {
            Optional<SimulationScenario> scenario = scenario(host, model, settings.years());
            if (scenario.isEmpty()) {
                continue;
            }
            ModelSimulator simulator = model.simulator().orElseThrow();
            LedgerCommandSink ledger = new LedgerCommandSink(host.recorder());
            RefusalNotingSink sink = new RefusalNotingSink(ledger);
            MonteCarloRunner runner = MonteCarloRunner.builder().masterSeed(settings.seed()).replicates(1).threads(1).build();
            try {
                runner.trace(simulator, scenario.get(), TRACE_REPLICATE, context, sink);
                notes.put(model.id(), "đã ghi " + ledger.submitted() + " lệnh / recorded " + ledger.submitted() + " commands");
            } catch (KetnghiaException e) {
                if (e.has(SimulationErrorCode.SIMULATION_NO_TRACE_MODE)) {
                    notes.put(model.id(), "bộ mô phỏng không có chế độ vết / simulator has no trace mode");
                } else {
                    notes.put(model.id(), "dừng sau " + ledger.submitted() + " lệnh / stopped after " + ledger.submitted()
                            + " commands: " + e.getMessage());
                    stops.add(new TraceStop(model.id(), TRACE_REPLICATE, ledger.submitted(),
                            sink.lastRefused().map(Command::occurredOn), e.problems(), e.getMessage()));
                }
            } catch (RuntimeException e) {
                notes.put(model.id(), "dừng sau " + ledger.submitted() + " lệnh / stopped after " + ledger.submitted()
                        + " commands: " + e);
                stops.add(new TraceStop(model.id(), TRACE_REPLICATE, ledger.submitted(),
                        sink.lastRefused().map(Command::occurredOn), List.of(), e.toString()));
            }
        }
        return new Traces(notes, stops);
    }

    /**
     * What the host tells every simulator in trace mode: the province's committee records, over the
     * host's units (with the plan's villages), every pilot commune's villages in plan order, the
     * programme's dates, the standard synthetic participants, for a ledger's second programme the prefix of
     * its ids, and that the money is the sponsors': the host has received their pledges ({@link
     * ProgrammeSetup}), so the traces spend it and record no receipt of their own. The same context goes to every
     * model, the third-party ones included.
     */
    public static TraceContext traceContext(ProgrammeHost host) {
        LocalDate start = host.plan().programme().start();
        TraceContext.Builder context = TraceContext.builder().actor(ProgrammeHost.PROVINCE).units(host.units())
                .programme(start, start.plusYears(host.plan().programme().years()).minusDays(1))
                .idPrefix(host.idPrefix()).fundedByHost(true);
        host.plan().pilotCommunes().forEach(commune -> context.villages(commune.code(),
                commune.villages().stream().map(ProgrammePlan.Village::code).toList()));
        return context.build();
    }

    /** Progress of a Monte Carlo run over several models. */
    @FunctionalInterface
    public interface ModelProgress {
        /** Called after each replicate of model {@code modelIndex} (0-based) of {@code modelCount}. */
        void onProgress(String modelId, int modelIndex, int modelCount, long done, long total);
    }
}
