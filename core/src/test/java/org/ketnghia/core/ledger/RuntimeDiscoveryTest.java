package org.ketnghia.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.runtime.RuntimeErrorCode;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.testing.demo.DemoModel;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.core.value.BilingualText;

class RuntimeDiscoveryTest {

    @Test
    void serviceLoader_findsTheDemoModel() {
        KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).discoverModels(getClass().getClassLoader())
                .addModel(new DemoModel()).clock(Fixtures.CLOCK).build();
        assertThat(runtime.models()).extracting(PilotModel::id).containsExactly("demo");
        assertThat(runtime.model("demo").name().vi()).isEqualTo("Mô hình trình diễn");
    }

    @Test
    void unknownModel_isAClearError() {
        KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).clock(Fixtures.CLOCK).build();
        assertThatThrownBy(() -> runtime.model("livestock")).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.code()).isEqualTo(RuntimeErrorCode.RUNTIME_UNKNOWN_MODEL));
    }

    @Test
    void invalidModelId_isRejectedAtBuild() {
        PilotModel bad = new PilotModel() {
            @Override
            public String id() {
                return "Bad Id";
            }

            @Override
            public BilingualText name() {
                return BilingualText.of("", "Bad");
            }
        };
        assertThatThrownBy(() -> KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(bad).build())
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(RuntimeErrorCode.RUNTIME_MODEL_ID_INVALID));
    }
}
