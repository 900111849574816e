package org.ketnghia.core.guice;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import java.time.Clock;
import java.util.Set;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.ledger.DefaultPermissionPolicy;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.ledger.PermissionPolicy;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.LedgerFeature;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.core.spi.PilotModelContext;

/**
 * The core's Guice module: binds the {@link KetnghiaRuntime} built from every contributed
 * {@link PilotModel} and {@link LedgerFeature}, and exposes its {@link Ledger}, {@link
 * ObjectMapper} and {@link PilotModelContext}.
 *
 * <p>Defaults a host may override with {@link OptionalBinder#setBinding()} in its own module: the
 * {@link EventStore} (in memory), the {@link AdministrativeRegistry} (Quảng Nam reference data)
 * and the {@link PermissionPolicy} ({@link DefaultPermissionPolicy}). The clock is given here.
 * Works in {@code Stage.PRODUCTION} with {@code requireExplicitBindings()}.
 */
public final class KetnghiaCoreModule extends AbstractModule {

    private final Clock clock;

    /** The module with the system clock in Vietnam's zone. */
    public KetnghiaCoreModule() {
        this(Clock.system(KetnghiaRuntime.VIETNAM));
    }

    /** The module with the given clock (a fixed clock in tests, a simulated one in simulations). */
    public KetnghiaCoreModule(Clock clock) {
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    protected void configure() {
        PilotModelBinder.of(binder());
        bind(Clock.class).toInstance(clock);
        OptionalBinder.newOptionalBinder(binder(), EventStore.class)
                .setDefault().toProvider(InMemoryEventStore::new).in(Singleton.class);
        OptionalBinder.newOptionalBinder(binder(), AdministrativeRegistry.class)
                .setDefault().toProvider(AdministrativeRegistry::quangNamReference).in(Singleton.class);
        OptionalBinder.newOptionalBinder(binder(), PermissionPolicy.class)
                .setDefault().toInstance(new DefaultPermissionPolicy());
    }

    @Provides
    @Singleton
    KetnghiaRuntime runtime(Set<PilotModel> models, Set<LedgerFeature> features, EventStore store,
            AdministrativeRegistry administrativeUnits, PermissionPolicy permissionPolicy, Clock runtimeClock) {
        KetnghiaRuntime.Builder builder = KetnghiaRuntime.builder()
                .eventStore(store)
                .administrativeUnits(administrativeUnits)
                .permissionPolicy(permissionPolicy)
                .clock(runtimeClock)
                .addModels(models);
        features.forEach(builder::addFeature);
        return builder.build();
    }

    @Provides
    Ledger ledger(KetnghiaRuntime runtime) {
        return runtime.ledger();
    }

    @Provides
    ObjectMapper objectMapper(KetnghiaRuntime runtime) {
        return runtime.objectMapper();
    }

    @Provides
    PilotModelContext pilotModelContext(KetnghiaRuntime runtime) {
        return runtime.context();
    }

    /** Equal to any other instance with the same clock, so installing it twice is harmless. */
    @Override
    public boolean equals(Object other) {
        return other instanceof KetnghiaCoreModule module && module.clock.equals(clock);
    }

    @Override
    public int hashCode() {
        return clock.hashCode();
    }
}
