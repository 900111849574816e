package org.ketnghia.examples.site;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the summary site of a programme run into an output folder: {@value SitePaths#INDEX} with the
 * programme's key figures and, under {@value SitePaths#PAGES}, a page per report period, district,
 * pilot model and public list, every one linked from the index and back to it; the script and style
 * sheet go to {@value SitePaths#ASSETS}. Everything shown comes from {@link SiteContent}, computed by
 * the run; the site only lays it out (and draws the charts). The forecast and scenario comparison pages
 * already in the folder are left as they are, and the list of them ({@value SitePaths#PLANNING}), to which
 * the index and every page's navigation link, is written anew ({@link PlanningPages}).
 * Stateless and thread-safe.
 */
public final class SummarySite {

    private SummarySite() {
    }

    /**
     * Writes the site of {@code content} into {@code folder}, holding the site's lock ({@link SiteLock}) meanwhile, so
     * that a forecast or a comparison written into the same folder at the same time waits, or is waited for.
     *
     * @return the pages written, relative to {@code folder}, index first
     * @throws UncheckedIOException when a file cannot be written
     */
    public static List<String> write(SiteContent content, Path folder) {
        requireNonNull(content, "content");
        requireNonNull(folder, "folder");
        SiteStructure structure = SiteStructure.of(content);
        List<String> pages = new ArrayList<>();
        SiteLock.holding(folder, () -> {
            write(folder, SitePaths.INDEX, IndexPage.render(content, structure), pages);
            List<String> slugs = List.copyOf(content.reports().keySet());
            for (int i = 0; i < slugs.size(); i++) {
                write(folder, SitePaths.period(slugs.get(i)), PeriodPage.render(content, structure, slugs, i), pages);
            }
            for (Map.Entry<String, String> district : structure.districts().entrySet()) {
                write(folder, SitePaths.district(district.getKey()),
                        DistrictPage.render(content, structure, district.getKey(), district.getValue()), pages);
            }
            for (String modelId : structure.models()) {
                write(folder, SitePaths.model(modelId), ModelPage.render(content, modelId), pages);
            }
            for (PublicList list : content.publicLists()) {
                write(folder, SitePaths.publicList(list.communeCode()), PublicListPage.render(content, structure, list),
                        pages);
            }
            PlanningPages.writeList(content.context(), folder);
            pages.add(SitePaths.PLANNING);
            copyAsset(folder, SitePaths.JS, "site.js");
            copyAsset(folder, SitePaths.CSS, "site.css");
        });
        return List.copyOf(pages);
    }

    private static void write(Path folder, String page, String html, List<String> pages) {
        try {
            Path file = folder.resolve(page);
            Files.createDirectories(file.getParent());
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pages.add(page);
    }

    /** Copies the script and the style sheet into {@code folder}, unless they are there already. */
    static void copyAssetsIfMissing(Path folder) {
        if (!Files.isRegularFile(folder.resolve(SitePaths.JS))) {
            copyAsset(folder, SitePaths.JS, "site.js");
        }
        if (!Files.isRegularFile(folder.resolve(SitePaths.CSS))) {
            copyAsset(folder, SitePaths.CSS, "site.css");
        }
    }

    private static void copyAsset(Path folder, String target, String resource) {
        try (InputStream in = SummarySite.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the site's " + resource + " is missing from the classpath");
            }
            Path file = folder.resolve(target);
            Files.createDirectories(file.getParent());
            Files.write(file, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
