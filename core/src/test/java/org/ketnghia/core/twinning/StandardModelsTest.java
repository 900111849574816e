package org.ketnghia.core.twinning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StandardModelsTest {

    @Test
    void thePlansFourModels_haveIdsAndBilingualNames() {
        assertThat(StandardModels.ids()).containsExactly("livestock", "startup", "training", "village");
        assertThat(StandardModels.find("training")).hasValueSatisfying(model -> {
            assertThat(model.nameVi()).isEqualTo("Bồi dưỡng cán bộ cơ sở");
            assertThat(model.nameEn()).isEqualTo("Training of local officials");
        });
        assertThat(StandardModels.ALL).allSatisfy(model -> assertThat(model.nameVi()).isNotBlank().isNotEqualTo(model.nameEn()));
    }

    @Test
    void otherModelIds_areNotStandard() {
        assertThat(StandardModels.isStandard("fish-farming")).isFalse();
        assertThat(StandardModels.find("fish-farming")).isEmpty();
        assertThat(StandardModels.isStandard(StandardModels.VILLAGE)).isTrue();
    }
}
