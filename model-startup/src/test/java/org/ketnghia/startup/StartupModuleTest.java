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
import org.ketnghia.testing.Participants;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.startup.catalogue.SectorCatalogue;
import org.ketnghia.startup.guice.StartupModule;
import org.ketnghia.startup.policy.LocalDevelopmentPlan;
import org.ketnghia.startup.policy.StartupPolicy;
import org.ketnghia.startup.project.StartupProjects;
import org.ketnghia.startup.simulation.SectorRates;

/**
 * The model takes its configuration: through its Guice module (installed twice, registered once) and in
 * plain Java the runtime is the same; nothing installs it silently.
 */
class StartupModuleTest {

    private static final StartupConfiguration QUANG_NAM = StartupConfiguration.quangNam2021();

    private static Injector injector(Module... models) {
        Module explicit = binder -> binder.requireExplicitBindings();
        Module[] modules = new Module[models.length + 3];
        modules[0] = explicit;
        modules[1] = new KetnghiaCoreModule(Fixtures.CLOCK);
        modules[2] = KetnghiaCoreModule.administrativeUnits(Participants.units());
        System.arraycopy(models, 0, modules, 3, models.length);
        return Guice.createInjector(Stage.PRODUCTION, modules);
    }

    @Test
    void productionInjectorWithExplicitBindings_loadsTheModelOnce_andItsCommandsWork() {
        Injector injector = injector(new StartupModule(QUANG_NAM), new StartupModule(QUANG_NAM));

        KetnghiaRuntime runtime = injector.getInstance(KetnghiaRuntime.class);
        assertThat(runtime.models()).extracting(PilotModel::id).containsExactly(StartupModel.ID);
        Ledger ledger = injector.getInstance(Ledger.class);
        ledger.submit(new StartupTestKit().openCall("kg-guice", "QNA.TAY-GIANG", Money.ofMillions(100)));
        boolean opened = ledger.read(StartupProjects.class, projects -> projects.call("kg-guice").isPresent());
        assertThat(opened).isTrue();
    }

    @Test
    void guiceAndPlainJava_giveTheSameRuntime() {
        KetnghiaRuntime viaGuice = injector(new StartupModule(QUANG_NAM)).getInstance(KetnghiaRuntime.class);
        KetnghiaRuntime plain = KetnghiaRuntime.builder().addModel(new StartupModel(QUANG_NAM))
                .administrativeUnits(Participants.units()).clock(Fixtures.CLOCK).build();

        assertThat(viaGuice.models()).isEqualTo(plain.models());
        assertThat(viaGuice.model(StartupModel.ID)).isInstanceOfSatisfying(StartupModel.class,
                model -> assertThat(model.configuration()).isEqualTo(QUANG_NAM));
        assertThat(viaGuice.jsonTypes().types()).isEqualTo(plain.jsonTypes().types())
                .containsKeys("startup.submit-application", "startup.application-submitted");
    }

    @Test
    void modulesWithEqualConfigurations_areEqual_andADifferentConfigurationIsAnotherModule() {
        StartupConfiguration readAgain = new StartupConfiguration(SectorCatalogue.read(
                SectorCatalogue.class.getResourceAsStream(SectorCatalogue.QUANG_NAM_2021_RESOURCE), "catalogue.json"),
                StartupPolicy.nationalPractice(), LocalDevelopmentPlan.quangNam2021(), SectorRates.quangNam2021());
        StartupConfiguration noRates = new StartupConfiguration(QUANG_NAM.catalogue(), QUANG_NAM.policy(),
                QUANG_NAM.plan(), java.util.List.of());

        assertThat(readAgain.catalogue()).isNotSameAs(QUANG_NAM.catalogue());
        assertThat(new StartupModule(readAgain)).isEqualTo(new StartupModule(QUANG_NAM))
                .hasSameHashCodeAs(new StartupModule(QUANG_NAM));
        assertThat(new StartupModule(noRates)).isNotEqualTo(new StartupModule(QUANG_NAM));
        assertThat(new StartupModel(readAgain)).isEqualTo(new StartupModel(QUANG_NAM));
    }

    @Test
    void nothingInstallsTheModelSilently_theServiceLoaderDoesNotListIt() {
        assertThat(ServiceLoader.load(PilotModel.class).stream().map(ServiceLoader.Provider::type))
                .doesNotContain(StartupModel.class);
    }

    @Test
    void modelNames_areBilingual() {
        StartupModel model = new StartupModel(QUANG_NAM);
        assertThat(model.name().vi()).isEqualTo("Hỗ trợ khởi nghiệp");
        assertThat(model.name().en()).isEqualTo("Start-up support");
        assertThat(model.eligibilityRules()).hasSize(10);
    }
}
