package org.ketnghia.testing.junit;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.testing.ProgrammeFixtures;

/**
 * A JUnit 5 extension that gives every test a fresh ketnghia runtime (<i>môi trường kiểm thử</i>): the
 * province's units and the models the test class names, an in-memory ledger (or one opened by an {@link
 * EventStoreFactory} in a fresh folder, e.g. H2), and a {@link TestClock} the test moves by hand. Test
 * methods receive, as parameters, any of {@link KetnghiaRuntime}, {@link Ledger}, {@link TestClock}, {@link
 * AdministrativeRegistry} and {@link ProgrammeFixtures}.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final KetnghiaExtension KETNGHIA = KetnghiaExtension.builder()
 *         .units(ProvincePacks.quangNam().units())
 *         .model(new LivestockModel(programme))
 *         .startingOn(LocalDate.of(2021, 7, 1))
 *         .build();
 *
 * @Test
 * void aPledgeIsRecorded(Ledger ledger, ProgrammeFixtures given, TestClock clock) { … }
 * }</pre>
 *
 * <p>Each test's runtime lives in the test's own {@link ExtensionContext}, so tests may run in parallel
 * (JUnit's {@code junit.jupiter.execution.parallel.enabled}). Immutable once built.
 */
public final class KetnghiaExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KetnghiaExtension.class);
    private static final String STATE = "state";

    private final AdministrativeRegistry units;
    private final List<PilotModel> models;
    private final LocalDate startingOn;
    private final Optional<EventStoreFactory> storeFactory;

    private KetnghiaExtension(Builder builder) {
        this.units = requireNonNull(builder.units, "units: name the province's units (nothing is built in)");
        this.models = List.copyOf(builder.models);
        this.startingOn = builder.startingOn;
        this.storeFactory = Optional.ofNullable(builder.storeFactory);
    }

    /** A builder; the units are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** What one test gets. */
    private record State(KetnghiaRuntime runtime, TestClock clock, Optional<Path> folder) {
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        TestClock clock = TestClock.at(startingOn);
        Optional<Path> folder = Optional.empty();
        KetnghiaRuntime runtime;
        if (storeFactory.isPresent()) {
            try {
                folder = Optional.of(Files.createTempDirectory("ketnghia-test-"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            KetnghiaRuntime types = runtime(clock, null);
            runtime = runtime(clock, storeFactory.get().open(folder.get(), types.objectMapper()));
        } else {
            runtime = runtime(clock, null);
        }
        context.getStore(NAMESPACE).put(STATE, new State(runtime, clock, folder));
    }

    private KetnghiaRuntime runtime(TestClock clock, EventStore store) {
        KetnghiaRuntime.Builder builder = KetnghiaRuntime.builder().administrativeUnits(units).clock(clock).addModels(models);
        if (store != null) {
            builder.eventStore(store);
        }
        return builder.build();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        State state = context.getStore(NAMESPACE).remove(STATE, State.class);
        if (state != null && state.folder().isPresent()) {
            try (Stream<Path> files = Files.walk(state.folder().get())) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                // an embedded database may still hold its files until the JVM exits: leave them to the OS
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == KetnghiaRuntime.class || type == Ledger.class || type == TestClock.class
                || type == AdministrativeRegistry.class || type == ProgrammeFixtures.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        State state = context.getStore(NAMESPACE).get(STATE, State.class);
        if (state == null) {
            throw new ParameterResolutionException("KetnghiaExtension gives parameters to test methods only (not to"
                    + " constructors or @BeforeAll)");
        }
        Class<?> type = parameter.getParameter().getType();
        if (type == KetnghiaRuntime.class) {
            return state.runtime();
        } else if (type == Ledger.class) {
            return state.runtime().ledger();
        } else if (type == TestClock.class) {
            return state.clock();
        } else if (type == AdministrativeRegistry.class) {
            return state.runtime().administrativeUnits();
        }
        return new ProgrammeFixtures(state.runtime().ledger(), state.clock());
    }

    /** Assembles a {@link KetnghiaExtension}. Not thread-safe. */
    public static final class Builder {

        private AdministrativeRegistry units;
        private final List<PilotModel> models = new ArrayList<>();
        private LocalDate startingOn = LocalDate.of(2026, 6, 1);
        private EventStoreFactory storeFactory;

        private Builder() {
        }

        /** The province's administrative units (required: nothing about one province is built in). */
        public Builder units(AdministrativeRegistry value) {
            this.units = requireNonNull(value, "units");
            return this;
        }

        /** A pilot model to install, configured (models are immutable: one instance serves every test). */
        public Builder model(PilotModel model) {
            models.add(requireNonNull(model, "model"));
            return this;
        }

        /** The clock's first day ("today" when the test starts); default 1 June 2026. */
        public Builder startingOn(LocalDate date) {
            this.startingOn = requireNonNull(date, "date");
            return this;
        }

        /** Opens each test's store in a fresh folder (e.g. H2) instead of memory. */
        public Builder eventStore(EventStoreFactory factory) {
            this.storeFactory = requireNonNull(factory, "factory");
            return this;
        }

        /** Builds the extension. */
        public KetnghiaExtension build() {
            return new KetnghiaExtension(this);
        }
    }
}
