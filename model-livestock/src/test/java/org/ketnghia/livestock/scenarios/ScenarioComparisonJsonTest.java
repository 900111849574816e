package org.ketnghia.livestock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScenarioComparisonJsonTest {

    private static final ScenarioComparison COMPARISON = ScenarioSweep.builder().replicates(3).masterSeed(7).threads(2)
            .build().run(SweepFixtures.small(), SweepFixtures.grid());

    @Test
    void json_roundTrips_toAnEqualValue_andIdenticalBytes() {
        String json = COMPARISON.toJson();
        ScenarioComparison read = ScenarioComparison.fromJson(json);

        assertThat(read).isEqualTo(COMPARISON);
        assertThat(read.toJson()).isEqualTo(json);
        assertThat(json).contains("\"baselineScenario\" : \"first-female-offspring | 1 | assumed | none\"")
                .contains("\"dimension\" : \"PRICE_LEVEL\"").contains("\"labelVi\" : \"Mức giá\"");
    }

    @Test
    void csv_hasOneRowPerScenario_andTheIndicatorColumns() {
        String[] lines = COMPARISON.toCsv().split("\n");

        assertThat(lines).hasSize(1 + 12);
        assertThat(lines[0]).startsWith("scenario,policy,price,demography,shocks,baseline,households-reached@5 mean,"
                + "households-reached@5 p5,households-reached@5 p50,households-reached@5 p95,households-reached@5 difference,"
                + "households-reached@5 difference_se,households-reached@6 mean");
        assertThat(lines[0].split(",")).hasSize(6 + 6 * COMPARISON.indicators().size());
        assertThat(lines).filteredOn(line -> line.contains(",true,")).hasSize(1);
        assertThat(lines[1]).startsWith("first-female-offspring | 0.8 | assumed | none,first-female-offspring,0.8,assumed,none,false,");
        String[] sensitivity = COMPARISON.sensitivityCsv().split("\n");
        assertThat(sensitivity).hasSize(1 + 3);
        assertThat(sensitivity[3]).startsWith("3,price,Mức giá,Price level,0.0000,");
    }

    @Test
    void numbers_haveFourDecimals_andNoNegativeZero() {
        assertThat(ScenarioComparison.number(-0.0)).isEqualTo("0.0000");
        assertThat(ScenarioComparison.number(1234.56789)).isEqualTo("1234.5679");
    }
}
