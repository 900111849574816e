package org.ketnghia.core.twinning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StandardModelsTest {

    @Test
    void thePlansFourModels_areNamedByIdOnly() {
        assertThat(StandardModels.ids()).containsExactly("livestock", "startup", "training", "village");
    }

    @Test
    void otherModelIds_areNotStandard() {
        assertThat(StandardModels.isStandard("fish-farming")).isFalse();
        assertThat(StandardModels.isStandard(StandardModels.VILLAGE)).isTrue();
    }
}
