package org.ketnghia.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.value.BilingualText;
import org.ketnghia.training.catalogue.OfficialLevel;
import org.ketnghia.training.catalogue.Topic;
import org.ketnghia.training.catalogue.TopicCatalogue;
import org.ketnghia.training.catalogue.TrainingErrorCode;
import org.junit.jupiter.api.Test;

class TopicCatalogueTest {

    private static TopicCatalogue read(String json) {
        return TopicCatalogue.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void quangNam2021Catalogue_hasThePlansFourteenTopics_withInformationTechnologyAPriority() {
        TopicCatalogue catalogue = TopicCatalogue.quangNam2021();

        assertThat(catalogue.size()).isEqualTo(14);
        Topic it = catalogue.topic("information-technology").orElseThrow();
        assertThat(it.priority()).isTrue();
        assertThat(it.nameVi()).isEqualTo("Công nghệ thông tin");
        assertThat(it.name()).isEqualTo(BilingualText.of("Công nghệ thông tin", "Information technology"));
        assertThat(it.name(Locale.ENGLISH)).isEqualTo("Information technology");
        assertThat(catalogue.topic("investment").orElseThrow().priority()).isFalse();
        assertThat(catalogue.topic("agriculture-forestry").orElseThrow().targetLevels())
                .containsExactlyInAnyOrder(OfficialLevel.COMMUNE, OfficialLevel.VILLAGE);
        assertThat(catalogue.priorityTopicIds()).contains("information-technology", "new-rural-development")
                .doesNotContain("investment", "planning", "finance");
    }

    @Test
    void catalogue_roundTripsThroughJson() {
        TopicCatalogue catalogue = TopicCatalogue.quangNam2021();

        assertThat(read(catalogue.toJson())).isEqualTo(catalogue);
        assertThat(catalogue.toJson()).contains("\"nameVi\":\"Công nghệ thông tin\"", "\"nameEn\":\"Information technology\"")
                .doesNotContain("\"name\":");
    }

    @Test
    void invalidCatalogue_listsEveryProblem() {
        KetnghiaException refusal = catchThrowableOfType(KetnghiaException.class, () -> read("""
                {"topics": [
                  {"id": "it", "nameVi": "CNTT", "nameEn": "IT", "targetLevels": []},
                  {"id": "it", "nameVi": " ", "nameEn": "IT again", "targetLevels": ["COMMUNE"]}
                ]}"""));

        assertThat(refusal.problems()).extracting(problem -> problem.code()).containsExactlyInAnyOrder(
                TrainingErrorCode.TRAINING_TOPIC_NO_LEVEL, TrainingErrorCode.TRAINING_TOPIC_DUPLICATE,
                CoreErrorCode.VALUE_BLANK);
    }

    @Test
    void unreadableCatalogue_isRefusedWithItsCode() {
        KetnghiaException refusal = catchThrowableOfType(KetnghiaException.class,
                () -> read("{\"topics\": [{\"id\": \"x\", \"colour\": \"red\"}]}"));

        assertThat(refusal.code()).isEqualTo(TrainingErrorCode.TRAINING_CATALOGUE_UNREADABLE);
    }

    @Test
    void aHostCatalogue_isUsedByTheModel() {
        TopicCatalogue own = read("""
                {"topics": [{"id": "digital-village", "nameVi": "Chuyển đổi số thôn", "nameEn": "Digital village",
                  "priority": true, "targetLevels": ["VILLAGE"]}]}""");

        TrainingModel model = new TrainingModel(TrainingConfiguration.of(own));

        assertThat(model.catalogue().contains("digital-village")).isTrue();
        assertThat(model.indicators()).extracting(indicator -> indicator.id()).contains("training.coverage.digital-village");
    }
}
