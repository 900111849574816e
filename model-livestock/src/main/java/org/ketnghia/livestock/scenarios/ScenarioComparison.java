package org.ketnghia.livestock.scenarios;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.json.KetnghiaJson;

/**
 * The result of a scenario sweep (<i>bảng so sánh kịch bản</i>): the run's seed, replicates and
 * years; the compared indicators; each dimension's levels and baseline; one {@link ScenarioRow} per
 * scenario, in the order run; and the {@link SensitivityEntry sensitivity ranking} of the dimensions
 * by {@link #rankingIndicator()}.
 *
 * <p>{@link #toJson()} and {@link #toCsv()} give the same bytes for equal comparisons (JSON properties
 * sorted and numbers as Java prints a double, CSV numbers with 4 decimals), and a sweep gives an equal
 * comparison for the same inputs whatever its thread count. Immutable and thread-safe.
 */
@Value.Immutable
@com.fasterxml.jackson.annotation.JsonIgnoreProperties({org.ketnghia.core.simulation.LedgerOrigin.JSON_SIMULATED_FIELD,
        org.ketnghia.core.simulation.LedgerOrigin.JSON_MARK_FIELD})
@JsonSerialize(as = ImmutableScenarioComparison.class)
@JsonDeserialize(as = ImmutableScenarioComparison.class)
public abstract class ScenarioComparison {

    private static final ObjectMapper MAPPER = KetnghiaJson.newObjectMapper();

    /** The master seed every scenario's replicate streams derive from (common random numbers). */
    public abstract long masterSeed();

    /** Replicates per scenario. */
    public abstract long replicates();

    /** Programme years simulated. */
    public abstract int years();

    /** The compared indicators. */
    public abstract List<ScenarioIndicator> indicators();

    /** The key of the indicator that ranks the sensitivity (by default households reached at year 5). */
    public abstract String rankingIndicator();

    /** Each dimension's levels and baseline, in dimension order. */
    public abstract List<DimensionLevels> dimensions();

    /** The baseline scenario's id. */
    public abstract String baselineScenario();

    /** One row per scenario, in the order run. */
    public abstract List<ScenarioRow> rows();

    /** The dimensions with at least two levels, most influential first. */
    public abstract List<SensitivityEntry> sensitivity();

    /** The row of scenario {@code scenarioId}, if it was run. */
    public Optional<ScenarioRow> row(String scenarioId) {
        requireNonNull(scenarioId, "scenarioId");
        return rows().stream().filter(row -> row.scenarioId().equals(scenarioId)).findFirst();
    }

    /** The baseline row. */
    public ScenarioRow baselineRow() {
        return row(baselineScenario()).orElseThrow();
    }

    /** The compared indicator with {@code key}, if any. */
    public Optional<ScenarioIndicator> indicator(String key) {
        requireNonNull(key, "key");
        return indicators().stream().filter(indicator -> indicator.key().equals(key)).findFirst();
    }

    /** Pretty-printed JSON, properties sorted; the same bytes for equal comparisons. */
    public String toJson() {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a scenario comparison is always serialisable", e);
        }
    }

    /**
     * Reads a comparison written by {@link #toJson()}.
     *
     * @throws KetnghiaException {@link CoreErrorCode#JSON_UNREADABLE} if it does not fit
     */
    public static ScenarioComparison fromJson(String json) {
        try {
            return MAPPER.readValue(requireNonNull(json, "json"), ScenarioComparison.class);
        } catch (JsonProcessingException e) {
            throw KetnghiaException.of(CoreErrorCode.JSON_UNREADABLE, "", e.getOriginalMessage());
        }
    }

    /**
     * The comparison table as CSV (RFC 4180, comma, CRLF-free {@code \n} lines): per scenario its id,
     * its level per dimension, whether it is the baseline, and per indicator the mean, p5, p50, p95,
     * difference from the baseline and its standard error, numbers with 4 decimals.
     */
    public String toCsv() {
        StringBuilder csv = new StringBuilder();
        csv.append("scenario");
        for (ScenarioDimension dimension : ScenarioDimension.values()) {
            csv.append(',').append(dimension.id());
        }
        csv.append(",baseline");
        for (ScenarioIndicator indicator : indicators()) {
            for (String column : List.of("mean", "p5", "p50", "p95", "difference", "difference_se")) {
                csv.append(',').append(quote(indicator.key() + " " + column));
            }
        }
        csv.append('\n');
        for (ScenarioRow row : rows()) {
            csv.append(quote(row.scenarioId()));
            for (String level : row.levels()) {
                csv.append(',').append(quote(level));
            }
            csv.append(',').append(row.baseline());
            for (IndicatorResult result : row.results()) {
                for (double value : new double[] {result.mean(), result.p5(), result.p50(), result.p95(),
                    result.difference(), result.differenceStandardError()}) {
                    csv.append(',').append(number(value));
                }
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /** The sensitivity ranking as CSV: rank, dimension, labels, swing, lowest and highest level and difference with standard errors, main-effect swing (empty if not computed). */
    public String sensitivityCsv() {
        StringBuilder csv = new StringBuilder("rank,dimension,label_vi,label_en,swing,lowest_level,lowest_difference,"
                + "lowest_se,highest_level,highest_difference,highest_se,main_effect_swing\n");
        for (SensitivityEntry entry : sensitivity()) {
            csv.append(entry.rank()).append(',').append(entry.dimension().id()).append(',')
                    .append(quote(entry.labelVi())).append(',').append(quote(entry.labelEn())).append(',')
                    .append(number(entry.swing())).append(',').append(quote(entry.lowestLevel())).append(',')
                    .append(number(entry.lowestDifference())).append(',').append(number(entry.lowestStandardError()))
                    .append(',').append(quote(entry.highestLevel())).append(',')
                    .append(number(entry.highestDifference())).append(',')
                    .append(number(entry.highestStandardError())).append(',')
                    .append(entry.mainEffectSwing().map(ScenarioComparison::number).orElse("")).append('\n');
        }
        return csv.toString();
    }

    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.4f", value);
        return text.equals("-0.0000") ? "0.0000" : text;
    }

    private static String quote(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ScenarioComparison}. */
    public static final class Builder extends ImmutableScenarioComparison.Builder {
    }
}
