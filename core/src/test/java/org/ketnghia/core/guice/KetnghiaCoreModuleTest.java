package org.ketnghia.core.guice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import com.google.inject.Stage;
import com.google.inject.multibindings.OptionalBinder;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.ledger.LedgerErrorCode;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.core.runtime.RuntimeErrorCode;
import org.ketnghia.testing.demo.DemoItems;
import org.ketnghia.testing.demo.DemoModel;
import org.ketnghia.testing.demo.DemoModule;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.demo.ItemRecorded;
import org.ketnghia.core.value.BilingualText;

class KetnghiaCoreModuleTest {

    private static Injector injector(Module... modules) {
        List<Module> all = new java.util.ArrayList<>();
        all.add(binder -> binder.requireExplicitBindings());
        all.add(new KetnghiaCoreModule(Fixtures.CLOCK));
        all.add(KetnghiaCoreModule.administrativeUnits(Fixtures.QUANG_NAM));
        all.addAll(List.of(modules));
        return Guice.createInjector(Stage.PRODUCTION, all);
    }

    @Test
    void productionInjector_withExplicitBindings_loadsThePlugin() {
        Injector injector = injector(new DemoModule());

        KetnghiaRuntime runtime = injector.getInstance(KetnghiaRuntime.class);
        assertThat(runtime.models()).extracting(PilotModel::id).containsExactly("demo");
        Ledger ledger = injector.getInstance(Ledger.class);
        assertThat(ledger).isSameAs(runtime.ledger());
        ledger.submit(Fixtures.recordItem(Fixtures.PROVINCE, "DNG.AVUONG", LocalDate.of(2026, 2, 1), "de-01", 5));
        assertThat(ledger.read(DemoItems.class, DemoItems::quantities)).containsEntry("de-01", 5);
        assertThat(injector.getInstance(ObjectMapper.class).getSubtypeResolver()).isNotNull();
    }

    @Test
    void installingAPluginTwice_registersItOnce() {
        Injector injector = injector(new DemoModule(), new DemoModule());
        assertThat(injector.getInstance(KetnghiaRuntime.class).models()).hasSize(1);
    }

    @Test
    void hostMayBindASnapshotStore_andTheLedgerOpensFromIt() {
        InMemoryEventStore events = new InMemoryEventStore();
        org.ketnghia.core.ledger.InMemorySnapshotStore snapshots = new org.ketnghia.core.ledger.InMemorySnapshotStore();
        Module stores = new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), EventStore.class).setBinding().toInstance(events);
                OptionalBinder.newOptionalBinder(binder(), org.ketnghia.core.ledger.SnapshotStore.class).setBinding()
                        .toInstance(snapshots);
            }
        };
        Ledger first = injector(new DemoModule(), stores).getInstance(Ledger.class);
        first.submit(Fixtures.recordItem(Fixtures.PROVINCE, "DNG.AVUONG", LocalDate.of(2026, 2, 1), "de-01", 5));
        first.saveSnapshot();

        Ledger reopened = injector(new DemoModule(), stores).getInstance(Ledger.class);
        assertThat(reopened.openedFrom().snapshotSequence()).contains(1L);
        assertThat(injector(new DemoModule()).getInstance(Ledger.class).openedFrom().replayed())
                .extracting(org.ketnghia.core.ledger.LedgerOpening.Replayed::reason)
                .containsOnly(org.ketnghia.core.ledger.LedgerOpening.Reason.NO_SNAPSHOT_STORE);
    }

    @Test
    void hostMayReplaceTheEventStore() {
        InMemoryEventStore own = new InMemoryEventStore();
        Injector injector = injector(new DemoModule(), new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), EventStore.class).setBinding().toInstance(own);
            }
        });
        injector.getInstance(Ledger.class)
                .submit(Fixtures.recordItem(Fixtures.PROVINCE, "DNG.AVUONG", LocalDate.of(2026, 2, 1), "de-01", 5));
        assertThat(own.size()).isEqualTo(1);
    }

    @Test
    void hostMayConfigureFourEyes_andACommandUnderTheRuleWaitsForASecondPerson() {
        Injector injector = injector(new DemoModule(), new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), org.ketnghia.core.approval.ApprovalPolicy.class).setBinding()
                        .toInstance(org.ketnghia.core.approval.ApprovalPolicy.of(
                                org.ketnghia.core.approval.ApprovalRule.always(org.ketnghia.testing.demo.RecordItem.class)));
            }
        });
        Ledger ledger = injector.getInstance(Ledger.class);
        ledger.submit(Fixtures.recordItem(Fixtures.PROVINCE, "DNG.AVUONG", LocalDate.of(2026, 2, 1), "de-01", 5));
        assertThat(ledger.read(DemoItems.class, DemoItems::quantities)).doesNotContainKey("de-01");
        List<org.ketnghia.core.approval.ApprovalRequest> pending = ledger.read(org.ketnghia.core.approval.ApprovalRegister.class,
                register -> register.pending(LocalDate.of(2026, 2, 1)));
        assertThat(pending).hasSize(1);

        Ledger withoutPolicy = injector(new DemoModule()).getInstance(Ledger.class); // the default: no four eyes
        withoutPolicy.submit(Fixtures.recordItem(Fixtures.PROVINCE, "DNG.AVUONG", LocalDate.of(2026, 2, 1), "de-01", 5));
        assertThat(withoutPolicy.read(DemoItems.class, DemoItems::quantities)).containsEntry("de-01", 5);
    }

    @JsonTypeName(ItemRecorded.TYPE)
    interface Clash extends LedgerEvent {
    }

    /** A careless plugin that reuses the demo model's type id. */
    public static final class ClashingModel implements PilotModel {
        @Override
        public String id() {
            return "clash";
        }

        @Override
        public BilingualText name() {
            return BilingualText.of("Trùng mã", "Clash");
        }

        @Override
        public List<Class<? extends LedgerEvent>> eventTypes() {
            return List.of(Clash.class);
        }
    }

    @Test
    void duplicateTypeId_failsAtStartUpWithAClearMessage() {
        Module clashing = binder -> PilotModelBinder.of(binder).addModel(ClashingModel.class);
        assertThatThrownBy(() -> injector(new DemoModule(), clashing))
                .isInstanceOfAny(CreationException.class, ProvisionException.class)
                .hasMessageContaining("demo.item-recorded")
                .rootCause().isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.problems()).extracting(Problem::code).containsExactlyInAnyOrder(
                                RuntimeErrorCode.RUNTIME_TYPE_ID_NOT_PREFIXED, LedgerErrorCode.LEDGER_TYPE_ID_DUPLICATE));
    }

    @Test
    void injectorWithoutAdministrativeUnits_failsAtStartUp_sayingWhatToSupply() {
        assertThatThrownBy(() -> Guice.createInjector(Stage.PRODUCTION, new KetnghiaCoreModule(Fixtures.CLOCK),
                new DemoModule()))
                .isInstanceOfAny(CreationException.class, ProvisionException.class)
                .hasMessageContaining("administrativeUnits")
                .rootCause().isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(RuntimeErrorCode.RUNTIME_NO_ADMINISTRATIVE_UNITS);
                    assertThat(e.messageEn()).contains("AdministrativeRegistry", "quangNamReference()");
                });
    }

    @Test
    void configuredModelInstance_isInstalledAsGiven_andOnceWhenAddedTwice() {
        DemoModel configured = new DemoModel();
        Module module = binder -> PilotModelBinder.of(binder).addModel(configured);

        KetnghiaRuntime runtime = injector(module, module).getInstance(KetnghiaRuntime.class);

        assertThat(runtime.models()).containsExactly(configured);
    }

    @Test
    void guiceAndPlainJava_giveTheSameRuntime() {
        KetnghiaRuntime viaGuice = injector(new DemoModule()).getInstance(KetnghiaRuntime.class);
        KetnghiaRuntime plain = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).clock(Fixtures.CLOCK)
                .addModel(new DemoModel()).build();

        assertThat(viaGuice.models()).extracting(PilotModel::id).isEqualTo(plain.models().stream().map(PilotModel::id).toList());
        assertThat(viaGuice.jsonTypes().types()).isEqualTo(plain.jsonTypes().types());
        assertThat(viaGuice.features()).extracting(feature -> feature.getClass().getName())
                .isEqualTo(plain.features().stream().map(feature -> feature.getClass().getName()).toList());
    }
}
