package org.ketnghia.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.core.value.BilingualText;
import org.ketnghia.training.catalogue.OfficialLevel;
import org.ketnghia.training.catalogue.TopicCatalogue;
import org.ketnghia.training.catalogue.TrainingErrorCode;

class TrainingConfigurationTest {

    private static PlanSection section(String json) throws Exception {
        JsonNode content = KetnghiaJson.newObjectMapper().readTree(json);
        return new PlanSection(TrainingModel.ID, "models.training", content);
    }

    private static final String SECTION_WITH_TOPICS = """
            {"classes": [{"unitCode": "QNA.TAY-GIANG", "classes": 2, "costPerClass": 30000000}],
             "topics": [{"id": "digital-village", "nameVi": "Chuyển đổi số thôn", "nameEn": "Digital village",
                         "priority": true, "targetLevels": ["VILLAGE", "COMMUNE"]},
                        {"id": "finance", "nameVi": "Tài chính", "nameEn": "Finance", "targetLevels": ["COMMUNE"]}]}""";

    @Test
    void fromSection_readsTheProgrammesTopics_andTheRestOfTheSectionStaysThePlan() throws Exception {
        TrainingConfiguration configuration = TrainingConfiguration.fromSection(section(SECTION_WITH_TOPICS));

        TopicCatalogue topics = configuration.topics();
        assertThat(topics.all()).extracting(topic -> topic.id()).containsExactly("digital-village", "finance");
        assertThat(topics.topic("digital-village").orElseThrow().name())
                .isEqualTo(BilingualText.of("Chuyển đổi số thôn", "Digital village"));
        assertThat(topics.topic("finance").orElseThrow().targetLevels()).containsExactly(OfficialLevel.COMMUNE);
        assertThat(configuration).isEqualTo(TrainingConfiguration.of(topics)).isNotEqualTo(
                TrainingConfiguration.quangNam2021());
        TrainingModel model = new TrainingModel(configuration);
        assertThat(model.estimateBudget(section(SECTION_WITH_TOPICS), TrainingFixtures.runtime().context())
                .orElseThrow().total()).isEqualTo(Money.ofMillions(60));
    }

    @Test
    void aSectionWithoutTopics_isRefused_sayingWhatToSupply() throws Exception {
        KetnghiaException refusal = catchThrowableOfType(KetnghiaException.class,
                () -> TrainingConfiguration.fromSection(section("{\"classes\": []}")));

        assertThat(refusal.problems()).extracting(Problem::code, Problem::field)
                .containsExactly(tuple(CoreErrorCode.VALUE_REQUIRED, "models.training.topics"));
    }

    @Test
    void badTopics_areRefusedWithEveryProblem_atTheirPlaceInTheFile() throws Exception {
        KetnghiaException refusal = catchThrowableOfType(KetnghiaException.class,
                () -> TrainingConfiguration.fromSection(section("""
                        {"topics": [{"id": "it", "nameVi": "CNTT", "nameEn": "IT", "targetLevels": []},
                                    {"id": "it", "nameVi": " ", "nameEn": "IT", "targetLevels": ["COMMUNE"]}]}""")));

        assertThat(refusal.problems()).extracting(Problem::field).containsExactlyInAnyOrder(
                "models.training.topics[0].targetLevels", "models.training.topics[1].nameVi",
                "models.training.topics[1].id");
        assertThat(refusal.has(TrainingErrorCode.TRAINING_TOPIC_DUPLICATE)).isTrue();
    }

    @Test
    void quangNam2021_isThatPlansCatalogue_namedByTheHost() {
        assertThat(TrainingConfiguration.quangNam2021().topics()).isEqualTo(TopicCatalogue.quangNam2021());
        assertThat(TrainingConfiguration.quangNam2021().topics().size()).isEqualTo(14);
    }
}
