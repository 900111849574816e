package org.ketnghia.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.testing.demo.DemoModel;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.core.value.BilingualText;

/** Building a runtime checks what plugins declare, and says every problem at once. */
class RuntimeDeclarationsTest {

    @JsonTypeName("careless.thing-happened")
    interface ThingHappened extends LedgerEvent {
    }

    interface Unnamed extends LedgerEvent {
    }

    @JsonTypeName("other-model.thing-noted")
    interface ForeignPrefix extends LedgerEvent {
    }

    @JsonTypeName("careless.do-thing")
    record DoThing(Actor actor, String unitCode, LocalDate occurredOn) implements Command {
    }

    /** Declares a command nobody handles, an event without an id and an event under another model's prefix. */
    static final class CarelessModel implements PilotModel {
        @Override
        public String id() {
            return "careless";
        }

        @Override
        public BilingualText name() {
            return BilingualText.of("Mô hình cẩu thả", "Careless model");
        }

        @Override
        public List<Class<? extends LedgerEvent>> eventTypes() {
            return List.of(ThingHappened.class, Unnamed.class, ForeignPrefix.class);
        }

        @Override
        public List<Class<?>> otherJsonTypes() {
            return List.of(DoThing.class);
        }
    }

    @Test
    void everyDeclarationProblem_isListedTogether() {
        KetnghiaException error = catchThrowableOfType(() -> KetnghiaRuntime.builder()
                .administrativeUnits(Fixtures.QUANG_NAM).addModel(new CarelessModel()).build(), KetnghiaException.class);

        assertThat(error.problems()).extracting(Problem::code).containsExactlyInAnyOrder(
                RuntimeErrorCode.RUNTIME_COMMAND_WITHOUT_HANDLER, RuntimeErrorCode.RUNTIME_TYPE_ID_MISSING,
                RuntimeErrorCode.RUNTIME_TYPE_ID_NOT_PREFIXED);
        assertThat(error.messageEn()).contains(DoThing.class.getName(), Unnamed.class.getName(),
                "\"other-model.thing-noted\"", "must start with \"careless.\"");
    }

    @Test
    void wellDeclaredModel_getsItsCommandTypesFromItsHandlers() {
        KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM)
                .addModel(new DemoModel()).build();

        assertThat(runtime.jsonTypes().typeOf("demo.record-item")).isPresent();
        assertThat(runtime.jsonTypes().typeOf("demo.item-recorded")).isPresent();
    }

    @Test
    void runtimeWithoutAdministrativeUnits_failsSayingWhatToSupply() {
        KetnghiaException error = catchThrowableOfType(() -> KetnghiaRuntime.builder().addModel(new DemoModel()).build(),
                KetnghiaException.class);

        assertThat(error.code()).isEqualTo(RuntimeErrorCode.RUNTIME_NO_ADMINISTRATIVE_UNITS);
        assertThat(error.problems().get(0).field()).isEqualTo("administrativeUnits");
        assertThat(error.messageVi()).contains("đơn vị hành chính", "quangNamReference()");
    }

    /** A model configured by a value: records are equal by their components. */
    record ConfiguredModel(String region) implements PilotModel {
        @Override
        public String id() {
            return "configured";
        }

        @Override
        public BilingualText name() {
            return BilingualText.of("Mô hình có cấu hình", "Configured model");
        }
    }

    @Test
    void theSameModelInstalledTwice_isInstalledOnce_butTwoConfigurationsOfOneModelAreRefused() {
        KetnghiaRuntime once = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM)
                .addModel(new ConfiguredModel("QNA")).addModel(new ConfiguredModel("QNA")).build();
        assertThat(once.models()).containsExactly(new ConfiguredModel("QNA"));

        KetnghiaException error = catchThrowableOfType(() -> KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM)
                .addModel(new ConfiguredModel("QNA")).addModel(new ConfiguredModel("DNG")).build(), KetnghiaException.class);
        assertThat(error.code()).isEqualTo(RuntimeErrorCode.RUNTIME_MODEL_ID_DUPLICATE);
        assertThat(error.messageEn()).contains("\"configured\"", "region=QNA", "region=DNG");
    }
}
