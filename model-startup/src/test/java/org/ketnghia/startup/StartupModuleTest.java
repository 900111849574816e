package org.ketnghia.startup;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.guice.KetnghiaCoreModule;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.core.testing.Fixtures;
import org.ketnghia.startup.guice.StartupModule;
import org.ketnghia.startup.project.StartupProjects;

/** The model arrives through its Guice module (installed twice, registered once) and through ServiceLoader. */
class StartupModuleTest {

    @Test
    void productionInjectorWithExplicitBindings_loadsTheModelOnce_andItsCommandsWork() {
        Module explicit = binder -> binder.requireExplicitBindings();
        Injector injector = Guice.createInjector(Stage.PRODUCTION, explicit, new KetnghiaCoreModule(Fixtures.CLOCK),
                new StartupModule(), new StartupModule());

        KetnghiaRuntime runtime = injector.getInstance(KetnghiaRuntime.class);
        assertThat(runtime.models()).extracting(PilotModel::id).containsExactly(StartupModel.ID);
        Ledger ledger = injector.getInstance(Ledger.class);
        ledger.submit(new StartupTestKit().openCall("kg-guice", "QNA.TAY-GIANG", Money.ofMillions(100)));
        boolean opened = ledger.read(StartupProjects.class, projects -> projects.call("kg-guice").isPresent());
        assertThat(opened).isTrue();
    }

    @Test
    void serviceLoader_findsTheModel() {
        assertThat(ServiceLoader.load(PilotModel.class).stream().map(ServiceLoader.Provider::type))
                .contains(StartupModel.class);
    }

    @Test
    void modelNames_areBilingual() {
        StartupModel model = new StartupModel();
        assertThat(model.nameVi()).isEqualTo("Hỗ trợ khởi nghiệp");
        assertThat(model.nameEn()).isEqualTo("Start-up support");
        assertThat(model.eligibilityRules()).hasSize(10);
    }
}
