package org.ketnghia.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.guice.KetnghiaCoreModule;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.core.value.BilingualText;
import org.ketnghia.village.criteria.CriteriaSet;
import org.ketnghia.village.criteria.CriteriaSets;
import org.ketnghia.village.guice.VillageModule;
import org.ketnghia.village.scheme.VillageRegistry;

class VillageModuleTest {

    private static final CriteriaSet SAMPLE = CriteriaSets.sample();

    private static Injector injector(com.google.inject.Module... modules) {
        com.google.inject.Module[] all = new com.google.inject.Module[modules.length + 3];
        all[0] = binder -> binder.requireExplicitBindings();
        all[1] = new KetnghiaCoreModule(Fixtures.CLOCK);
        all[2] = KetnghiaCoreModule.administrativeUnits(Fixtures.QUANG_NAM);
        System.arraycopy(modules, 0, all, 3, modules.length);
        return Guice.createInjector(Stage.PRODUCTION, all);
    }

    @Test
    void productionInjectorWithExplicitBindings_andTheModuleInstalledTwice_registersTheModelOnce() {
        Injector injector = injector(new VillageModule(SAMPLE), new VillageModule(CriteriaSets.sample()));

        KetnghiaRuntime runtime = injector.getInstance(KetnghiaRuntime.class);
        assertThat(runtime.models()).extracting(PilotModel::id).containsExactly(VillageModel.ID);
        Ledger ledger = injector.getInstance(Ledger.class);
        ledger.submit(VillageTestKit.adopt(SAMPLE));
        assertThat(ledger.read(VillageRegistry.class, VillageRegistry::criteriaSets)).hasSize(1);
    }

    @Test
    void guiceAndPlainJava_giveTheSameRuntime_sameModelAndSameJsonTypes() {
        KetnghiaRuntime guice = injector(new VillageModule(SAMPLE)).getInstance(KetnghiaRuntime.class);
        KetnghiaRuntime plain = KetnghiaRuntime.builder().addModel(new VillageModel(SAMPLE))
                .administrativeUnits(Fixtures.QUANG_NAM).clock(Fixtures.CLOCK).build();

        assertThat(guice.models()).containsExactlyElementsOf(plain.models());
        assertThat(guice.model(VillageModel.ID)).isEqualTo(new VillageModel(SAMPLE));
        assertThat(guice.jsonTypes().types()).isEqualTo(plain.jsonTypes().types())
                .containsKeys("village.recognition-step-recorded", "village.record-recognition-step");
        assertThat(((VillageModel) guice.model(VillageModel.ID)).criteriaSet()).isEqualTo(SAMPLE);
    }

    @Test
    void modulesAreEqualByTheirCriteriaSet() {
        CriteriaSet other = CriteriaSetLoadingTest.resource("other-criteria-set.json");

        assertThat(new VillageModule(SAMPLE)).isEqualTo(new VillageModule(CriteriaSets.sample()))
                .hasSameHashCodeAs(new VillageModule(CriteriaSets.sample()))
                .isNotEqualTo(new VillageModule(other));
        assertThat(new VillageModel(other)).isNotEqualTo(new VillageModel(SAMPLE));
    }

    @Test
    void anInvalidCriteriaSet_isRefusedWhenTheModelIsConfigured_listingEveryProblem() {
        CriteriaSet broken = CriteriaSet.builder().from(SAMPLE).id(" ").zones(java.util.List.of()).build();

        assertThatThrownBy(() -> new VillageModule(broken)).isInstanceOfSatisfying(KetnghiaException.class, e -> {
            assertThat(e.has(VillageErrorCode.VILLAGE_SET_NOT_LABELLED)).isTrue();
            assertThat(e.has(VillageErrorCode.VILLAGE_SET_ZONES_INVALID)).isTrue();
        });
        assertThatThrownBy(() -> new VillageModel(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("criteriaSet");
    }

    @Test
    void modelIsNotRegisteredForServiceLoader_becauseItNeedsTheProvincesCriteriaSet() {
        assertThat(ServiceLoader.load(PilotModel.class).stream().map(ServiceLoader.Provider::type))
                .doesNotContain(VillageModel.class);
    }

    @Test
    void modelNamesItselfInBothLanguages_andOffersItsIndicatorsAndSimulator() {
        VillageModel model = new VillageModel(SAMPLE);

        assertThat(model.name()).isEqualTo(BilingualText.of("Xây dựng thôn nông thôn mới kiểu mẫu",
                "Model new-rural village"));
        assertThat(model.indicators()).isNotEmpty();
        assertThat(model.simulator()).isPresent();
        assertThat(model.criteriaSet()).isSameAs(SAMPLE);
    }
}
