package org.ketnghia.livestock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.guice.KetnghiaCoreModule;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.livestock.guice.LivestockModule;
import org.ketnghia.livestock.programme.DistrictPlan;
import org.ketnghia.livestock.programme.LivestockProgramme;

/** The Guice module takes the programme; plain Java and Guice give the same runtime. */
class LivestockModuleTest {

    private static final LivestockProgramme QUANG_NAM = LivestockProgramme.quangNam2021();
    /** Quảng Nam's plan with Tây Giang only: another configuration. */
    private static final LivestockProgramme TAY_GIANG = LivestockProgramme.builder().from(QUANG_NAM)
            .districts(List.of(QUANG_NAM.district("QNA.TAY-GIANG").orElseThrow())).build();

    private static Injector injector(Module... models) {
        return Guice.createInjector(Stage.PRODUCTION, new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                install(new KetnghiaCoreModule(Fixtures.CLOCK));
                install(KetnghiaCoreModule.administrativeUnits(Fixtures.QUANG_NAM));
                for (Module model : models) {
                    install(model);
                }
            }
        });
    }

    @Test
    void moduleInstalledTwice_registersTheModelOnce_inProductionWithExplicitBindings() {
        KetnghiaRuntime runtime = injector(new LivestockModule(QUANG_NAM), new LivestockModule(QUANG_NAM))
                .getInstance(KetnghiaRuntime.class);

        assertThat(runtime.models()).extracting(PilotModel::id).containsExactly(LivestockModel.ID);
        assertThat(runtime.model(LivestockModel.ID).name().vi()).isEqualTo("Chăn nuôi bò, dê sinh sản quay vòng");
    }

    @Test
    void theModuleConfiguresTheModelWithItsProgramme() {
        KetnghiaRuntime runtime = injector(new LivestockModule(TAY_GIANG)).getInstance(KetnghiaRuntime.class);

        LivestockModel model = (LivestockModel) runtime.model(LivestockModel.ID);
        assertThat(model.programme()).isEqualTo(TAY_GIANG);
        assertThat(model.programme().districts()).extracting(DistrictPlan::districtCode)
                .containsExactly("QNA.TAY-GIANG");
    }

    @Test
    void modulesAreEqualByProgramme() {
        assertThat(new LivestockModule(QUANG_NAM)).isEqualTo(new LivestockModule(LivestockProgramme.quangNam2021()))
                .hasSameHashCodeAs(new LivestockModule(QUANG_NAM)).isNotEqualTo(new LivestockModule(TAY_GIANG));
        assertThat(new LivestockModel(QUANG_NAM)).isEqualTo(new LivestockModel(QUANG_NAM))
                .isNotEqualTo(new LivestockModel(TAY_GIANG));
    }

    @Test
    void plainJavaAndGuice_giveTheSameRuntime() {
        KetnghiaRuntime plain = KetnghiaRuntime.builder().addModel(new LivestockModel(QUANG_NAM))
                .administrativeUnits(Fixtures.QUANG_NAM).clock(Fixtures.CLOCK).build();
        KetnghiaRuntime guice = injector(new LivestockModule(QUANG_NAM)).getInstance(KetnghiaRuntime.class);

        assertThat(guice.models()).isEqualTo(plain.models());
        assertThat(guice.jsonTypes().types()).isEqualTo(plain.jsonTypes().types());
        assertThat(guice.jsonTypes().types()).containsKeys("livestock.animals-handed-over",
                "livestock.replace-dead-animal", "livestock.animal-replaced");
        assertThat(guice.features()).extracting(Object::getClass).isEqualTo(plain.features().stream()
                .map(Object::getClass).toList());
    }

    @Test
    void theProgrammeIsRequired() {
        assertThatThrownBy(() -> new LivestockModule(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("programme");
        assertThatThrownBy(() -> new LivestockModel(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("programme");
    }

    @Test
    void theModelIsNotRegisteredAsAService_forItHasNoDefaultProgramme() {
        assertThat(ServiceLoader.load(PilotModel.class).stream().map(ServiceLoader.Provider::type))
                .doesNotContain(LivestockModel.class);
    }
}
