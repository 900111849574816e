package org.ketnghia.examples.site;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ketnghia.examples.output.AtomicFile;
import org.ketnghia.livestock.calibration.CalibrationReport;
import org.ketnghia.livestock.forecast.ForecastReport;
import org.ketnghia.livestock.scenarios.ScenarioComparison;

/**
 * The planners' pages of the summary site: a forecast from the ledger ({@code forecast --as-of DATE}) and the scenario
 * comparison ({@code compare}), each with the layout, style, navigation and charts of the run's pages, written into
 * {@value SitePaths#PAGES}, and the page listing them ({@value SitePaths#PLANNING}), newest first, with the as-of date
 * and the ledger position each was computed from.
 *
 * <p>The list is rebuilt whole from what is in the folder, whichever came first: every such page carries its facts in
 * its head ({@link PlanningPage}); writing a page here writes the list anew, and so does {@link SummarySite#write}. The
 * run's index only links to the list, so no command changes a file another wrote. Before any run has written the site,
 * a stand-in index is written, once, so that the pages' navigation leads somewhere. Pages are replaced whole (written
 * aside, then moved), and two commands writing into one site at once take turns ({@link SiteLock}). Thread-safe.
 */
public final class PlanningPages {

    private PlanningPages() {
    }

    /**
     * Writes the page of the forecast {@code report} into the site in {@code siteFolder} and lists it, showing {@code
     * charts}, drawn from {@code report} once for this page and the forecast's own ({@code forecast.html}).
     *
     * @param context the facts the page states: the programme, the ledger the forecast was computed from, the time
     * @param charts the charts of {@code report}
     * @param by the date of {@code forecast --by}, whose probabilities the page shows beside the year ends
     * @param files the forecast's files, relative to the site's root
     * @return the page, relative to {@code siteFolder}
     * @throws IllegalArgumentException when {@code charts} hold none for an area of {@code report} (drawn for another
     *     forecast)
     * @throws UncheckedIOException when a file cannot be written
     */
    public static String writeForecast(SiteContext context, ForecastReport report, ForecastCharts charts,
            Optional<LocalDate> by, List<SiteLink> files, Path siteFolder) {
        requireNonNull(context, "context");
        requireNonNull(report, "report");
        requireNonNull(charts, "charts");
        requireNonNull(by, "by");
        requireNonNull(files, "files");
        requireNonNull(siteFolder, "siteFolder");
        PlanningPage entry = new PlanningPage(PlanningPage.Kind.FORECAST, SitePaths.forecast(report.asOf()),
                ForecastPage.title(report.asOf()), Optional.of(report.asOf()), context.ledger(), context.producedAt(),
                context.simulated());
        return write(context, entry, ForecastPage.render(context, entry, report, charts, by, List.copyOf(files)),
                siteFolder);
    }

    /**
     * Writes the page of the scenario comparison into the site in {@code siteFolder} (replacing the earlier one) and
     * lists it, showing {@code charts}, drawn from {@code comparison} once for this page and the comparison's own
     * ({@code compare.html}).
     *
     * @param context the facts the page states: the programme, the ledger the demography was calibrated on (none
     *     without a calibration), the time
     * @param charts the charts of {@code comparison}
     * @param calibration the demography calibrated on the ledger, when it was
     * @param files the comparison's files, relative to the site's root
     * @return the page, relative to {@code siteFolder}
     * @throws UncheckedIOException when a file cannot be written
     */
    public static String writeComparison(SiteContext context, ScenarioComparison comparison, ComparisonCharts charts,
            Optional<CalibrationReport> calibration, List<SiteLink> files, Path siteFolder) {
        requireNonNull(context, "context");
        requireNonNull(comparison, "comparison");
        requireNonNull(charts, "charts");
        requireNonNull(calibration, "calibration");
        requireNonNull(files, "files");
        requireNonNull(siteFolder, "siteFolder");
        PlanningPage entry = new PlanningPage(PlanningPage.Kind.COMPARISON, SitePaths.COMPARISON,
                ComparisonPage.title(calibration), calibration.map(CalibrationReport::asOf), context.ledger(),
                context.producedAt(), context.simulated());
        return write(context, entry, ComparisonPage.render(context, entry, comparison, charts, calibration,
                List.copyOf(files)), siteFolder);
    }

    /**
     * The forecast and comparison pages in the site in {@code siteFolder}, newest first; a page whose facts cannot be
     * read (not written by these commands, or damaged) is left out. Immutable.
     *
     * @throws UncheckedIOException when the folder cannot be read
     */
    public static List<PlanningPage> list(Path siteFolder) {
        Path pages = requireNonNull(siteFolder, "siteFolder").resolve(SitePaths.PAGES);
        if (!Files.isDirectory(pages)) {
            return List.of();
        }
        List<PlanningPage> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(pages)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (SitePaths.isPlanningPage(name) && Files.isRegularFile(file)) {
                    // the file's place is the truth: a copied or renamed page is linked where it is
                    PlanningPage.readFrom(Files.readString(file, StandardCharsets.UTF_8)).ifPresent(page -> found.add(
                            new PlanningPage(page.kind(), SitePaths.PAGES + "/" + name, page.titleVi(), page.asOf(),
                                    page.ledger(), page.producedAt(), page.simulated())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(PlanningListPage.NEWEST_FIRST);
        return List.copyOf(found);
    }

    private static String write(SiteContext context, PlanningPage entry, String html, Path siteFolder) {
        SiteLock.holding(siteFolder, () -> {
            SummarySite.copyAssetsIfMissing(siteFolder);
            try {
                replace(siteFolder.resolve(entry.page()), html);
                writeList(context, siteFolder);
                if (!Files.exists(siteFolder.resolve(SitePaths.INDEX))) {
                    replace(siteFolder.resolve(SitePaths.INDEX), standInIndex(context));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return entry.page();
    }

    /**
     * Writes the list of the planners' pages in {@code siteFolder} anew, stating {@code context}, the facts of the
     * command writing it. The caller holds the site's lock.
     *
     * @throws UncheckedIOException when a file cannot be read or written
     */
    static void writeList(SiteContext context, Path siteFolder) {
        try {
            replace(siteFolder.resolve(SitePaths.PLANNING), PlanningListPage.render(context, list(siteFolder)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index of a folder the run has not written a site into: a link to the list, and the run's sections to come. */
    private static String standInIndex(SiteContext context) {
        HtmlPage page = HtmlPage.index(context, "Tổng hợp chương trình");
        page.note("Thư mục này chưa có trang tổng hợp của chương trình: lệnh run chưa ghi vào đây. Trang này chỉ dẫn đến danh"
                + " sách các trang dự báo và so sánh kịch bản; lệnh run lập trang tổng hợp đầy đủ và ghi lại toàn bộ thư mục.");
        IndexPage.planning(page);
        for (String[] section : SitePaths.SECTIONS) {
            int hash = section[1].indexOf('#');
            if (hash >= 0) {
                // the navigation of every page leads here: each section it names is present, and says why it is empty
                page.heading(section[0], section[1].substring(hash + 1)).note("Chưa có: trang tổng hợp do lệnh run lập.");
            }
        }
        return page.render();
    }

    /** Writes {@code text} aside {@code file}, then moves it in place, so that no reader sees half a page. */
    private static void replace(Path file, String text) throws IOException {
        // readable as any other page of the site, not its owner's alone
        AtomicFile.write(file, AtomicFile.Access.USUAL, text);
    }
}
