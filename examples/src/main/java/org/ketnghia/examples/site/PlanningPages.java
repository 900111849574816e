package org.ketnghia.examples.site;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ketnghia.livestock.calibration.CalibrationReport;
import org.ketnghia.livestock.forecast.ForecastReport;
import org.ketnghia.livestock.scenarios.ScenarioComparison;

/**
 * The planners' pages of the summary site: a forecast from the ledger ({@code forecast --as-of DATE}) and the scenario
 * comparison ({@code compare}), each with the layout, style, navigation and charts of the run's pages, written into
 * {@value SitePaths#PAGES} and listed by the index, newest first, with the as-of date and the ledger position each
 * was computed from.
 *
 * <p>The index is rebuilt from what is in the folder, whichever came first: every such page carries its facts in its
 * head ({@link PlanningPage}); {@link SummarySite#write} lists the pages it finds, and writing a page here puts the
 * index's section of them anew ({@link PlanningSection}), leaving the rest of the index as the run wrote it. Before
 * any run has written the site, the index written here is a stand-in that lists these pages only. Pages and index are
 * replaced whole (written aside, then moved), and two commands writing into one site at once take turns (a lock file,
 * {@value #LOCK}, held while the index is rebuilt). Thread-safe.
 */
public final class PlanningPages {

    /** The file, in the site's root, whose lock a writer holds while it rebuilds the index. */
    public static final String LOCK = ".ketnghia-site.lock";

    private static final Object WRITING = new Object();

    private PlanningPages() {
    }

    /**
     * Writes the page of the forecast {@code report} into the site in {@code siteFolder} and lists it in the index.
     *
     * @param context the facts the page states: the programme, the ledger the forecast was computed from, the time
     * @param by the date of {@code forecast --by}, whose probabilities the page shows beside the year ends
     * @param files the forecast's files, relative to the site's root
     * @return the page, relative to {@code siteFolder}
     * @throws UncheckedIOException when a file cannot be written
     */
    public static String writeForecast(SiteContext context, ForecastReport report, Optional<LocalDate> by,
            List<SiteLink> files, Path siteFolder) {
        requireNonNull(context, "context");
        requireNonNull(report, "report");
        requireNonNull(by, "by");
        requireNonNull(files, "files");
        requireNonNull(siteFolder, "siteFolder");
        PlanningPage entry = new PlanningPage(PlanningPage.Kind.FORECAST, SitePaths.forecast(report.asOf()),
                ForecastPage.title(report.asOf()), Optional.of(report.asOf()), context.ledger(), context.producedAt(),
                context.simulated());
        return write(context, entry, ForecastPage.render(context, entry, report, by, List.copyOf(files)), siteFolder);
    }

    /**
     * Writes the page of the scenario comparison into the site in {@code siteFolder} (replacing the earlier one) and
     * lists it in the index.
     *
     * @param context the facts the page states: the programme, the ledger the demography was calibrated on (none
     *     without a calibration), the time
     * @param calibration the demography calibrated on the ledger, when it was
     * @param files the comparison's files, relative to the site's root
     * @return the page, relative to {@code siteFolder}
     * @throws UncheckedIOException when a file cannot be written
     */
    public static String writeComparison(SiteContext context, ScenarioComparison comparison,
            Optional<CalibrationReport> calibration, List<SiteLink> files, Path siteFolder) {
        requireNonNull(context, "context");
        requireNonNull(comparison, "comparison");
        requireNonNull(calibration, "calibration");
        requireNonNull(files, "files");
        requireNonNull(siteFolder, "siteFolder");
        PlanningPage entry = new PlanningPage(PlanningPage.Kind.COMPARISON, SitePaths.COMPARISON,
                ComparisonPage.title(calibration), calibration.map(CalibrationReport::asOf), context.ledger(),
                context.producedAt(), context.simulated());
        return write(context, entry, ComparisonPage.render(context, entry, comparison, calibration, List.copyOf(files)),
                siteFolder);
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
        found.sort(PlanningSection.NEWEST_FIRST);
        return List.copyOf(found);
    }

    private static String write(SiteContext context, PlanningPage entry, String html, Path siteFolder) {
        synchronized (WRITING) {
            try {
                Files.createDirectories(siteFolder);
                try (FileChannel channel = FileChannel.open(siteFolder.resolve(LOCK), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                    SummarySite.copyAssetsIfMissing(siteFolder);
                    replace(siteFolder.resolve(entry.page()), html);
                    relist(context, siteFolder);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return entry.page();
    }

    /**
     * Puts the section of the planners' pages anew into the index: between its markers, or before the end of its main
     * part when an earlier version wrote it without them; an index this site did not write is left alone. With no
     * index yet, writes the stand-in.
     */
    private static void relist(SiteContext context, Path siteFolder) throws IOException {
        List<PlanningPage> pages = list(siteFolder);
        Path index = siteFolder.resolve(SitePaths.INDEX);
        if (!Files.exists(index)) {
            replace(index, standInIndex(context, pages));
            return;
        }
        HtmlPage sectionOnly = HtmlPage.index(context, "");
        PlanningSection.append(sectionOnly, pages, context.producedAt());
        String section = sectionOnly.body();
        String html = Files.readString(index, StandardCharsets.UTF_8);
        String start = "<!-- " + PlanningSection.START + " -->\n";
        String end = "<!-- " + PlanningSection.END + " -->\n";
        int from = html.indexOf(start);
        int to = from < 0 ? -1 : html.indexOf(end, from);
        if (to >= 0) {
            replace(index, html.substring(0, from) + section + html.substring(to + end.length()));
        } else if (html.contains("</main>")) {
            replace(index, html.replace("</main>", section + "</main>"));
        }
    }

    /** The index of a folder the run has not written a site into: the planners' pages, and the run's sections to come. */
    private static String standInIndex(SiteContext context, List<PlanningPage> pages) {
        HtmlPage page = HtmlPage.index(context, "Tổng hợp chương trình");
        page.note("Thư mục này chưa có trang tổng hợp của chương trình: lệnh run chưa ghi vào đây. Trang này chỉ liệt kê các"
                + " trang dự báo và so sánh kịch bản; lệnh run lập trang tổng hợp đầy đủ và ghi lại toàn bộ thư mục.");
        PlanningSection.append(page, pages, context.producedAt());
        for (String[] section : SitePaths.SECTIONS) {
            int hash = section[1].indexOf('#');
            if (hash >= 0 && !section[1].endsWith("#" + SitePaths.PLANNING_ANCHOR)) {
                // the navigation of every page leads here: each section it names is present, and says why it is empty
                page.heading(section[0], section[1].substring(hash + 1)).note("Chưa có: trang tổng hợp do lệnh run lập.");
            }
        }
        return page.render();
    }

    /** Writes {@code text} beside {@code file}, then moves it in place, so that no reader sees half a page. */
    private static void replace(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        // a name of its own, not createTempFile: that one would leave the page readable by its owner only
        Path aside = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + "."
                + System.nanoTime() + ".tmp");
        try {
            Files.writeString(aside, text, StandardCharsets.UTF_8);
            try {
                Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(aside);
        }
    }
}
