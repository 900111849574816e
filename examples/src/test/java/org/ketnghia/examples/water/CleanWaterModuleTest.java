package org.ketnghia.examples.water;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import org.ketnghia.core.guice.KetnghiaCoreModule;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.examples.water.guice.CleanWaterModule;
import org.junit.jupiter.api.Test;

/** The clean-water model arrives in a host through its own Guice module, once even if installed twice. */
class CleanWaterModuleTest {

    @Test
    void moduleInstalledTwice_registersTheModelOnce_inProductionWithExplicitBindings() {
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                install(new KetnghiaCoreModule(Fixtures.CLOCK));
                install(KetnghiaCoreModule.administrativeUnits(Fixtures.QUANG_NAM));
                install(new CleanWaterModule());
                install(new CleanWaterModule());
            }
        });

        assertThat(injector.getInstance(KetnghiaRuntime.class).models()).extracting(PilotModel::id)
                .containsExactly(CleanWaterModel.ID);
    }
}
