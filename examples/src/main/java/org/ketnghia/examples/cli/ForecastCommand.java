package org.ketnghia.examples.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.examples.host.ProgrammeHost;
import org.ketnghia.examples.output.LedgerPosition;
import org.ketnghia.examples.output.SimulationMarks;
import org.ketnghia.examples.output.StagedDirectory;
import org.ketnghia.examples.site.ForecastCharts;
import org.ketnghia.examples.site.PlanningPages;
import org.ketnghia.examples.site.SiteInputs;
import org.ketnghia.examples.site.SitePaths;
import org.ketnghia.livestock.LivestockModel;
import org.ketnghia.livestock.calibration.CalibrationReport;
import org.ketnghia.livestock.calibration.CalibrationSelection;
import org.ketnghia.livestock.calibration.HerdCalibration;
import org.ketnghia.livestock.forecast.ForecastErrorCode;
import org.ketnghia.livestock.forecast.ForecastReport;
import org.ketnghia.livestock.forecast.ForecastStart;
import org.ketnghia.livestock.forecast.ForecastStarts;
import org.ketnghia.livestock.forecast.LivestockForecast;
import org.ketnghia.livestock.simulation.Demography;
import org.ketnghia.livestock.simulation.LivestockSimulator;
import org.ketnghia.livestock.simulation.SimulationSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code forecast --as-of DATE}: from the herds and group queues the ledger recorded before DATE, runs the
 * livestock simulator's replicates to the programme's end and writes {@code <output>/forecast-<DATE>}: {@code
 * forecast.json}, {@code forecast.csv} (per area and year), {@code forecast-households.csv} (each waiting
 * household), {@code forecast-obligations.csv}, {@code forecast.xlsx} and {@code forecast.html} with the
 * charts; a progress bar on a terminal. It also puts the forecast into the summary site of {@code <output>}: a page
 * {@code pages/du-bao-<DATE>.html} (the run's layout, p5–p95 bands per district and group), listed on {@code
 * pages/du-bao-va-so-sanh-kich-ban.html} with the as-of date and the ledger position it was computed from ({@link
 * PlanningPages}). Bad input is refused with exit
 * code 2 and a message naming the option.
 */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = {"Dự báo từ sổ cái: từ đàn và hàng chờ đã ghi đến ngày --as-of, xác suất mỗi hộ đang chờ được nhận"
                + " con giống, nghĩa vụ có nguy cơ quá hạn, tổng đàn và giá trị đàn (dải p5–p95); ghi thêm trang"
                + " pages/du-bao-NGÀY.html vào trang tổng hợp (index.html).",
            "Forecast from the ledger: from the herds and queues recorded up to --as-of, each waiting household's"
                + " chance of receiving, obligations at risk, herd size and value with p5–p95 bands; also a page of the"
                + " summary site, pages/du-bao-DATE.html, listed by index.html."})
public final class ForecastCommand implements Callable<Integer> {

    private static final String DEFAULT = "default";
    private static final String CALIBRATED = "calibrated";

    /** The output folder's name before the date: {@code forecast-<DATE>}. */
    public static final String FOLDER_PREFIX = "forecast-";

    @Mixin
    ProgrammeOptions options;

    @Option(names = "--as-of", required = true, paramLabel = "DATE",
            description = "Ngày lấy hiện trạng (yyyy-mm-dd), thường là ngày đầu một tháng / census date, usually the"
                    + " first day of a month")
    LocalDate asOf;

    @Option(names = "--by", paramLabel = "DATE",
            description = {"Xác suất mỗi hộ đang chờ được nhận trước ngày này (cuối năm chương trình gần nhất trước đó),"
                    + " ghi vào forecast-households-by-DATE.csv / each waiting household's probability of having"
                    + " received by DATE (the last programme year end on or before it)"})
    LocalDate by;

    @Option(names = "--replicates", defaultValue = "1000",
            description = "Số lần lặp / replicates (default: ${DEFAULT-VALUE})")
    long replicates;

    @Option(names = "--seed", defaultValue = "2021", description = "Hạt giống ngẫu nhiên / master seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", description = "Số luồng / worker threads (default: available processors)")
    Integer threads;

    @Option(names = "--demography", defaultValue = "default", paramLabel = "default|calibrated|FILE",
            description = {"Tham số đàn: mặc định, hiệu chỉnh từ sổ cái, hoặc tệp JSON / herd demography: the default,"
                    + " calibrated on the ledger, or a JSON file (default: ${DEFAULT-VALUE})"})
    String demography;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final LivestockForecast.ForecastEngine engine;

    /** The command with the livestock simulator's forecast ({@link LivestockForecast.ForecastEngine#LIVESTOCK}). */
    public ForecastCommand() {
        this(LivestockForecast.ForecastEngine.LIVESTOCK);
    }

    /** The command with {@code engine} (a host's own, or a test's). */
    public ForecastCommand(LivestockForecast.ForecastEngine engine) {
        this.engine = requireNonNull(engine, "engine");
    }

    @Override
    public Integer call() throws IOException {
        checkOptions();
        Optional<Demography> fromFile = demographyFile();
        PrintWriter out = spec.commandLine().getOut();
        try (ProgrammeHost.Shared ledger = LedgerCommands.openExisting(options)) {
            for (ProgrammeHost host : ledger.hosts()) {
                Optional<PlanSection> section = host.section(LivestockModel.ID);
                if (section.isEmpty()) {
                    spec.commandLine().getErr().println("Chương trình " + host.plan().programme().id()
                            + " không có mô hình chăn nuôi bò, dê quay vòng. / Programme " + host.plan().programme().id()
                            + " has no revolving cattle and goat model.");
                    return ExitCodes.INVALID_PLAN;
                }
                ProgrammePlanDates dates = new ProgrammePlanDates(host);
                SimulationScenario scenario = new SimulationScenario(dates.start(), dates.years(), section.get());
                ForecastStart start = readStart(host, scenario, dates.today());
                SimulationSettings settings = settings(host);
                Demography chosen = fromFile.orElseGet(() -> demography.equals(CALIBRATED)
                        ? calibrated(host, settings.demography()) : settings.demography());
                LivestockForecast forecast = LivestockForecast.builder().engine(engine)
                        .settings(settings).demography(chosen, demography).replicates(replicates).seed(seed)
                        .threads(threads != null ? threads : Runtime.getRuntime().availableProcessors())
                        .progress(progress()).build();
                ForecastReport report = forecast.run(scenario, start, asOf, Optional.of(host.units()));
                Path site = options.output(host);
                Path folder = site.resolve(FOLDER_PREFIX + asOf);
                Optional<String> mark = SimulationMarks.of(host);
                LedgerPosition position = LedgerPosition.of(host);
                // drawn once, for forecast.html and the site's page alike
                ForecastCharts charts = ForecastCharts.draw(report);
                try (StagedDirectory staged = StagedDirectory.of(folder)) {
                    ForecastOutputs.write(report, charts, mark, position, staged.path());
                    if (by != null) {
                        Files.writeString(staged.path().resolve(ForecastOutputs.HOUSEHOLDS_BY_PREFIX + by + ".csv"),
                                SimulationMarks.csv(report.householdsByCsv(by), mark), java.nio.charset.StandardCharsets.UTF_8);
                    }
                    staged.commit();
                }
                print(out, report);
                if (by != null) {
                    long likely = report.households().stream()
                            .filter(h -> h.probabilityReceivedBy(by) >= ForecastReport.LIKELY).count();
                    out.println("  Hộ có khả năng đã nhận trước / households likely to have received by " + by + ": "
                            + likely + " / " + report.households().size());
                }
                out.println("Kết quả / written to: " + folder);
                String page = PlanningPages.writeForecast(SiteInputs.context(host, SiteInputs.provinceVi(options.province()),
                        Optional.of(position), mark.isPresent()), report, charts, Optional.ofNullable(by),
                        ForecastOutputs.links(folder.getFileName().toString(), Optional.ofNullable(by)), site);
                out.println("Trang dự báo / forecast page: " + site.resolve(page) + " (mở / open "
                        + site.resolve(SitePaths.INDEX) + ")");
            }
            return ExitCodes.OK;
        }
    }

    private void checkOptions() {
        if (by != null && asOf != null && by.isBefore(asOf)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--by " + by + ": không được trước --as-of " + asOf + " / must not be before --as-of " + asOf);
        }
        if (replicates < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--replicates " + replicates + ": cần ít nhất 1 lần lặp / at least 1 replicate");
        }
        if (threads != null && (threads < 1 || threads > 1024)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threads " + threads + ": từ 1 đến 1024 luồng / 1 to 1024 threads");
        }
    }

    /** The demography file {@code --demography} names; empty for {@code default} and {@code calibrated}. */
    private Optional<Demography> demographyFile() {
        if (demography.equals(DEFAULT) || demography.equals(CALIBRATED)) {
            return Optional.empty();
        }
        Path file = Path.of(demography);
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(Demography.fromJson(in, org.ketnghia.core.json.KetnghiaJson.newObjectMapper()));
        } catch (IOException | KetnghiaException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--demography " + demography
                    + ": không đọc được tệp tham số đàn / cannot read the demography file: " + e.getMessage());
        }
    }

    /**
     * The demography in use with the parameters the ledger informs well enough replaced by their estimates from
     * every group's records up to the day before {@code --as-of} (<i>tham số đàn hiệu chỉnh theo sổ cái</i>).
     */
    private Demography calibrated(ProgrammeHost host, Demography assumed) {
        CalibrationReport calibration = HerdCalibration.estimate(host.runtime().ledger(), CalibrationSelection.all(),
                asOf.minusDays(1), assumed);
        spec.commandLine().getOut().println("Hiệu chỉnh tham số đàn / calibration: " + calibration.departures().size()
                + " tham số khác giả định / parameters departing from the assumption");
        return calibration.calibratedDemography(assumed);
    }

    /** The state as of {@code --as-of}; a date the ledger cannot start from is refused naming the option. */
    private ForecastStart readStart(ProgrammeHost host, SimulationScenario scenario, LocalDate today) {
        try {
            return ForecastStarts.asOf(host.runtime().ledger(), host.plan().programme().id(), scenario, asOf, today);
        } catch (KetnghiaException e) {
            StringBuilder message = new StringBuilder();
            boolean aboutTheDate = false;
            for (Problem problem : e.problems()) {
                if (problem.field().equals("asOf")) {
                    aboutTheDate = true;
                    message.append(message.length() == 0 ? "" : "; ").append(problem.messageVi()).append(" / ")
                            .append(problem.messageEn());
                }
            }
            if (aboutTheDate && e.problems().stream().allMatch(p -> p.code() instanceof ForecastErrorCode)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--as-of " + asOf + ": " + message);
            }
            throw e;
        }
    }

    private static SimulationSettings settings(ProgrammeHost host) {
        return host.runtime().models().stream().filter(model -> model.id().equals(LivestockModel.ID))
                .flatMap(model -> model.simulator().stream())
                .filter(LivestockSimulator.class::isInstance).map(LivestockSimulator.class::cast)
                .map(LivestockSimulator::settings).findFirst().orElse(SimulationSettings.defaults());
    }

    private org.ketnghia.core.simulation.ProgressListener progress() {
        ProgressBar bar = ProgressBar.forTerminal(spec.commandLine().getErr());
        return (done, total) -> bar.onProgress(LivestockModel.ID, 0, 1, done, total);
    }

    private static void print(PrintWriter out, ForecastReport report) {
        out.println("DỰ BÁO / FORECAST " + report.asOf() + ": " + report.replicates() + " lần lặp / replicates, hạt giống"
                + " / seed " + report.masterSeed() + ", tham số đàn / demography " + report.demography());
        for (ForecastReport.AreaForecast area : report.areas()) {
            out.println(String.format(Locale.ROOT, "  %-45s hộ chờ / waiting %d -> %.2f cuối chương trình / at the end,"
                    + " nghĩa vụ có nguy cơ quá hạn / likely overdue %d", area.nameVi(), area.waitingAtStart(),
                    area.expectedWaitingAtEnd(), area.likelyOverdue()));
        }
    }

    /** The programme's start and years, and the ledger's today (the host's clock). */
    private record ProgrammePlanDates(LocalDate start, int years, LocalDate today) {
        ProgrammePlanDates(ProgrammeHost host) {
            this(host.plan().programme().start(), host.plan().programme().years(),
                    LocalDate.now(ProgrammeHost.clockOf(host.plan())));
        }
    }
}
