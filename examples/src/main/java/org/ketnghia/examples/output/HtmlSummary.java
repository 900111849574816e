package org.ketnghia.examples.output;

import java.util.List;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.examples.site.SiteContext;
import org.ketnghia.examples.site.SiteFormat;
import org.ketnghia.examples.site.SitePaths;

/**
 * What remains of the one-page summary now that a run writes a summary site ({@link
 * org.ketnghia.examples.site.SummarySite}): {@value OutputWriter#SUMMARY_HTML} is a small page that
 * sends the reader to the site's {@value SitePaths#INDEX}, so links to it keep working; and the HTML
 * helpers the other HTML outputs share. Stateless and thread-safe.
 */
public final class HtmlSummary {

    /** Columns of the funding table, in order. */
    public static final List<String> FUNDING_COLUMNS = List.of("Kế hoạch", "Cam kết", "Đã tiếp nhận", "Đã chi");

    private HtmlSummary() {
    }

    /**
     * The page that sends a reader of {@value OutputWriter#SUMMARY_HTML} on to the site's index, with a link for when it does not,
     * and the simulated-data banner when {@code simulated}.
     */
    public static String redirectPage(String titleVi, boolean simulated) {
        String index = SitePaths.INDEX;
        return "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"0; url="
                + index + "\"><title>" + HtmlText.escape(titleVi) + "</title></head><body>\n"
                + (simulated ? "<p style=\"background:#b00020;color:#fff;font-weight:700;padding:.5em\">"
                        + HtmlText.escape(SiteContext.SIMULATED_BANNER) + "</p>\n" : "") + "<p>Bản tổng hợp nay là một trang web nhiều trang: "
                + "<a href=\"" + index + "\">mở trang chính</a>. / The summary is now a site: <a href=\"" + index
                + "\">open its index</a>.</p>\n</body></html>\n";
    }

    /** {@code value} as its indicator is read (see {@link SiteFormat#indicatorValue}). */
    static String format(IndicatorValue value, IndicatorDefinition indicator) {
        return SiteFormat.indicatorValue(value, indicator);
    }

}
