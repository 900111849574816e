package org.ketnghia.examples.site;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Where the site's files are, relative to the output folder: the index at the root, every other page
 * one folder below it in {@value #PAGES}, the script and style sheet in {@value #ASSETS}. The pages of the
 * planners' commands are there too: {@code du-bao-<as-of date>.html} per forecast, {@value #COMPARISON_NAME}
 * for the scenario comparison, and {@value #PLANNING_NAME}, the list of them.
 */
public final class SitePaths {

    /** The index page. */
    public static final String INDEX = "index.html";
    /** The folder of the pages below the index. */
    public static final String PAGES = "pages";
    /** The folder of the script and the style sheet. */
    public static final String ASSETS = "assets";
    /** The script that sorts and filters tables. */
    public static final String JS = ASSETS + "/site.js";
    /** The style sheet. */
    public static final String CSS = ASSETS + "/site.css";
    /** The file whose lock a writer of the site holds while it writes ({@link SiteLock}). */
    public static final String LOCK = ".ketnghia-site.lock";

    static final String HOME_LABEL = "Trang chính";
    static final String PERIODS_ANCHOR = "ky-bao-cao";
    static final String DISTRICTS_ANCHOR = "huyen";
    static final String MODELS_ANCHOR = "mo-hinh";
    static final String LISTS_ANCHOR = "niem-yet";
    /** The index's short section that leads to the list of the planners' pages. */
    static final String PLANNING_ANCHOR = "du-bao";

    /** The file name of a forecast's page before its as-of date. */
    static final String FORECAST_PREFIX = "du-bao-";
    /** The file name of the scenario comparison's page. */
    static final String COMPARISON_NAME = "so-sanh-kich-ban.html";
    /** The page of the scenario comparison ({@code compare}). */
    public static final String COMPARISON = PAGES + "/" + COMPARISON_NAME;
    /** The file name of the list of the forecast and comparison pages. */
    static final String PLANNING_NAME = "du-bao-va-so-sanh-kich-ban.html";
    /** The list of the forecast and comparison pages, newest first, which {@code forecast} and {@code compare} rewrite. */
    public static final String PLANNING = PAGES + "/" + PLANNING_NAME;

    /**
     * The sections of the index and the list of the planners' pages, each {@code label, link from the root}, shown in
     * every page's navigation.
     */
    static final List<String[]> SECTIONS = List.of(new String[] {HOME_LABEL, INDEX},
            new String[] {"Kỳ báo cáo", INDEX + "#" + PERIODS_ANCHOR},
            new String[] {"Huyện", INDEX + "#" + DISTRICTS_ANCHOR},
            new String[] {"Mô hình", INDEX + "#" + MODELS_ANCHOR},
            new String[] {"Niêm yết công khai", INDEX + "#" + LISTS_ANCHOR},
            new String[] {"Dự báo, so sánh kịch bản", PLANNING});

    private SitePaths() {
    }

    /** The page of the report {@code slug}. */
    public static String period(String slug) {
        return PAGES + "/ky-" + slug + ".html";
    }

    /** The page of the district {@code code}. */
    public static String district(String code) {
        return PAGES + "/huyen-" + code + ".html";
    }

    /** The page of the model {@code modelId}. */
    public static String model(String modelId) {
        return PAGES + "/mo-hinh-" + modelId + ".html";
    }

    /** The page of the forecast as of {@code asOf} ({@code forecast --as-of}). */
    public static String forecast(LocalDate asOf) {
        return PAGES + "/" + FORECAST_PREFIX + asOf + ".html";
    }

    /** Whether {@code fileName}, a file in {@value #PAGES}, is the page of a forecast or of the scenario comparison. */
    static boolean isPlanningPage(String fileName) {
        return fileName.equals(COMPARISON_NAME) || isForecastPage(fileName);
    }

    /** {@code du-bao-<ISO date>.html}; not the list of the planners' pages, whose name starts alike. */
    private static boolean isForecastPage(String fileName) {
        if (!fileName.startsWith(FORECAST_PREFIX) || !fileName.endsWith(".html")) {
            return false;
        }
        try {
            LocalDate.parse(fileName.substring(FORECAST_PREFIX.length(), fileName.length() - ".html".length()));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The page of the public list of the commune {@code code}. */
    public static String publicList(String code) {
        return PAGES + "/niem-yet-" + code + ".html";
    }
}
