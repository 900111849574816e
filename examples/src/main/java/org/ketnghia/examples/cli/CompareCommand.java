package org.ketnghia.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.examples.host.LedgerFiles;
import org.ketnghia.examples.host.ProgrammeHost;
import org.ketnghia.examples.output.LedgerPosition;
import org.ketnghia.examples.output.SimulationMarks;
import org.ketnghia.examples.host.Simulations;
import org.ketnghia.examples.output.StagedDirectory;
import org.ketnghia.examples.site.ComparisonCharts;
import org.ketnghia.examples.site.PlanningPages;
import org.ketnghia.examples.site.SiteInputs;
import org.ketnghia.examples.site.SitePaths;
import org.ketnghia.livestock.LivestockModel;
import org.ketnghia.livestock.calibration.CalibrationReport;
import org.ketnghia.livestock.calibration.CalibrationSelection;
import org.ketnghia.livestock.calibration.HerdCalibration;
import org.ketnghia.livestock.passon.PassOnPolicies;
import org.ketnghia.livestock.passon.PassOnPolicy;
import org.ketnghia.livestock.scenarios.DemographyLevel;
import org.ketnghia.livestock.scenarios.IndicatorResult;
import org.ketnghia.livestock.scenarios.PriceLevel;
import org.ketnghia.livestock.scenarios.Scenario;
import org.ketnghia.livestock.scenarios.ScenarioComparison;
import org.ketnghia.livestock.scenarios.ScenarioGrid;
import org.ketnghia.livestock.scenarios.ScenarioRow;
import org.ketnghia.livestock.scenarios.ScenarioSweep;
import org.ketnghia.livestock.scenarios.SensitivityEntry;
import org.ketnghia.livestock.scenarios.ShockLevel;
import org.ketnghia.livestock.simulation.Demography;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code compare}: the revolving-livestock scenarios side by side (<i>so sánh kịch bản</i>) — pass-on
 * policies × price levels × demographies × shocks — run with common random numbers; writes {@code
 * <output>/compare}: {@code compare.json}, {@code compare.csv}, {@code compare-sensitivity.csv}, {@code
 * compare.xlsx} and {@code compare.html} (one comparison table, a chart of households reached at year 5
 * with p5–p95 per scenario and the sensitivity bars). With {@code --calibrate-as-of DATE} the demography is
 * also calibrated on the recorded ledger up to DATE (<i>hiệu chỉnh tham số đàn theo sổ cái</i>, {@link
 * HerdCalibration}, optionally only on the groups of {@code --calibrate-districts}) and compared as the level
 * {@value DemographyLevel#CALIBRATED} (<i>hiệu chỉnh</i>) beside {@value DemographyLevel#ASSUMED} (<i>giả
 * định</i>); the estimates with their 95 % intervals, the assumption and the flags go to {@code
 * calibration.csv}, a sheet of the workbook and a table of the page. The comparison also goes into the summary site
 * of the programme's output folder: the page {@code pages/so-sanh-kich-ban.html} (the run's layout: the scenario
 * table, the chart, the sensitivity ranking), listed, newest first, on {@code pages/du-bao-va-so-sanh-kich-ban.html}
 * with its calibration date and the ledger position it was calibrated on ({@link PlanningPages}). A bad option is refused with exit code
 * {@link ExitCodes#USAGE} and a message naming it; calibrating without a recorded ledger, with {@link
 * ExitCodes#LEDGER}, as every subcommand that reads the ledger.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"So sánh kịch bản mô hình chăn nuôi quay vòng (phương án quay vòng, mức giá, tham số đàn, cú sốc)"
                + " với cùng dãy số ngẫu nhiên; xếp hạng độ nhạy; ghi thêm trang pages/so-sanh-kich-ban.html vào trang"
                + " tổng hợp (index.html).",
            "Revolving-livestock scenarios side by side (pass-on policy, price level, demography, shocks) with common"
                + " random numbers, and a sensitivity ranking. Writes <output>/compare, and a page of the summary site,"
                + " pages/so-sanh-kich-ban.html, listed by index.html."})
public final class CompareCommand implements Callable<Integer> {

    /** The folder under the output folder. */
    static final String FOLDER = "compare";

    /** The assumed demography (<i>giả định</i>): the shipped defaults. */
    private static final Demography ASSUMED = Demography.standard();

    @Mixin
    ProgrammeOptions options;

    @Mixin
    SimulationOptions simulation;

    @Option(names = "--policies", split = ",", paramLabel = "ID",
            description = "Phương án quay vòng / pass-on policy ids (default: every shipped policy and those of --policy-file)")
    List<String> policies;

    @Option(names = "--policy-file", paramLabel = "FILE",
            description = "Tệp JSON các phương án quay vòng thêm / a JSON array of more pass-on policies")
    Path policyFile;

    @Option(names = "--baseline-policy", paramLabel = "ID", description = "Phương án cơ sở / baseline policy (default: the first)")
    String baselinePolicy;

    @Option(names = "--price-levels", split = ",", paramLabel = "MULTIPLIER", defaultValue = "0.8,1,1.2",
            description = "Hệ số giá / price multipliers (default: ${DEFAULT-VALUE})")
    List<String> priceLevels;

    @Option(names = "--baseline-price", paramLabel = "MULTIPLIER",
            description = "Mức giá cơ sở / baseline price level (default: 1 if given, else the first)")
    String baselinePrice;

    @Option(names = "--shocks", split = ",", paramLabel = "LEVEL", defaultValue = "none,epidemic,drought,epidemic+drought",
            description = "Cú sốc / shock levels among none, epidemic, drought, epidemic+drought (default: ${DEFAULT-VALUE})")
    List<String> shocks;

    @Option(names = "--baseline-shocks", paramLabel = "LEVEL",
            description = "Cú sốc cơ sở / baseline shock level (default: none if given, else the first)")
    String baselineShocks;

    @Option(names = "--epidemic-years", split = ",", paramLabel = "YEAR", defaultValue = "3",
            description = "Năm có dịch bệnh / epidemic years (default: ${DEFAULT-VALUE})")
    List<Integer> epidemicYears;

    @Option(names = "--epidemic-mortality", paramLabel = "RATE", defaultValue = "0.13",
            description = "Tỷ lệ chết thêm trong năm dịch / added annual mortality in an epidemic year (default: ${DEFAULT-VALUE})")
    double epidemicMortality;

    @Option(names = "--drought-years", split = ",", paramLabel = "YEAR", defaultValue = "2",
            description = "Năm hạn hán / drought years (default: ${DEFAULT-VALUE})")
    List<Integer> droughtYears;

    @Option(names = "--drought-fertility", paramLabel = "FACTOR", defaultValue = "0.7",
            description = "Hệ số sinh sản trong năm hạn / fertility factor in a drought year (default: ${DEFAULT-VALUE})")
    double droughtFertility;

    @Option(names = "--demography", paramLabel = "NAME=FILE", mapFallbackValue = "",
            description = {"Bộ tham số đàn thêm / another demography, JSON (e.g. calibrated=calibrated.json);"
                    + " repeatable. 'assumed' (giả định) is always the shipped defaults."})
    Map<String, Path> demographies = new LinkedHashMap<>();

    @Option(names = "--baseline-demography", paramLabel = "NAME",
            description = "Tham số đàn cơ sở / baseline demography (default: assumed)")
    String baselineDemography;

    @Option(names = "--calibrate-as-of", paramLabel = "DATE",
            description = {"Hiệu chỉnh tham số đàn theo sổ cái đã ghi đến hết ngày này (yyyy-mm-dd) và so sánh mức"
                    + " 'calibrated' (hiệu chỉnh) bên cạnh 'assumed' (giả định); cần sổ cái của lệnh run.",
                "Calibrate the demography on the recorded ledger up to DATE (yyyy-mm-dd, inclusive) and compare it as"
                    + " 'calibrated' beside 'assumed'; needs the ledger the run subcommand records."})
    String calibrateAsOf;

    @Option(names = "--calibrate-districts", split = ",", paramLabel = "CODE",
            description = "Chỉ hiệu chỉnh theo các huyện này / calibrate on the groups of these districts only"
                    + " (default: every group of the ledger)")
    List<String> calibrateDistricts;

    @Option(names = "--one-at-a-time",
            description = "Chỉ chạy kịch bản cơ sở và từng chiều một / only the baseline and one dimension moved at a time")
    boolean oneAtATime;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        Optional<LocalDate> asOf = calibrationDate();
        if (asOf.isEmpty() && calibrateDistricts != null) {
            throw usage("--calibrate-districts", "cần --calibrate-as-of / needs --calibrate-as-of");
        }
        ScenarioGrid checked = grid(Optional.empty(), asOf.isPresent());
        if (asOf.isPresent() && !LedgerFiles.exists(options.ledger())) {
            // a missing ledger is no usage error: exit 5 as for every other subcommand that reads the ledger
            throw new ExitCodes.LedgerProblem("--calibrate-as-of: chưa có sổ cái ở " + options.ledger()
                    + "; hãy chạy lệnh run trước (hoặc import). / No ledger in " + options.ledger()
                    + "; run the programme first (or import a backup).");
        }
        try (ProgrammeHost.Shared ledger = asOf.isPresent() ? LedgerCommands.openExisting(options)
                : ProgrammeHost.shared(List.of(options.programmeFile()), options.province(), Optional.empty())) {
            ProgrammeHost host = ledger.hosts().get(0);
            ValidateCommand.checked(host);
            Optional<PlanSection> section = host.section(LivestockModel.ID);
            if (section.isEmpty()) {
                commandLine.getErr().println("Kế hoạch không có mô hình chăn nuôi quay vòng / the programme has no livestock"
                        + " model section (models.livestock): nothing to compare");
                return ExitCodes.INVALID_PLAN;
            }
            Optional<CalibrationReport> calibration = asOf.map(date -> calibrate(host, date));
            ScenarioGrid grid = calibration.isEmpty() ? checked
                    : grid(calibration.map(report -> DemographyLevel.calibrated(report.calibratedDemography(ASSUMED))), false);
            Simulations.Settings settings = simulation.settings(host.plan());
            ScenarioSweep sweep = refusingBadOptions(() -> ScenarioSweep.builder().replicates(settings.replicates())
                    .masterSeed(settings.seed()).threads(settings.threads()).progress(progress()).build());
            SimulationScenario scenario = refusingBadOptions(() -> new SimulationScenario(host.plan().programme().start(),
                    settings.years(), section.get()));
            List<Scenario> scenarios = oneAtATime ? grid.oneAtATime() : grid.scenarios();
            ScenarioComparison comparison = refusingBadOptions(() -> sweep.run(scenario, grid, scenarios));
            Path folder = options.output().resolve(FOLDER);
            Optional<String> mark = calibration.isPresent() ? SimulationMarks.of(host) : Optional.empty();
            Optional<LedgerPosition> ledgerState = calibration.map(report -> LedgerPosition.of(host));
            // drawn once, for compare.html and the site's page alike
            ComparisonCharts charts = ComparisonCharts.draw(comparison);
            try (StagedDirectory staged = StagedDirectory.of(folder)) {
                ComparisonOutputs.write(comparison, charts, calibration, host.plan().programme().titleVi(), mark,
                        ledgerState, staged.path());
                staged.commit();
            }
            Path site = options.output(host);
            String page = PlanningPages.writeComparison(SiteInputs.context(host, SiteInputs.provinceVi(options.province()),
                    ledgerState, mark.isPresent()), comparison, charts, calibration,
                    ComparisonOutputs.links(fromSite(site, folder), calibration.isPresent()), site);
            print(commandLine.getOut(), comparison);
            calibration.ifPresent(report -> commandLine.getOut().println("Hiệu chỉnh tham số đàn đến / demography calibrated"
                    + " as of " + report.asOf() + " (tháng điều tra cuối / last census " + report.lastCensus() + "): "
                    + report.estimates().size() + " ước lượng / estimates, " + report.departures().size()
                    + " khác giả định / depart from the assumption"));
            commandLine.getOut().println("Kết quả / written to: " + folder);
            commandLine.getOut().println("Trang so sánh kịch bản / comparison page: " + site.resolve(page) + " (mở / open "
                    + site.resolve(SitePaths.INDEX) + ")");
            return ExitCodes.OK;
        }
    }

    /** {@code folder} relative to the site's root {@code site}, as a link writes it ({@code compare}, {@code ../compare}). */
    private static String fromSite(Path site, Path folder) {
        return site.toAbsolutePath().normalize().relativize(folder.toAbsolutePath().normalize()).toString()
                .replace(java.io.File.separatorChar, '/');
    }

    private org.ketnghia.core.simulation.ProgressListener progress() {
        ProgressBar bar = ProgressBar.forTerminal(spec.commandLine().getErr());
        return (done, total) -> bar.onProgress(LivestockModel.ID, 0, 1, done, total);
    }

    /**
     * The date of {@code --calibrate-as-of}, if given; refuses one that is not a date {@code yyyy-mm-dd}, naming
     * the option.
     */
    private Optional<LocalDate> calibrationDate() {
        if (calibrateAsOf == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(calibrateAsOf.trim()));
        } catch (DateTimeParseException e) {
            throw usage("--calibrate-as-of", "'" + calibrateAsOf + "' không phải là ngày yyyy-mm-dd / is not a date"
                    + " yyyy-mm-dd");
        }
    }

    /**
     * Calibrates the demography on {@code host}'s recorded ledger up to {@code asOf}; refuses a date before the
     * programme's start or after the ledger's today, and what the calibration refuses, naming the option.
     */
    private CalibrationReport calibrate(ProgrammeHost host, LocalDate asOf) {
        LocalDate start = host.plan().programme().start();
        if (asOf.isBefore(start)) {
            throw usage("--calibrate-as-of", asOf + " trước ngày bắt đầu chương trình " + start + " / is before the"
                    + " programme's start " + start);
        }
        LocalDate today = LocalDate.now(host.runtime().clock());
        if (asOf.isAfter(today)) {
            throw usage("--calibrate-as-of", asOf + " sau ngày hôm nay của sổ cái " + today + " / is after the"
                    + " ledger's today " + today);
        }
        CalibrationSelection selection = calibrateDistricts == null ? CalibrationSelection.all()
                : new CalibrationSelection(Set.copyOf(calibrateDistricts.stream().map(String::trim).toList()), Set.of(),
                        Set.of());
        return refusingBadOptions(() -> HerdCalibration.estimate(host.runtime().ledger(), selection, asOf, ASSUMED));
    }

    /**
     * The grid the options describe, with {@code calibrated} beside the assumed demography; refuses a bad option
     * naming it. With {@code calibrationToCome}, only checks the options: a baseline demography naming the
     * calibrated level is left to the grid built once the calibration is known.
     */
    ScenarioGrid grid(Optional<DemographyLevel> calibrated, boolean calibrationToCome) {
        List<PassOnPolicy> chosen = refusingBadOptions(() -> {
            PassOnPolicies catalogue = PassOnPolicies.standard();
            if (policyFile != null) {
                try (InputStream in = Files.newInputStream(policyFile)) {
                    catalogue = catalogue.with(PassOnPolicies.fromJson(in, KetnghiaJson.newObjectMapper()));
                } catch (IOException e) {
                    throw usage("--policy-file", "không đọc được / cannot read " + policyFile + ": " + e.getMessage());
                } catch (KetnghiaException invalid) {
                    throw usage("--policy-file", policyFile + ": " + lines(invalid));
                }
            }
            List<String> ids = policies != null ? policies
                    : catalogue.policies().stream().map(PassOnPolicy::id).toList();
            return ScenarioGrid.policiesNamed(catalogue, ids);
        });
        List<PriceLevel> prices = new ArrayList<>();
        for (String multiplier : priceLevels) {
            try {
                prices.add(PriceLevel.of(multiplier.trim()));
            } catch (NumberFormatException e) {
                throw usage("--price-levels", "'" + multiplier + "' không phải là số / is not a number");
            }
        }
        if (!(epidemicMortality >= 0 && epidemicMortality < 1)) {
            throw usage("--epidemic-mortality", epidemicMortality + " phải trong [0, 1) / must be in [0, 1)");
        }
        if (!(droughtFertility >= 0 && droughtFertility <= 1)) {
            throw usage("--drought-fertility", droughtFertility + " phải trong [0, 1] / must be in [0, 1]");
        }
        checkYears("--epidemic-years", epidemicYears);
        checkYears("--drought-years", droughtYears);
        Map<String, ShockLevel> standardShocks = new LinkedHashMap<>();
        ShockLevel.standardSet(epidemicYears, epidemicMortality, droughtYears, droughtFertility)
                .forEach(level -> standardShocks.put(level.name(), level));
        List<ShockLevel> shockLevels = new ArrayList<>();
        for (String name : shocks) {
            ShockLevel level = standardShocks.get(name.trim());
            if (level == null) {
                throw usage("--shocks", "không có mức cú sốc / no shock level '" + name + "'; có / known: "
                        + String.join(", ", standardShocks.keySet()));
            }
            shockLevels.add(level);
        }
        List<DemographyLevel> demographyLevels = new ArrayList<>();
        demographyLevels.add(DemographyLevel.assumed(ASSUMED));
        calibrated.ifPresent(demographyLevels::add);
        if (calibrationToCome) {
            demographyLevels.add(DemographyLevel.calibrated(ASSUMED)); // a stand-in until the calibration is known
        }
        demographies.forEach((name, file) -> demographyLevels.add(DemographyLevel.of(name, readDemography(name, file))));
        ScenarioGrid.Builder grid = ScenarioGrid.builder().policies(chosen).priceLevels(prices)
                .demographies(demographyLevels).shockLevels(shockLevels);
        Optional.ofNullable(baselinePolicy).ifPresent(grid::baselinePolicy);
        grid.baselinePrice(Optional.ofNullable(baselinePrice)
                .or(() -> prices.stream().map(PriceLevel::name).filter("1"::equals).findFirst()));
        grid.baselineShocks(Optional.ofNullable(baselineShocks)
                .or(() -> shockLevels.stream().map(ShockLevel::name).filter(ShockLevel.NONE::equals).findFirst()));
        Optional.ofNullable(baselineDemography).ifPresent(grid::baselineDemography);
        return refusingBadOptions(grid::build);
    }

    private void checkYears(String option, List<Integer> years) {
        for (int year : years) {
            if (year < 1 || year > 50) {
                throw usage(option, "năm " + year + " phải từ 1 đến 50 / year " + year + " must be from 1 to 50");
            }
        }
    }

    private Demography readDemography(String name, Path file) {
        if (name.isBlank() || file == null || file.toString().isEmpty()) {
            throw usage("--demography", "cần dạng TÊN=TỆP / expected NAME=FILE, got '" + name + "'");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Demography.fromJson(in, KetnghiaJson.newObjectMapper());
        } catch (IOException e) {
            throw usage("--demography", "không đọc được / cannot read " + file + ": " + e.getMessage());
        } catch (KetnghiaException invalid) {
            throw usage("--demography", name + " (" + file + "): " + lines(invalid));
        }
    }

    /**
     * Runs {@code action}; a {@link KetnghiaException} whose every problem is about an option's value becomes a
     * usage error naming the options.
     */
    private <T> T refusingBadOptions(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (KetnghiaException refused) {
            if (!refused.problems().stream().allMatch(problem -> optionOf(problem.field()).startsWith("--"))) {
                throw refused; // not about an option (e.g. the simulator refused the plan): the usual handling
            }
            StringBuilder message = new StringBuilder("Tùy chọn không hợp lệ / invalid options:");
            for (Problem problem : refused.problems()) {
                message.append(System.lineSeparator()).append("  ").append(optionOf(problem.field())).append(" (")
                        .append(problem.field()).append("): [").append(problem.code().name()).append("] ")
                        .append(problem.messageVi()).append(" / ").append(problem.messageEn());
            }
            throw new CommandLine.ParameterException(spec.commandLine(), message.toString());
        }
    }

    /** The option that sets a field of the grid or the sweep. */
    static String optionOf(String field) {
        String head = field.split("[\\[.]", 2)[0];
        return switch (head) {
            case "policies" -> "--policies";
            case "priceLevels" -> "--price-levels";
            case "demographies" -> "--demography";
            case "shockLevels" -> "--shocks";
            case "baselinePolicy" -> "--baseline-policy";
            case "baselinePrice" -> "--baseline-price";
            case "baselineDemography" -> "--baseline-demography";
            case "baselineShocks" -> "--baseline-shocks";
            case "replicates" -> "--replicates";
            case "threads" -> "--threads";
            case "years", "indicators" -> "--years";
            case "asOf" -> "--calibrate-as-of";
            case "selection" -> "--calibrate-districts";
            default -> field;
        };
    }

    private static String lines(KetnghiaException invalid) {
        return String.join("; ", invalid.problems().stream().map(problem -> problem.field() + ": ["
                + problem.code().name() + "] " + problem.messageVi() + " / " + problem.messageEn()).toList());
    }

    private CommandLine.ParameterException usage(String option, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), option + ": " + message);
    }

    private static void print(java.io.PrintWriter out, ScenarioComparison comparison) {
        String key = comparison.rankingIndicator();
        String label = comparison.indicator(key).orElseThrow().labelVi();
        out.println("SO SÁNH KỊCH BẢN / SCENARIO COMPARISON: " + comparison.rows().size() + " kịch bản / scenarios × "
                + comparison.replicates() + " lần lặp / replicates, hạt giống / seed " + comparison.masterSeed() + ", "
                + comparison.years() + " năm / years (cùng dãy số ngẫu nhiên / common random numbers)");
        out.println("  " + label + ":");
        for (ScenarioRow row : comparison.rows()) {
            IndicatorResult result = row.result(key).orElseThrow();
            out.println(String.format(Locale.ROOT, "    %-62s %,9.1f [p5 %,.0f – p95 %,.0f]  %s", row.scenarioId(),
                    result.mean(), result.p5(), result.p95(), row.baseline() ? "(cơ sở / baseline)"
                            : String.format(Locale.ROOT, "%+,.1f ± %.1f", result.difference(), result.differenceStandardError())));
        }
        out.println("  Xếp hạng độ nhạy / sensitivity ranking:");
        for (SensitivityEntry entry : comparison.sensitivity()) {
            out.println(String.format(Locale.ROOT, "    %d. %-20s %,8.1f  (%s %+,.1f … %s %+,.1f)", entry.rank(),
                    entry.labelVi(), entry.swing(), entry.lowestLevel(), entry.lowestDifference(), entry.highestLevel(),
                    entry.highestDifference()));
        }
    }
}
