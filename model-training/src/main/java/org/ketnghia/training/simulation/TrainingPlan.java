package org.ketnghia.training.simulation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.money.Money;

/**
 * The training model's section of a plan file: classes planned per locality with their cost (for
 * the budget estimate) and, optionally, a {@link CoverageScenario} for the simulator.
 *
 * <pre>{@code
 * {"classes": [{"unitCode": "QNA.TAY-GIANG", "classes": 2, "costPerClass": 30000000}],
 *  "coverage": {…}}
 * }</pre>
 *
 * @param classes classes planned per locality; may be empty
 * @param coverage the coverage scenario, if any
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record TrainingPlan(List<PlannedClasses> classes, Optional<CoverageScenario> coverage) {

    /** Reads the section; absent parts are empty. */
    @JsonCreator
    public TrainingPlan(@JsonProperty("classes") List<PlannedClasses> classes,
            @JsonProperty("coverage") Optional<CoverageScenario> coverage) {
        this.classes = classes == null ? List.of() : List.copyOf(classes);
        this.coverage = coverage == null ? Optional.empty() : coverage;
    }

    /** Every problem of the plan, fields prefixed with {@code location}. */
    public Problems validate(String location, Problems problems) {
        for (int i = 0; i < classes.size(); i++) {
            PlannedClasses line = classes.get(i);
            String field = location + ".classes[" + i + "]";
            problems.check(line.unitCode() == null || line.unitCode().isBlank(), CoreErrorCode.VALUE_BLANK,
                    field + ".unitCode");
            problems.check(line.classes() < 0, CoreErrorCode.VALUE_NEGATIVE, field + ".classes", line.classes());
            problems.check(line.costPerClass() == null || line.costPerClass().isNegative(), CoreErrorCode.VALUE_NEGATIVE,
                    field + ".costPerClass", line.costPerClass());
        }
        coverage.ifPresent(scenario -> scenario.validate(location + ".coverage", problems));
        return problems;
    }

    /**
     * Classes planned for one locality.
     *
     * @param unitCode the locality (province, district or commune)
     * @param classes how many classes
     * @param costPerClass the cost of one class
     */
    public record PlannedClasses(String unitCode, int classes, Money costPerClass) {
    }
}
