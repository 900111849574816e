package org.ketnghia.livestock;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.guice.KetnghiaCoreModule;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.core.testing.Fixtures;
import org.ketnghia.livestock.guice.LivestockModule;

/** The Guice module and the service registration. */
class LivestockModuleTest {

    @Test
    void moduleInstalledTwice_registersTheModelOnce_inProductionWithExplicitBindings() {
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                install(new KetnghiaCoreModule(Fixtures.CLOCK));
                install(new LivestockModule());
                install(new LivestockModule());
            }
        });

        KetnghiaRuntime runtime = injector.getInstance(KetnghiaRuntime.class);
        assertThat(runtime.models()).extracting(PilotModel::id).containsExactly(LivestockModel.ID);
        assertThat(runtime.model(LivestockModel.ID).name().vi()).isEqualTo("Chăn nuôi bò, dê sinh sản quay vòng");
    }

    @Test
    void modelIsDiscoverable_throughServiceLoader() {
        assertThat(ServiceLoader.load(PilotModel.class).stream().map(ServiceLoader.Provider::type))
                .contains(LivestockModel.class);
    }
}
