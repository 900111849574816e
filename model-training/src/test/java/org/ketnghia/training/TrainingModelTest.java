package org.ketnghia.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.funding.BudgetEstimate;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.core.value.BilingualText;
import org.ketnghia.training.indicators.TrainingIndicators;
import org.junit.jupiter.api.Test;

class TrainingModelTest {

    private final KetnghiaRuntime runtime = TrainingFixtures.runtime();
    private final TrainingModel model = TrainingFixtures.model();

    private static PlanSection section(String json) throws Exception {
        JsonNode content = KetnghiaJson.newObjectMapper().readTree(json);
        return new PlanSection(TrainingModel.ID, "models.training", content);
    }

    @Test
    void identity_isTheTrainingModel_withItsOneBilingualName() {
        assertThat(model.id()).isEqualTo("training");
        assertThat(model.name()).isEqualTo(BilingualText.of("Bồi dưỡng chuyên môn nghiệp vụ cho cán bộ cơ sở",
                "Training and capacity building for grassroots officials"));
        assertThat(runtime.model("training")).isInstanceOf(TrainingModel.class);
        assertThat(model.indicators()).hasSize(10 + 3 + 14).contains(TrainingIndicators.COVERAGE, TrainingIndicators.OFFICIALS_TRAINED,
                TrainingIndicators.HOUSEHOLD_CLASSES, TrainingIndicators.HOUSEHOLD_PARTICIPANTS);
        assertThat(model.indicatorSources(runtime.context())).extracting(source -> source.definition())
                .isEqualTo(model.indicators());
    }

    @Test
    void budgetEstimate_isClassesTimesCostPerLocality() throws Exception {
        Optional<BudgetEstimate> estimate = model.estimateBudget(section("""
                {"classes": [{"unitCode": "QNA.TAY-GIANG", "classes": 2, "costPerClass": 30000000},
                             {"unitCode": "QNA.TAY-GIANG.A-XAN", "classes": 3, "costPerClass": 12000000}]}"""),
                runtime.context());

        assertThat(estimate).isPresent();
        assertThat(estimate.get().total()).isEqualTo(Money.ofMillions(96));
        assertThat(estimate.get().totalsByUnit()).containsEntry("QNA.TAY-GIANG.A-XAN", Money.ofMillions(36));
    }

    @Test
    void planWithoutClasses_hasNoBudget_andABadPlanListsEveryProblem() throws Exception {
        assertThat(model.estimateBudget(section("{}"), runtime.context())).isEmpty();

        KetnghiaException refusal = catchThrowableOfType(KetnghiaException.class, () -> model.estimateBudget(
                section("{\"classes\": [{\"unitCode\": \"\", \"classes\": -1, \"costPerClass\": -5}]}"), runtime.context()));

        assertThat(refusal.problems()).extracting(problem -> problem.code()).containsExactlyInAnyOrder(
                CoreErrorCode.VALUE_BLANK, CoreErrorCode.VALUE_NEGATIVE, CoreErrorCode.VALUE_NEGATIVE);
        assertThat(refusal.problems().get(0).field()).startsWith("models.training.classes[0]");
    }
}
