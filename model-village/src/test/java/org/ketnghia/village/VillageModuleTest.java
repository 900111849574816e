package org.ketnghia.village;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.guice.KetnghiaCoreModule;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.core.testing.Fixtures;
import org.ketnghia.village.criteria.CriteriaSets;
import org.ketnghia.village.guice.VillageModule;
import org.ketnghia.village.scheme.VillageRegistry;

class VillageModuleTest {

    @Test
    void productionInjectorWithExplicitBindings_andTheModuleInstalledTwice_registersTheModelOnce() {
        Injector injector = Guice.createInjector(Stage.PRODUCTION, binder -> binder.requireExplicitBindings(),
                new KetnghiaCoreModule(Fixtures.CLOCK), new VillageModule(), new VillageModule());

        KetnghiaRuntime runtime = injector.getInstance(KetnghiaRuntime.class);
        assertThat(runtime.models()).extracting(PilotModel::id).containsExactly(VillageModel.ID);
        Ledger ledger = injector.getInstance(Ledger.class);
        ledger.submit(VillageTestKit.adopt(CriteriaSets.sample()));
        assertThat(ledger.read(VillageRegistry.class, VillageRegistry::criteriaSets)).hasSize(1);
    }

    @Test
    void modelIsDiscoverableThroughServiceLoader_withBilingualNames() {
        assertThat(ServiceLoader.load(PilotModel.class).stream().map(ServiceLoader.Provider::get)
                .filter(model -> model.id().equals(VillageModel.ID)).findFirst()).hasValueSatisfying(model -> {
                    assertThat(model.nameVi()).isEqualTo("Xây dựng thôn nông thôn mới kiểu mẫu");
                    assertThat(model.nameEn()).isEqualTo("Model new-rural village");
                    assertThat(model.indicators()).isNotEmpty();
                    assertThat(model.simulator()).isPresent();
                });
    }
}
