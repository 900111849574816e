package org.ketnghia.core.guice;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.approval.ApprovalPolicy;
import org.ketnghia.core.ledger.DefaultPermissionPolicy;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.ledger.PermissionPolicy;
import org.ketnghia.core.ledger.SnapshotStore;
import org.ketnghia.core.privacy.PayloadProtection;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.LedgerFeature;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.core.spi.PilotModelContext;

/**
 * The core's Guice module: binds the {@link KetnghiaRuntime} built from every contributed
 * {@link PilotModel} and {@link LedgerFeature}, and exposes its {@link Ledger}, {@link
 * ObjectMapper} and {@link PilotModelContext}.
 *
 * <p>The host must bind the province's {@link AdministrativeRegistry} (with {@code
 * OptionalBinder.newOptionalBinder(binder(), AdministrativeRegistry.class).setBinding()}, or with
 * {@link #administrativeUnits(AdministrativeRegistry)}): nothing about one province is built in, and an injector without
 * units fails at start-up with {@code RUNTIME_NO_ADMINISTRATIVE_UNITS}, saying what to supply.
 * Defaults a host may override with {@link OptionalBinder#setBinding()} in its own module: the
 * {@link EventStore} (in memory), the {@link PermissionPolicy} ({@link DefaultPermissionPolicy}) and the four-eyes
 * {@link ApprovalPolicy} (none: every command applies directly); a host may also bind a {@link
 * SnapshotStore} (none by default), and the ledger then opens from its latest snapshot and saves one every
 * {@link KetnghiaRuntime#DEFAULT_SNAPSHOT_EVERY} events; and a {@link PayloadProtection} (none by default), and
 * people's personal fields are then stored encrypted.
 * The clock is given here.
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

    /**
     * A module binding the province's administrative units, for hosts that have no module of their own:
     * {@code Guice.createInjector(new KetnghiaCoreModule(), KetnghiaCoreModule.administrativeUnits(units), …)}.
     */
    public static Module administrativeUnits(AdministrativeRegistry units) {
        requireNonNull(units, "units");
        return new AdministrativeUnitsModule(units);
    }

    @Override
    protected void configure() {
        PilotModelBinder.of(binder());
        bind(Clock.class).toInstance(clock);
        OptionalBinder.newOptionalBinder(binder(), EventStore.class)
                .setDefault().toProvider(InMemoryEventStore::new).in(Singleton.class);
        OptionalBinder.newOptionalBinder(binder(), AdministrativeRegistry.class);
        OptionalBinder.newOptionalBinder(binder(), PermissionPolicy.class)
                .setDefault().toInstance(new DefaultPermissionPolicy());
        OptionalBinder.newOptionalBinder(binder(), ApprovalPolicy.class).setDefault().toInstance(ApprovalPolicy.none());
        OptionalBinder.newOptionalBinder(binder(), SnapshotStore.class);
        OptionalBinder.newOptionalBinder(binder(), PayloadProtection.class);
    }

    @Provides
    @Singleton
    KetnghiaRuntime runtime(Set<PilotModel> models, Set<LedgerFeature> features, EventStore store,
            Optional<AdministrativeRegistry> administrativeUnits, PermissionPolicy permissionPolicy, ApprovalPolicy approvalPolicy,
            Optional<SnapshotStore> snapshotStore, Optional<PayloadProtection> protection, Clock runtimeClock) {
        KetnghiaRuntime.Builder builder = KetnghiaRuntime.builder()
                .eventStore(store)
                .permissionPolicy(permissionPolicy)
                .approvalPolicy(approvalPolicy)
                .clock(runtimeClock)
                .addModels(models);
        administrativeUnits.ifPresent(builder::administrativeUnits);
        snapshotStore.ifPresent(builder::snapshotStore);
        protection.ifPresent(builder::personalDataProtection);
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

    /** Binds given units; equal when the units are the same object, so installing it twice is harmless. */
    private static final class AdministrativeUnitsModule extends AbstractModule {

        private final AdministrativeRegistry units;

        AdministrativeUnitsModule(AdministrativeRegistry units) {
            this.units = units;
        }

        @Override
        protected void configure() {
            OptionalBinder.newOptionalBinder(binder(), AdministrativeRegistry.class).setBinding().toInstance(units);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof AdministrativeUnitsModule module && module.units == units;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(units);
        }
    }
}
