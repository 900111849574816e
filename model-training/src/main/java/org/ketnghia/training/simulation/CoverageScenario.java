package org.ketnghia.training.simulation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;

/**
 * What the coverage simulator plays: the communes with the number of officials to train in each,
 * how many classes each commune holds a year and how many officials a class takes, the chance an
 * official completes a class, the annual turnover of officials (a leaver is replaced by an untrained
 * newcomer), and the coverage target.
 *
 * @param communes the communes and their officials; at least one
 * @param classesPerYear classes each commune holds a year (0–52), spread evenly over the months
 * @param capacity officials per class, at least 1
 * @param completionProbability chance an enrolled official completes (0–1)
 * @param annualTurnover share of officials replaced per year (0–1)
 * @param coverageTarget the share of trained officials each commune aims at (0–1, above 0)
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record CoverageScenario(List<CommuneOfficials> communes, int classesPerYear, int capacity,
        double completionProbability, double annualTurnover, double coverageTarget) {

    /** Copies the list. */
    public CoverageScenario {
        communes = communes == null ? List.of() : List.copyOf(communes);
    }

    /** Every problem of the scenario, fields prefixed with {@code location}. */
    public Problems validate(String location, Problems problems) {
        problems.check(communes.isEmpty(), CoreErrorCode.VALUE_REQUIRED, location + ".communes");
        for (int i = 0; i < communes.size(); i++) {
            CommuneOfficials commune = communes.get(i);
            String field = location + ".communes[" + i + "]";
            problems.check(commune.unitCode() == null || commune.unitCode().isBlank(), CoreErrorCode.VALUE_BLANK,
                    field + ".unitCode");
            problems.check(commune.officials() < 1 || commune.officials() > 10_000, CoreErrorCode.VALUE_OUT_OF_RANGE,
                    field + ".officials", commune.officials(), 1, 10_000);
        }
        problems.check(classesPerYear < 0 || classesPerYear > 52, CoreErrorCode.VALUE_OUT_OF_RANGE,
                location + ".classesPerYear", classesPerYear, 0, 52);
        problems.check(capacity < 1 || capacity > 1_000, CoreErrorCode.VALUE_OUT_OF_RANGE, location + ".capacity",
                capacity, 1, 1_000);
        checkShare(completionProbability, location + ".completionProbability", problems);
        checkShare(annualTurnover, location + ".annualTurnover", problems);
        checkShare(coverageTarget, location + ".coverageTarget", problems);
        problems.check(coverageTarget == 0, CoreErrorCode.VALUE_OUT_OF_RANGE, location + ".coverageTarget",
                coverageTarget, "> 0", 1);
        return problems;
    }

    private static void checkShare(double value, String field, Problems problems) {
        problems.check(!(value >= 0 && value <= 1), CoreErrorCode.VALUE_OUT_OF_RANGE, field, value, 0, 1);
    }

    /**
     * One commune of the scenario.
     *
     * @param unitCode the commune
     * @param officials how many officials it has to train
     * @param ethnicity the main ethnic group of the commune (code, name or alias), if given; in trace
     *     mode most simulated officials are recorded with it, the others as Kinh
     */
    public record CommuneOfficials(String unitCode, int officials, Optional<String> ethnicity) {

        /** Reads a commune; an absent ethnicity is empty. */
        @JsonCreator
        public CommuneOfficials(@JsonProperty("unitCode") String unitCode, @JsonProperty("officials") int officials,
                @JsonProperty("ethnicity") Optional<String> ethnicity) {
            this.unitCode = unitCode;
            this.officials = officials;
            this.ethnicity = ethnicity == null ? Optional.empty() : ethnicity;
        }

        /** A commune without a recorded ethnicity. */
        public CommuneOfficials(String unitCode, int officials) {
            this(unitCode, officials, Optional.empty());
        }
    }
}
