package org.ketnghia.training.guice;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;
import org.ketnghia.core.guice.KetnghiaCoreModule;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.participant.PersonRole;
import org.ketnghia.core.participant.RegisterPerson;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.core.testing.Fixtures;
import org.ketnghia.training.TrainingModel;
import org.ketnghia.training.course.OfficialRoster;
import org.junit.jupiter.api.Test;

class TrainingModuleTest {

    private static Injector injector(Module... modules) {
        List<Module> all = new java.util.ArrayList<>();
        all.add(binder -> binder.requireExplicitBindings());
        all.add(new KetnghiaCoreModule(Fixtures.CLOCK));
        all.add(KetnghiaCoreModule.administrativeUnits(Fixtures.QUANG_NAM));
        all.addAll(List.of(modules));
        return Guice.createInjector(Stage.PRODUCTION, all);
    }

    @Test
    void productionInjector_installedTwice_registersTheModelOnce_andRecords() {
        Injector injector = injector(new TrainingModule(), new TrainingModule());

        KetnghiaRuntime runtime = injector.getInstance(KetnghiaRuntime.class);
        assertThat(runtime.models()).extracting(PilotModel::id).containsExactly(TrainingModel.ID);
        Ledger ledger = injector.getInstance(Ledger.class);
        ledger.submit(RegisterPerson.builder().actor(Fixtures.PROVINCE).unitCode("DNG.AVUONG")
                .occurredOn(LocalDate.of(2026, 2, 1)).personId("AV-1").fullName("Bling Thị Nhung").sex(Sex.FEMALE)
                .birthYear(1990).addRoles(PersonRole.OFFICIAL).position("Công chức Tư pháp - Hộ tịch")
                .workUnitCode("DNG.AVUONG").build());
        Boolean official = ledger.read(OfficialRoster.class, roster -> roster.isOfficial("AV-1"));
        assertThat(official).isTrue();
    }

    @Test
    void theModelIsDiscoverableThroughServiceLoader() {
        assertThat(ServiceLoader.load(PilotModel.class).stream().map(ServiceLoader.Provider::type).toList())
                .contains(TrainingModel.class);
    }

    @Test
    void modulesAreEqualByClass() {
        assertThat(new TrainingModule()).isEqualTo(new TrainingModule()).hasSameHashCodeAs(new TrainingModule());
    }
}
