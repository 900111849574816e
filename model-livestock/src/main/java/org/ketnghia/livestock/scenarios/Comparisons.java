package org.ketnghia.livestock.scenarios;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.error.Problems;

/** Turns a sweep's kept values into a {@link ScenarioComparison}: statistics, paired differences, sensitivity. Stateless. */
final class Comparisons {

    private Comparisons() {
    }

    static ScenarioComparison compare(ScenarioGrid grid, List<Scenario> scenarios, List<ScenarioIndicator> indicators,
            String ranking, double[][][] values, long masterSeed, long replicates, int years) {
        checkRecorded(indicators, values);
        Scenario baseline = grid.baseline();
        int baselineIndex = scenarios.indexOf(baseline);
        List<ScenarioRow> rows = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            Scenario scenario = scenarios.get(s);
            List<IndicatorResult> results = new ArrayList<>();
            for (int k = 0; k < indicators.size(); k++) {
                results.add(result(indicators.get(k).key(), values[s][k], values[baselineIndex][k]));
            }
            List<String> labels = new ArrayList<>();
            for (ScenarioDimension dimension : ScenarioDimension.values()) {
                labels.add(scenario.levelLabelVi(dimension));
            }
            rows.add(ScenarioRow.builder().scenarioId(scenario.id()).levels(scenario.levels().values())
                    .levelLabelsVi(labels).baseline(s == baselineIndex).results(results).build());
        }
        List<DimensionLevels> dimensions = new ArrayList<>();
        for (ScenarioDimension dimension : ScenarioDimension.values()) {
            dimensions.add(DimensionLevels.builder().dimension(dimension).levels(grid.levelNames(dimension))
                    .labelsVi(labelsVi(grid, dimension)).baseline(grid.baselineLevel(dimension)).build());
        }
        int rankingIndex = 0;
        while (!indicators.get(rankingIndex).key().equals(ranking)) {
            rankingIndex++;
        }
        return ScenarioComparison.builder().masterSeed(masterSeed).replicates(replicates).years(years)
                .indicators(indicators).rankingIndicator(ranking).dimensions(dimensions)
                .baselineScenario(baseline.id()).rows(rows)
                .sensitivity(sensitivity(grid, scenarios, rows, rankingIndex)).build();
    }

    private static void checkRecorded(List<ScenarioIndicator> indicators, double[][][] values) {
        Problems problems = new Problems();
        for (int k = 0; k < indicators.size(); k++) {
            boolean missing = false;
            for (double[][] byIndicator : values) {
                for (double value : byIndicator[k]) {
                    missing |= Double.isNaN(value);
                }
            }
            problems.check(missing, ScenarioErrorCode.SCENARIO_INDICATOR_UNKNOWN, "indicators[" + k + "].indicatorId",
                    indicators.get(k).indicatorId());
        }
        problems.throwIfAny();
    }

    private static List<String> labelsVi(ScenarioGrid grid, ScenarioDimension dimension) {
        return switch (dimension) {
            case PASS_ON_POLICY -> grid.policies().stream().map(policy -> policy.nameVi()).toList();
            case PRICE_LEVEL -> grid.priceLevels().stream().map(PriceLevel::labelVi).toList();
            case DEMOGRAPHY -> grid.demographies().stream().map(DemographyLevel::labelVi).toList();
            case SHOCKS -> grid.shockLevels().stream().map(ShockLevel::labelVi).toList();
        };
    }

    static IndicatorResult result(String key, double[] values, double[] baseline) {
        int n = values.length;
        double[] differences = new double[n];
        for (int i = 0; i < n; i++) {
            differences[i] = values[i] - baseline[i];
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double differenceSd = standardDeviation(differences);
        return IndicatorResult.builder().indicator(key).mean(mean(values)).standardDeviation(standardDeviation(values))
                .p5(percentile(sorted, 0.05)).p50(percentile(sorted, 0.50)).p95(percentile(sorted, 0.95))
                .difference(mean(differences)).differenceStandardError(differenceSd / Math.sqrt(n)).build();
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    static double standardDeviation(double[] values) {
        if (values.length < 2) {
            return 0;
        }
        double mean = mean(values);
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }

    /** Linear interpolation between order statistics ("type 7"); {@code sorted} ascending, not empty. */
    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int low = (int) Math.floor(h);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    }

    private static List<SensitivityEntry> sensitivity(ScenarioGrid grid, List<Scenario> scenarios,
            List<ScenarioRow> rows, int rankingIndex) {
        Scenario baseline = grid.baseline();
        Set<String> run = new HashSet<>();
        scenarios.forEach(scenario -> run.add(scenario.id()));
        Set<String> full = new HashSet<>();
        grid.scenarios().forEach(scenario -> full.add(scenario.id()));
        boolean fullGrid = run.containsAll(full);
        List<SensitivityEntry> unranked = new ArrayList<>();
        for (ScenarioDimension dimension : ScenarioDimension.values()) {
            if (grid.levelNames(dimension).size() < 2) {
                continue;
            }
            int lowest = -1;
            int highest = -1;
            int moved = 0;
            // the baseline first, so that a dimension that moves nothing reports its baseline level as lowest and highest
            List<Integer> candidates = new ArrayList<>();
            candidates.add(scenarios.indexOf(baseline));
            for (int s = 0; s < scenarios.size(); s++) {
                if (!scenarios.get(s).equals(baseline) && othersAtBaseline(scenarios.get(s), baseline, dimension)) {
                    candidates.add(s);
                    moved++;
                }
            }
            for (int s : candidates) {
                double difference = rows.get(s).results().get(rankingIndex).difference();
                if (lowest < 0 || difference < difference(rows, lowest, rankingIndex)) {
                    lowest = s;
                }
                if (highest < 0 || difference > difference(rows, highest, rankingIndex)) {
                    highest = s;
                }
            }
            if (moved == 0) {
                continue;
            }
            IndicatorResult low = rows.get(lowest).results().get(rankingIndex);
            IndicatorResult high = rows.get(highest).results().get(rankingIndex);
            unranked.add(SensitivityEntry.builder().rank(1).dimension(dimension).labelVi(dimension.labelVi())
                    .labelEn(dimension.labelEn()).swing(high.difference() - low.difference())
                    .lowestLevel(scenarios.get(lowest).level(dimension)).lowestDifference(low.difference())
                    .lowestStandardError(low.differenceStandardError())
                    .highestLevel(scenarios.get(highest).level(dimension)).highestDifference(high.difference())
                    .highestStandardError(high.differenceStandardError())
                    .mainEffectSwing(fullGrid ? Optional.of(mainEffectSwing(grid, dimension, scenarios, rows, rankingIndex))
                            : Optional.empty())
                    .build());
        }
        List<SensitivityEntry> sorted = new ArrayList<>(unranked);
        // most influential first; ties keep the dimension order (the sort is stable)
        sorted.sort(Comparator.comparingDouble(SensitivityEntry::swing).reversed());
        List<SensitivityEntry> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            ranked.add(SensitivityEntry.builder().from(sorted.get(i)).rank(i + 1).build());
        }
        return ranked;
    }

    private static double difference(List<ScenarioRow> rows, int s, int rankingIndex) {
        return rows.get(s).results().get(rankingIndex).difference();
    }

    private static boolean othersAtBaseline(Scenario scenario, Scenario baseline, ScenarioDimension moved) {
        for (ScenarioDimension dimension : ScenarioDimension.values()) {
            if (dimension != moved && !scenario.level(dimension).equals(baseline.level(dimension))) {
                return false;
            }
        }
        return true;
    }

    private static double mainEffectSwing(ScenarioGrid grid, ScenarioDimension dimension, List<Scenario> scenarios,
            List<ScenarioRow> rows, int rankingIndex) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (String level : grid.levelNames(dimension)) {
            double sum = 0;
            int count = 0;
            for (int s = 0; s < scenarios.size(); s++) {
                if (scenarios.get(s).level(dimension).equals(level)) {
                    sum += rows.get(s).results().get(rankingIndex).mean();
                    count++;
                }
            }
            double mean = sum / count;
            min = Math.min(min, mean);
            max = Math.max(max, mean);
        }
        return max - min;
    }
}
