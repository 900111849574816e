package org.ketnghia.examples.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.multibindings.OptionalBinder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.guice.KetnghiaCoreModule;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.examples.programme.ProgrammeModels;
import org.ketnghia.examples.water.guice.CleanWaterModule;
import org.ketnghia.livestock.guice.LivestockModule;
import org.ketnghia.startup.guice.StartupModule;
import org.ketnghia.training.guice.TrainingModule;
import org.ketnghia.village.guice.VillageModule;

/**
 * How the examples application wires the library: the core module, the four pilot models of the
 * plan, each configured from the programme file and installed through its own Guice module, the
 * third-party clean-water model, and the host's event store and province units bound over the core.
 */
public final class ExamplesInjector {

    private ExamplesInjector() {
    }

    /**
     * The pilot-model modules the application installs, in order: each standard model the programme
     * uses, with its configuration, and the third-party clean-water model.
     */
    public static List<Module> modelModules(ProgrammeModels models) {
        List<Module> modules = new ArrayList<>();
        models.livestock().ifPresent(programme -> modules.add(new LivestockModule(programme)));
        models.startup().ifPresent(configuration -> modules.add(new StartupModule(configuration)));
        models.training().ifPresent(configuration -> modules.add(new TrainingModule(configuration)));
        models.village().ifPresent(criteria -> modules.add(new VillageModule(criteria)));
        modules.add(new CleanWaterModule());
        return List.copyOf(modules);
    }

    /**
     * A runtime with every model, over {@code store} (null: the in-memory default) and {@code units}.
     *
     * @param clock the ledger's clock ("today")
     * @param models the models' configurations, from the programme file
     */
    public static KetnghiaRuntime runtime(Clock clock, EventStore store, AdministrativeRegistry units,
            ProgrammeModels models) {
        return runtime(clock, store, units, models, java.util.Optional.empty());
    }

    /** As above, storing personal fields encrypted by {@code protection} when given (issue 22). */
    public static KetnghiaRuntime runtime(Clock clock, EventStore store, AdministrativeRegistry units,
            ProgrammeModels models, java.util.Optional<org.ketnghia.core.privacy.PayloadProtection> protection) {
        List<Module> modules = new ArrayList<>();
        protection.ifPresent(given -> modules.add(new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), org.ketnghia.core.privacy.PayloadProtection.class).setBinding()
                        .toInstance(given);
            }
        }));
        modules.add(new KetnghiaCoreModule(clock));
        modules.add(KetnghiaCoreModule.administrativeUnits(units));
        modules.addAll(modelModules(models));
        if (store != null) {
            modules.add(new AbstractModule() {
                @Override
                protected void configure() {
                    OptionalBinder.newOptionalBinder(binder(), EventStore.class).setBinding().toInstance(store);
                }
            });
        }
        Injector injector = Guice.createInjector(Stage.PRODUCTION, modules);
        return injector.getInstance(KetnghiaRuntime.class);
    }
}
