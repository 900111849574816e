package org.ketnghia.examples.site;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.ketnghia.examples.output.ScenarioCharts;
import org.ketnghia.livestock.scenarios.ScenarioComparison;
import org.ketnghia.livestock.scenarios.ScenarioIndicator;
import org.ketnghia.livestock.scenarios.ScenarioRow;

/**
 * The charts of a scenario comparison (<i>so sánh kịch bản</i>), drawn once for the two pages that show them: the
 * comparison's own page ({@code compare.html}, beside its files) and its page of the summary site. The sensitivity
 * "tornado" is one picture on both. The ranking indicator per scenario is two: the own page names each scenario by its
 * id, with plain ticks; the site numbers them as its table does ("1. Phương án… · Giá…"), with ticks written the
 * Vietnamese way. All are PNG data URIs ({@link ScenarioCharts}). Immutable and thread-safe.
 */
public final class ComparisonCharts {

    private final String ownPageRanking;
    private final String sitePageRanking;
    private final String sensitivity;

    private ComparisonCharts(String ownPageRanking, String sitePageRanking, String sensitivity) {
        this.ownPageRanking = ownPageRanking;
        this.sitePageRanking = sitePageRanking;
        this.sensitivity = sensitivity;
    }

    /** Draws the charts of {@code comparison}. */
    public static ComparisonCharts draw(ScenarioComparison comparison) {
        requireNonNull(comparison, "comparison");
        ScenarioIndicator ranking = comparison.indicator(comparison.rankingIndicator()).orElseThrow();
        return new ComparisonCharts(
                ScenarioCharts.bands(comparison, ranking, comparison.rows().stream().map(ScenarioRow::scenarioId).toList(),
                        false),
                ScenarioCharts.bands(comparison, ranking, numberedLabels(comparison), true),
                ScenarioCharts.sensitivity(comparison));
    }

    /** The ranking indicator per scenario on the own page: each scenario named by its id; a data URI. */
    public String ownPageRanking() {
        return ownPageRanking;
    }

    /** The ranking indicator per scenario on the site's page: each scenario by its number in the table; a data URI. */
    String sitePageRanking() {
        return sitePageRanking;
    }

    /** The sensitivity tornado, on both pages; a data URI. */
    public String sensitivity() {
        return sensitivity;
    }

    /** Each scenario as the site's chart names it: its number in the table and its levels. */
    private static List<String> numberedLabels(ScenarioComparison comparison) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < comparison.rows().size(); i++) {
            labels.add((i + 1) + ". " + String.join(" · ", comparison.rows().get(i).levelLabelsVi()));
        }
        return labels;
    }
}
