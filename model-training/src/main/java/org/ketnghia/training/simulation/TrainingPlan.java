package org.ketnghia.training.simulation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.money.Money;
import org.ketnghia.training.catalogue.Topic;

/**
 * The training model's section of a plan file: classes planned per locality with their cost (for
 * the budget estimate), optionally a {@link CoverageScenario} for the simulator, and the topic
 * catalogue the host may configure the model with ({@link org.ketnghia.training.TrainingConfiguration#fromSection}).
 *
 * <pre>{@code
 * {"classes": [{"unitCode": "QNA.TAY-GIANG", "classes": 2, "costPerClass": 30000000}],
 *  "coverage": {…},
 *  "topics": [{"id": "information-technology", "nameVi": "Công nghệ thông tin", …}]}
 * }</pre>
 *
 * @param classes classes planned per locality; may be empty
 * @param coverage the coverage scenario, if any
 * @param topics the programme's topic catalogue, in the catalogue file's form; empty when the
 *     section does not give it (the host then configures the model otherwise)
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record TrainingPlan(List<PlannedClasses> classes, Optional<CoverageScenario> coverage, List<Topic> topics) {

    /** Reads the section; absent parts are empty. */
    @JsonCreator
    public TrainingPlan(@JsonProperty("classes") List<PlannedClasses> classes,
            @JsonProperty("coverage") Optional<CoverageScenario> coverage,
            @JsonProperty("topics") List<Topic> topics) {
        this.classes = classes == null ? List.of() : List.copyOf(classes);
        this.coverage = coverage == null ? Optional.empty() : coverage;
        this.topics = topics == null ? List.of() : List.copyOf(topics);
    }

    /** A plan without topics. */
    public TrainingPlan(List<PlannedClasses> classes, Optional<CoverageScenario> coverage) {
        this(classes, coverage, List.of());
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
