package org.ketnghia.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.ledger.ChainVerification;
import org.ketnghia.core.privacy.MasterKey;
import org.ketnghia.examples.host.LedgerFiles;
import org.ketnghia.examples.host.PlanChecks;
import org.ketnghia.examples.host.ProgrammeHost;
import org.ketnghia.examples.host.ProgrammeReports;
import org.ketnghia.examples.host.ProgrammeSetup;
import org.ketnghia.examples.host.ProvinceData;
import org.ketnghia.examples.host.Simulations;
import org.ketnghia.examples.host.TraceStop;
import org.ketnghia.examples.output.HtmlSummary;
import org.ketnghia.examples.output.LedgerPosition;
import org.ketnghia.examples.output.OutputWriter;
import org.ketnghia.examples.output.SimulationMarks;
import org.ketnghia.examples.output.StagedDirectory;
import org.ketnghia.examples.programme.ProgrammeFile;
import org.ketnghia.examples.site.IndicatorLabels;
import org.ketnghia.examples.site.SiteContent;
import org.ketnghia.examples.site.SiteContext;
import org.ketnghia.examples.site.SiteInputs;
import org.ketnghia.examples.site.SiteLock;
import org.ketnghia.examples.site.SitePaths;
import org.ketnghia.examples.site.SummarySite;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code run}: the whole programme. Checks the plan, records its set-up in a fresh durable ledger,
 * traces one simulated run of every model into it, runs the Monte Carlo summaries, and writes every
 * report, the public lists and the HTML summary. Everything is written to a staging folder and moved
 * to the output folder only when complete, holding the site's lock ({@link SiteLock}) while it moves in, so that a
 * {@code forecast} or {@code compare} writing into the site at that moment waits, or is waited for.
 *
 * <p>Given several programmes of one province ({@code --plan A --plan B}), it records them all into one
 * ledger, in order, each event naming its programme, and writes each programme's budget, simulations,
 * reports, public lists and summary under {@code <output>/<programme id>/}.
 *
 * <p>A trace the ledger refuses a command of (a rule of the plan, a norm, an allotment …) stops there; the other
 * traces, the reports and every other output are still recorded and written as usual, and then the command prints on
 * stderr which rule stopped which trace at what date, and exits with {@link ExitCodes#TRACE_STOPPED}.
 *
 * <p>{@code run.json}, written last, sums the run up: {@code events}, {@code chainIntact}, {@code ledger}, {@code
 * seconds}, and per programme (at the top, or in {@code programmes} when several) {@code plan}, {@code programme},
 * {@code seed}, {@code replicates}, {@code years}, {@code budgetTotal}, {@code traces} (per model, what its trace did),
 * {@code reports} and {@code simulatedModels}. {@code stoppedTraces} lists every trace that stopped, in the order they
 * ran, empty when none did, so that a script need not read stderr; each entry has:
 *
 * <ul>
 *   <li>{@code programme}: the programme's id; {@code model}: the model's id;
 *   <li>{@code replicate}: the index of the replicate the trace ran ({@link Simulations#TRACE_REPLICATE});
 *   <li>{@code date}: the date of the refused command ({@code "2021-06-01"}), or {@code null} when the trace stopped
 *       otherwise;
 *   <li>{@code code}: the error code of the (first) rule that refused it, or {@code null} when no rule did (the
 *       simulator failed); {@code rules}: every rule that refused it, each with {@code code}, {@code field}, {@code
 *       messageVi} and {@code messageEn};
 *   <li>{@code commandsRecorded}: how many of the trace's commands the ledger recorded before it stopped;
 *   <li>{@code reason}: the error's message.
 * </ul>
 *
 * <p>Without a master key ({@value ProgrammeOptions#MASTER_KEY_OPTION} or the environment variable) people's personal
 * fields are recorded in plain text, as before; the command then warns on stderr, once ({@link
 * ProgrammeOptions#PLAIN_TEXT_WARNING}), unless the ledger is kept in memory only.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Chạy toàn bộ chương trình: ghi một lần mô phỏng vào sổ cái, rồi lập mọi báo cáo.",
            "Run the whole programme: one simulated trace run into the ledger, then every report."},
        exitCodeListHeading = "%nExit codes / Mã thoát:%n",
        exitCodeList = {"0:thành công / success",
            "1,2,3:lỗi nội bộ, sai cú pháp lệnh, tệp kế hoạch không hợp lệ / internal error, usage, invalid programme file",
            "5:sổ cái không trống hoặc từ chối thiết lập / ledger not empty, or it refused the set-up",
            "6:một vết mô phỏng bị dừng giữa chừng (xem stderr và stoppedTraces trong run.json); mọi thứ khác vẫn được"
                + " ghi / a simulated trace was stopped before its end (see stderr, and stoppedTraces in run.json);"
                + " everything else is recorded and written"})
public final class RunCommand implements Callable<Integer> {

    @Mixin
    ProgrammeOptions options;

    @Mixin
    SimulationOptions simulation;

    @CommandLine.Option(names = "--in-memory", description = "Sổ cái trong bộ nhớ / keep the ledger in memory only")
    boolean inMemory;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        List<ProgrammeFile> files = options.programmeFiles();
        ProvinceData province = options.province(files.get(0));
        long started = System.nanoTime();
        if (options.ledgerGiven() && LedgerFiles.exists(options.ledger())) {
            throw new ExitCodes.LedgerProblem("Sổ cái " + options.ledger() + " đã có dữ liệu; lệnh run cần sổ cái trống."
                    + " / The ledger " + options.ledger() + " is not empty; run needs a fresh ledger.");
        }
        Optional<MasterKey> masterKey = options.masterKey();
        if (masterKey.isEmpty() && !inMemory) {
            // the default still works with nothing to install, but an operator must know what it stores
            spec.commandLine().getErr().println(ProgrammeOptions.PLAIN_TEXT_WARNING);
        }
        List<String> stops = new ArrayList<>();
        ArrayNode stoppedTraces = JsonNodeFactory.instance.arrayNode();
        try (StagedDirectory staged = StagedDirectory.of(options.output())) {
            Path folder = staged.path();
            List<Path> sites = new ArrayList<>();
            Path ledgerDirectory = options.ledgerGiven() ? options.ledger() : folder.resolve("ledger");
            ObjectNode manifest = JsonNodeFactory.instance.objectNode();
            Optional<String> mark;
            try (ProgrammeHost.Shared ledger = ProgrammeHost.shared(files, province,
                    inMemory ? Optional.empty() : Optional.of(ledgerDirectory), masterKey)) {
                // every programme is recorded first, in order; then each reports on its own part of the ledger
                Map<ProgrammeHost, Recorded> recorded = new LinkedHashMap<>();
                for (ProgrammeHost host : ledger.hosts()) {
                    Recorded traced = record(host, out);
                    recorded.put(host, traced);
                    for (TraceStop stop : traced.traces().stops()) {
                        stops.add(stopLines(host, stop));
                        stoppedTraces.add(stoppedTrace(host, stop));
                    }
                }
                ArrayNode programmes = JsonNodeFactory.instance.arrayNode();
                for (ProgrammeHost host : ledger.hosts()) {
                    Path programmeFolder = options.severalProgrammes() ? folder.resolve(host.plan().programme().id()) : folder;
                    sites.add(staged.target().resolve(folder.relativize(programmeFolder)));
                    ObjectNode programme = options.severalProgrammes() ? programmes.addObject() : manifest;
                    write(host, recorded.get(host), programmeFolder, programme, SiteInputs.provinceVi(province), out);
                }
                ProgrammeHost last = ledger.hosts().get(ledger.hosts().size() - 1);
                ChainVerification verification = last.runtime().ledger().verifyChain();
                if (options.severalProgrammes()) {
                    manifest.set("programmes", programmes);
                }
                manifest.put("events", last.runtime().ledger().lastSequence());
                manifest.put("chainIntact", verification.isIntact());
                manifest.put("ledger", inMemory ? "memory" : options.ledger().toString());
                mark = SimulationMarks.of(last);
                out.println("Sổ cái / ledger: " + last.runtime().ledger().lastSequence() + " sự kiện / events, chuỗi băm "
                        + (verification.isIntact() ? "toàn vẹn / chain intact" : "BỊ PHÁ VỠ / BROKEN"));
            }
            manifest.put("seconds", (System.nanoTime() - started) / 1e9);
            manifest.set("stoppedTraces", stoppedTraces);
            OutputWriter.writeJson(folder.resolve(OutputWriter.RUN_JSON), SimulationMarks.marked(manifest, mark));
            // a forecast or a comparison writing into the site being replaced waits, or is waited for
            SiteLock.holding(sites, staged::commit);
        }
        out.println("Kết quả / output: " + options.output().toAbsolutePath().normalize() + " (mở / open "
                + SitePaths.INDEX + ")");
        if (stops.isEmpty()) {
            return ExitCodes.OK;
        }
        var err = spec.commandLine().getErr();
        stops.forEach(err::println);
        err.println("Sổ cái và mọi kết quả vẫn được ghi, gồm các lệnh ghi trước khi vết dừng / the ledger and every"
                + " output are written, with the commands recorded before each trace stopped. Mã thoát / exit code "
                + ExitCodes.TRACE_STOPPED);
        return ExitCodes.TRACE_STOPPED;
    }

    /**
     * What the operator reads on stderr about a trace that stopped: which trace (and programme), at what date, after how
     * many commands; then each rule that refused it with its code and field, or the error when no rule refused it.
     */
    private String stopLines(ProgrammeHost host, TraceStop stop) {
        StringBuilder lines = new StringBuilder("VẾT MÔ PHỎNG BỊ DỪNG / SIMULATED TRACE STOPPED: ").append(stop.modelId());
        if (options.severalProgrammes()) {
            lines.append(" (").append(host.plan().programme().id()).append(')');
        }
        lines.append(", ngày / on ").append(stop.refusedOn().map(LocalDate::toString).orElse("? (không rõ / unknown)"))
                .append(", sau / after ").append(stop.commandsRecorded()).append(" lệnh đã ghi / commands recorded");
        for (Problem problem : stop.problems()) {
            lines.append(System.lineSeparator()).append("  quy tắc / rule ").append(problem.code().name())
                    .append(problem.field().isEmpty() ? "" : " (" + problem.field() + ")").append(": ")
                    .append(problem.messageVi()).append(" / ").append(problem.messageEn());
        }
        if (stop.problems().isEmpty()) {
            lines.append(System.lineSeparator()).append("  lỗi / error: ").append(stop.reason());
        }
        return lines.toString();
    }

    /** A trace that stopped, as {@code run.json} lists it under {@code stoppedTraces} (see the class comment). */
    private static ObjectNode stoppedTrace(ProgrammeHost host, TraceStop stop) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("programme", host.plan().programme().id());
        entry.put("model", stop.modelId());
        entry.put("replicate", stop.replicate());
        entry.put("date", stop.refusedOn().map(LocalDate::toString).orElse(null));
        entry.put("code", stop.problems().isEmpty() ? null : stop.problems().get(0).code().name());
        ArrayNode rules = entry.putArray("rules");
        for (Problem problem : stop.problems()) {
            rules.addObject().put("code", problem.code().name()).put("field", problem.field())
                    .put("messageVi", problem.messageVi()).put("messageEn", problem.messageEn());
        }
        entry.put("commandsRecorded", stop.commandsRecorded());
        entry.put("reason", stop.reason());
        return entry;
    }

    /** What recording one programme gave: its checks, settings and the traces' notes and stops. */
    private record Recorded(PlanChecks checks, Simulations.Settings settings, Simulations.Traces traces) {
    }

    /** Checks the plan, records its set-up and traces one simulated run of every model, for the host's programme. */
    private Recorded record(ProgrammeHost host, java.io.PrintWriter out) {
        PlanChecks checks = ValidateCommand.checked(host);
        Simulations.Settings settings = simulation.settings(host.plan());
        Simulations.declareSimulated(host, settings);
        int setup = ProgrammeSetup.record(host, checks.budgets());
        if (options.severalProgrammes()) {
            out.println(host.plan().programme().id() + ": " + host.plan().programme().titleVi());
        }
        out.println("Đã ghi thiết lập chương trình / programme set-up recorded: " + setup + " lệnh / commands");
        Simulations.Traces traces = Simulations.trace(host, settings);
        traces.notes().forEach((model, note) -> out.println("  vết / trace " + model + ": " + note));
        int replications = ProgrammeSetup.recordReplications(host);
        if (replications > 0) {
            out.println("Nhân rộng mô hình / replications recorded: " + replications);
        }
        out.println("Quyết toán / settlements: " + String.join(", ", ProgrammeSetup.recordSettlements(host)));
        return new Recorded(checks, settings, traces);
    }

    /** Runs the Monte Carlo summaries and writes every output of the host's programme into {@code folder}. */
    private void write(ProgrammeHost host, Recorded recorded, Path folder, ObjectNode manifest, String provinceVi,
            java.io.PrintWriter out) {
        Simulations.Settings settings = recorded.settings();
        Simulations.Outcome outcome = Simulations.monteCarlo(host, settings,
                ProgressBar.forTerminal(spec.commandLine().getErr()));
        List<ProgrammeReports.NamedReport> reports = ProgrammeReports.build(host);
        LocalDate listingDate = host.plan().programme().start().plusYears(host.plan().programme().years()).minusDays(1);
        PlanChecks checks = recorded.checks();

        OutputWriter.writeBudget(host, checks.budgets(), folder);
        OutputWriter.writeSimulations(outcome.summaries(), folder.resolve(OutputWriter.SIMULATION));
        OutputWriter.writeReports(reports, host.plan().programme().titleVi(), SimulationMarks.of(host),
                LedgerPosition.of(host), folder.resolve(OutputWriter.REPORTS));
        OutputWriter.writeSettlements(host, folder.resolve(OutputWriter.SETTLEMENT));
        Map<String, String> disclosures = OutputWriter.writeDisclosures(host, listingDate,
                folder.resolve(OutputWriter.DISCLOSURE));
        Map<String, String> notes = new LinkedHashMap<>();
        recorded.traces().notes().forEach((model, note) -> notes.put(model, "vết / trace: " + note));
        outcome.notes().forEach((model, note) -> notes.merge(model, note, (a, b) -> a + "; " + b));
        boolean simulated = SimulationMarks.of(host).isPresent();
        SiteContext context = SiteInputs.context(host, provinceVi, Optional.of(LedgerPosition.of(host)), simulated);
        List<String> pages = SummarySite.write(new SiteContent(context, OutputWriter.modelNames(host), checks.budgets(),
                OutputWriter.funding(host), OutputWriter.bySlug(reports), outcome.summaries(),
                settings.replicates() + " lần lặp / replicates, hạt giống / seed " + settings.seed() + ", " + settings.years()
                        + " năm / years", notes, SiteInputs.publicLists(host, listingDate, disclosures.values()),
                IndicatorLabels.of(SiteInputs.definitions(host))), folder);
        OutputWriter.writeText(folder.resolve(OutputWriter.SUMMARY_HTML),
                HtmlSummary.redirectPage(host.plan().programme().titleVi(), simulated));

        manifest.put("plan", host.file().name());
        manifest.put("programme", host.plan().programme().id());
        manifest.put("seed", settings.seed());
        manifest.put("replicates", settings.replicates());
        manifest.put("years", settings.years());
        manifest.put("budgetTotal", checks.budgets().values().stream().mapToLong(b -> b.total().dong()).sum());
        ObjectNode traceNode = manifest.putObject("traces");
        recorded.traces().notes().forEach(traceNode::put);
        manifest.putArray("reports").addAll(reports.stream()
                .map(r -> JsonNodeFactory.instance.textNode(r.slug())).toList());
        manifest.putArray("simulatedModels").addAll(outcome.summaries().keySet().stream()
                .map(JsonNodeFactory.instance::textNode).toList());
        out.println("Báo cáo / reports: " + reports.size() + " (năm 1–5, sơ kết 3 năm, tổng kết 5 năm); "
                + "danh sách niêm yết / public lists: " + disclosures.size() + "; trang tổng hợp / site pages: " + pages.size()
                + (options.severalProgrammes() ? " — " + host.plan().programme().id() : ""));
    }
}
