package org.ketnghia.training.guice;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.guice.KetnghiaCoreModule;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.participant.PersonRole;
import org.ketnghia.core.participant.RegisterPerson;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.training.TrainingConfiguration;
import org.ketnghia.training.TrainingModel;
import org.ketnghia.training.catalogue.TopicCatalogue;
import org.ketnghia.training.course.OfficialRoster;

class TrainingModuleTest {

    private static final TrainingConfiguration QUANG_NAM_2021 = TrainingConfiguration.quangNam2021();

    private static Injector injector(Module... modules) {
        List<Module> all = new ArrayList<>();
        all.add(binder -> binder.requireExplicitBindings());
        all.add(new KetnghiaCoreModule(Fixtures.CLOCK));
        all.add(KetnghiaCoreModule.administrativeUnits(Fixtures.QUANG_NAM));
        all.addAll(List.of(modules));
        return Guice.createInjector(Stage.PRODUCTION, all);
    }

    private static TrainingConfiguration oneTopic() {
        return TrainingConfiguration.of(TopicCatalogue.fromJson(new ByteArrayInputStream("""
                {"topics": [{"id": "digital-village", "nameVi": "Chuyển đổi số thôn", "nameEn": "Digital village",
                  "priority": true, "targetLevels": ["VILLAGE"]}]}""".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void productionInjector_installedTwiceWithEqualConfigurations_registersTheModelOnce_andRecords() {
        Injector injector = injector(new TrainingModule(QUANG_NAM_2021),
                new TrainingModule(TrainingConfiguration.of(TopicCatalogue.quangNam2021())));

        KetnghiaRuntime runtime = injector.getInstance(KetnghiaRuntime.class);
        assertThat(runtime.models()).containsExactly(new TrainingModel(QUANG_NAM_2021));
        Ledger ledger = injector.getInstance(Ledger.class);
        ledger.submit(RegisterPerson.builder().actor(Fixtures.PROVINCE).unitCode("DNG.AVUONG")
                .occurredOn(LocalDate.of(2026, 2, 1)).personId("AV-1").fullName("Bling Thị Nhung").sex(Sex.FEMALE)
                .birthYear(1990).addRoles(PersonRole.OFFICIAL).position("Công chức Tư pháp - Hộ tịch")
                .workUnitCode("DNG.AVUONG").build());
        Boolean official = ledger.read(OfficialRoster.class, roster -> roster.isOfficial("AV-1"));
        assertThat(official).isTrue();
    }

    @Test
    void theInjectedModel_isConfiguredWithTheModulesConfiguration() {
        KetnghiaRuntime runtime = injector(new TrainingModule(oneTopic())).getInstance(KetnghiaRuntime.class);

        TrainingModel model = (TrainingModel) runtime.model(TrainingModel.ID);
        assertThat(model.catalogue().contains("digital-village")).isTrue();
        assertThat(model.catalogue().size()).isEqualTo(1);
    }

    @Test
    void guiceAndPlainJava_buildTheSameRuntime() {
        KetnghiaRuntime guice = injector(new TrainingModule(QUANG_NAM_2021)).getInstance(KetnghiaRuntime.class);
        KetnghiaRuntime plain = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).clock(Fixtures.CLOCK)
                .addModel(new TrainingModel(QUANG_NAM_2021)).build();

        assertThat(guice.models()).isEqualTo(plain.models());
        assertThat(guice.jsonTypes().types()).isEqualTo(plain.jsonTypes().types())
                .containsKeys("training.open-class", "training.class-opened", "training.open-household-class",
                        "training.reschedule-household-class", "training.household-class-rescheduled",
                        "training.cancel-household-class", "training.household-class-cancelled");
        assertThat(guice.model(TrainingModel.ID).indicators()).isEqualTo(plain.model(TrainingModel.ID).indicators());
    }

    @Test
    void modulesAreEqualByConfiguration() {
        assertThat(new TrainingModule(QUANG_NAM_2021)).isEqualTo(new TrainingModule(TrainingConfiguration.quangNam2021()))
                .hasSameHashCodeAs(new TrainingModule(TrainingConfiguration.quangNam2021()))
                .isNotEqualTo(new TrainingModule(oneTopic()));
    }

    @Test
    void theModelHasNoProvinceDefault_soServiceLoaderDoesNotOfferIt() {
        assertThat(ServiceLoader.load(PilotModel.class).stream().map(ServiceLoader.Provider::type).toList())
                .doesNotContain(TrainingModel.class);
    }
}
