package org.ketnghia.livestock.scenarios;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.livestock.simulation.SimulationIndicators;

/**
 * An indicator compared across scenarios (<i>chỉ tiêu so sánh</i>): a simulator indicator ({@link
 * SimulationIndicators}, a total or a district's {@code …/<districtCode>}) at the end of one
 * programme year, with a short key and labels. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScenarioIndicator.class)
@JsonDeserialize(as = ImmutableScenarioIndicator.class)
public abstract class ScenarioIndicator {

    private static final String PREFIX = "livestock.sim.";

    /** A short unique key, e.g. {@code "households-reached@5"}. */
    public abstract String key();

    /** The simulator's indicator id, e.g. {@link SimulationIndicators#HOUSEHOLDS}. */
    public abstract String indicatorId();

    /** The programme year whose end value is compared (1-based). */
    public abstract int year();

    /** The label in Vietnamese. */
    public abstract String labelVi();

    /** The label in English. */
    public abstract String labelEn();

    /** {@code indicatorId} at the end of {@code year}, keyed by the id without its {@code livestock.sim.} prefix and {@code @year}. */
    public static ScenarioIndicator of(String indicatorId, int year, String labelVi, String labelEn) {
        requireNonNull(indicatorId, "indicatorId");
        String shortId = indicatorId.startsWith(PREFIX) ? indicatorId.substring(PREFIX.length()) : indicatorId;
        return builder().key(shortId + "@" + year).indicatorId(indicatorId).year(year).labelVi(labelVi)
                .labelEn(labelEn).build();
    }

    /** Households reached (cumulative) at the end of {@code year}. */
    public static ScenarioIndicator householdsReached(int year) {
        return of(SimulationIndicators.HOUSEHOLDS, year, "Số hộ được hưởng lợi đến hết năm " + year,
                "Households reached by the end of year " + year);
    }

    /**
     * The indicators a planner compares, for a run of {@code years}: households reached at year 5 (or
     * the last year if shorter) — the first, which ranks the sensitivity — and at the horizon; at the
     * horizon the herd value (đồng), the pass-ons overdue and the pass-ons done.
     */
    public static List<ScenarioIndicator> defaults(int years) {
        List<ScenarioIndicator> list = new ArrayList<>();
        list.add(householdsReached(Math.min(5, years)));
        if (years > 5) {
            list.add(householdsReached(years));
        }
        list.add(of(SimulationIndicators.HERD_VALUE_ID, years, "Giá trị đàn cuối năm " + years + " (đồng)",
                "Herd value at the end of year " + years + " (đồng)"));
        list.add(of(SimulationIndicators.PASS_ONS_OVERDUE_ID, years, "Nghĩa vụ quay vòng quá hạn cuối năm " + years + " (hộ)",
                "Pass-ons overdue at the end of year " + years + " (households)"));
        list.add(of(SimulationIndicators.PASS_ONS_DONE_ID, years, "Hộ đã quay vòng đến hết năm " + years,
                "Pass-ons done by the end of year " + years + " (households)"));
        return List.copyOf(list);
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ScenarioIndicator}. */
    public static final class Builder extends ImmutableScenarioIndicator.Builder {
    }
}
