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
import org.ketnghia.examples.water.guice.CleanWaterModule;
import org.ketnghia.livestock.guice.LivestockModule;
import org.ketnghia.startup.guice.StartupModule;
import org.ketnghia.training.guice.TrainingModule;
import org.ketnghia.village.guice.VillageModule;

/**
 * How the examples application wires the library: the core module, the four pilot models of the
 * plan and the third-party clean-water model, each through its own Guice module, with the host's
 * event store and administrative units bound over the core's defaults.
 */
public final class ExamplesInjector {

    private ExamplesInjector() {
    }

    /** The pilot-model modules the application installs, in order. */
    public static List<Module> modelModules() {
        return List.of(new LivestockModule(), new StartupModule(), new TrainingModule(), new VillageModule(),
                new CleanWaterModule());
    }

    /**
     * A runtime with every model, over {@code store} (null: the in-memory default) and {@code units}.
     *
     * @param clock the ledger's clock ("today")
     */
    public static KetnghiaRuntime runtime(Clock clock, EventStore store, AdministrativeRegistry units) {
        List<Module> modules = new ArrayList<>();
        modules.add(new KetnghiaCoreModule(clock));
        modules.addAll(modelModules());
        modules.add(new AbstractModule() {
            @Override
            protected void configure() {
                if (store != null) {
                    OptionalBinder.newOptionalBinder(binder(), EventStore.class).setBinding().toInstance(store);
                }
                OptionalBinder.newOptionalBinder(binder(), AdministrativeRegistry.class).setBinding().toInstance(units);
            }
        });
        Injector injector = Guice.createInjector(Stage.PRODUCTION, modules);
        return injector.getInstance(KetnghiaRuntime.class);
    }
}
