package org.ketnghia.examples.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ketnghia.examples.output.ScenarioCharts;
import org.ketnghia.livestock.scenarios.ScenarioComparison;
import org.ketnghia.livestock.scenarios.ScenarioIndicator;
import org.junit.jupiter.api.Test;

/** A comparison's charts, drawn once for its own page and its page of the summary site. */
class ComparisonChartsTest {

    private static final ScenarioComparison COMPARISON = PlanningFixtures.comparison();
    private static final ScenarioIndicator RANKING = COMPARISON.indicator(COMPARISON.rankingIndicator()).orElseThrow();

    @Test
    void theRankingPerScenario_namesScenariosByIdOnTheOwnPage_andByTheirNumberOnTheSite() {
        ComparisonCharts charts = ComparisonCharts.draw(COMPARISON);

        assertThat(charts.ownPageRanking()).isEqualTo(ScenarioCharts.bands(COMPARISON, RANKING,
                List.of("first-female-offspring | 1 | assumed | none", "first-female-offspring | 1 | assumed | drought"),
                false));
        assertThat(charts.sitePageRanking()).isEqualTo(ScenarioCharts.bands(COMPARISON, RANKING,
                List.of("1. Chuyển giao con cái đầu tiên · giá × 1 · giả định · không có cú sốc",
                        "2. Chuyển giao con cái đầu tiên · giá × 1 · giả định · hạn hán năm 2"), true));
    }

    @Test
    void theSensitivityTornado_isTheOnePictureOfBothPages() {
        assertThat(ComparisonCharts.draw(COMPARISON).sensitivity()).isEqualTo(ScenarioCharts.sensitivity(COMPARISON));
    }
}
