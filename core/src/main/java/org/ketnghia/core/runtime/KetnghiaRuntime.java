package org.ketnghia.core.runtime;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonTypeName;
import org.ketnghia.core.privacy.MasterKey;
import org.ketnghia.core.privacy.PayloadProtection;
import org.ketnghia.core.privacy.EncryptedSnapshotStore;
import org.ketnghia.core.privacy.PrivacyErrorCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.approval.ApprovalErrorCode;
import org.ketnghia.core.approval.ApprovalPolicy;
import org.ketnghia.core.approval.ApprovalRule;
import org.ketnghia.core.approval.internal.ApprovalHold;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.DefaultPermissionPolicy;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventSchemas;
import org.ketnghia.core.ledger.EventUpcaster;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.ledger.JsonTypeRegistry;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.ledger.PermissionPolicy;
import org.ketnghia.core.ledger.ProjectionDefinition;
import org.ketnghia.core.ledger.SnapshotSettings;
import org.ketnghia.core.ledger.SnapshotStore;
import org.ketnghia.core.spi.LedgerFeature;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.core.spi.PilotModelContext;

/**
 * One assembled programme runtime: the ledger with every feature's handlers and projections, the
 * JSON mapper that knows every registered type, the installed pilot models and the host context.
 *
 * <p>This is how a host without Guice uses the library:
 * <pre>{@code
 * KetnghiaRuntime runtime = KetnghiaRuntime.builder()
 *         .administrativeUnits(provinceUnits)           // required: no province is built in
 *         .addModel(new LivestockModel(programme))
 *         .build();
 * runtime.ledger().submit(command);
 * }</pre>
 * The Guice module {@code KetnghiaCoreModule} builds the same object from its bindings.
 * Immutable after {@link Builder#build()} and thread-safe (the ledger guards its own state).
 *
 * <p>The runtime owns the {@link EventStore} it was built with, and its {@link SnapshotStore} if it
 * has one: {@link #close()} closes them (a JDBC store over an embedded database shuts the database
 * down when its last store in the process closes; over PostgreSQL, the last store closes the pool). Runtimes that share one ledger therefore each get their own store object over the same
 * database, rather than one store object between them.
 */
public final class KetnghiaRuntime implements AutoCloseable {

    /** Events between automatic snapshots when a snapshot store is given and no other interval. */
    public static final long DEFAULT_SNAPSHOT_EVERY = 100_000;

    /** The zone programme dates are in: Vietnam, UTC+7. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final Pattern MODEL_ID = Pattern.compile("[a-z][a-z0-9-]*");

    private final Map<String, PilotModel> models;
    private final List<LedgerFeature> features;
    private final JsonTypeRegistry jsonTypes;
    private final ObjectMapper objectMapper;
    private final EventSchemas eventSchemas;
    private final PilotModelContext context;
    private final Ledger ledger;
    private final Optional<SnapshotStore> snapshotStore;
    private final Optional<PayloadProtection> protection;

    private KetnghiaRuntime(Builder builder) {
        this.protection = Optional.ofNullable(builder.protection);
        this.models = indexModels(builder.models);
        List<LedgerFeature> all = new ArrayList<>(builder.features);
        all.addAll(models.values());
        this.features = List.copyOf(all);
        this.context = PilotModelContext.of(builder.administrativeUnits, builder.clock);
        List<CommandHandler<?>> handlers = new ArrayList<>();
        List<ProjectionDefinition<?>> projections = new ArrayList<>();
        Map<LedgerFeature, List<Class<?>>> typesByFeature = new LinkedHashMap<>();
        List<EventUpcaster> upcasters = new ArrayList<>();
        for (LedgerFeature feature : features) {
            upcasters.addAll(feature.eventUpcasters());
            List<CommandHandler<?>> featureHandlers = feature.commandHandlers(context);
            handlers.addAll(featureHandlers);
            projections.addAll(feature.projections());
            typesByFeature.put(feature, declaredTypes(feature, featureHandlers));
        }
        this.jsonTypes = checkedTypes(typesByFeature, handlers);
        checkApprovalPolicy(builder.approvalPolicy, handlers);
        this.eventSchemas = EventSchemas.of(jsonTypes, upcasters);
        this.objectMapper = KetnghiaJson.newObjectMapper(jsonTypes, eventSchemas);
        this.snapshotStore = Optional.ofNullable(builder.snapshotStore);
        EventChain chain = builder.protection == null ? new EventChain(objectMapper)
                : new EventChain(objectMapper, builder.protection);
        this.ledger = new Ledger(builder.eventStore, chain, handlers, projections,
                builder.permissionPolicy, builder.administrativeUnits, builder.clock,
                new ApprovalHold(builder.approvalPolicy, builder.clock), builder.snapshotStore == null ? SnapshotSettings.none()
                        : SnapshotSettings.of(builder.snapshotStore, objectMapper, builder.snapshotEvery));
    }

    /**
     * A builder with the defaults: in-memory store, default permissions, system clock in Vietnam's
     * zone. There is no default for the administrative units: nothing about one province is built in.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Closes the runtime's snapshot store, if any ({@link SnapshotStore#close()}), then its event store
     * ({@link EventStore#close()}), the event store even when the snapshot store fails to close; the
     * runtime must not be used afterwards. Closing twice is harmless for the stores of this library.
     */
    @Override
    public void close() {
        try {
            snapshotStore.ifPresent(SnapshotStore::close);
        } finally {
            ledger.store().close();
        }
    }

    /** The programme ledger. */
    public Ledger ledger() {
        return ledger;
    }

    /** How people's personal fields are stored encrypted, when they are ({@link Builder#personalDataProtection}). */
    public Optional<PayloadProtection> personalDataProtection() {
        return protection;
    }

    /** The schema versions of the runtime's event types and the upcasters reading older ones. */
    public EventSchemas eventSchemas() {
        return eventSchemas;
    }

    /** The JSON mapper that knows every registered event, command and other polymorphic type. */
    public ObjectMapper objectMapper() {
        return objectMapper;
    }

    /** Every registered polymorphic JSON type by id. */
    public JsonTypeRegistry jsonTypes() {
        return jsonTypes;
    }

    /** The installed pilot models, in installation order. */
    public List<PilotModel> models() {
        return List.copyOf(models.values());
    }

    /**
     * The pilot model with the given id.
     *
     * @throws KetnghiaException {@link RuntimeErrorCode#RUNTIME_UNKNOWN_MODEL} if none is installed
     */
    public PilotModel model(String id) {
        PilotModel model = models.get(id);
        if (model == null) {
            throw KetnghiaException.of(RuntimeErrorCode.RUNTIME_UNKNOWN_MODEL, "modelId", id);
        }
        return model;
    }

    /** Every ledger feature: the core's own, then the models. */
    public List<LedgerFeature> features() {
        return features;
    }

    /** The context plugins receive. */
    public PilotModelContext context() {
        return context;
    }

    /** The administrative units. */
    public AdministrativeRegistry administrativeUnits() {
        return context.administrativeUnits();
    }

    /** The clock. */
    public Clock clock() {
        return context.clock();
    }

    private static Map<String, PilotModel> indexModels(List<PilotModel> models) {
        Problems problems = new Problems();
        Map<String, PilotModel> byId = new LinkedHashMap<>();
        for (PilotModel model : models) {
            String name = model.getClass().getName();
            if (model.id() == null || !MODEL_ID.matcher(model.id()).matches()) {
                problems.add(RuntimeErrorCode.RUNTIME_MODEL_ID_INVALID, name, model.id(), name);
                continue;
            }
            if (model.name() == null) {
                problems.add(RuntimeErrorCode.RUNTIME_MODEL_NAME_BLANK, name, model.id());
            }
            PilotModel previous = byId.putIfAbsent(model.id(), model);
            if (previous != null && !previous.equals(model)) {
                String other = previous.getClass().equals(model.getClass()) ? name + " (" + model + ")" : name;
                problems.add(RuntimeErrorCode.RUNTIME_MODEL_ID_DUPLICATE, name, model.id(),
                        previous.getClass().getName() + (other.equals(name) ? "" : " (" + previous + ")"), other);
            }
        }
        problems.throwIfAny();
        return byId;
    }

    /** The feature's JSON types: its events, the commands of its handlers, and its other types. */
    private static List<Class<?>> declaredTypes(LedgerFeature feature, List<CommandHandler<?>> handlers) {
        Set<Class<?>> types = new LinkedHashSet<>(feature.eventTypes());
        handlers.forEach(handler -> types.add(handler.commandType()));
        types.addAll(feature.otherJsonTypes());
        return List.copyOf(types);
    }

    /** Every rule of the approval policy names a command type some handler accepts. */
    private static void checkApprovalPolicy(ApprovalPolicy policy, List<CommandHandler<?>> handlers) {
        Set<Class<?>> handled = new java.util.HashSet<>();
        handlers.forEach(handler -> handled.add(handler.commandType()));
        Problems problems = new Problems();
        for (ApprovalRule<?> rule : policy.rules()) {
            problems.check(!handled.contains(rule.commandType()), ApprovalErrorCode.APPROVAL_POLICY_UNKNOWN_COMMAND,
                    "approvalPolicy", rule.commandType().getName());
        }
        problems.throwIfAny();
    }

    /**
     * The registry of every declared type, or every declaration problem at once: a declared type
     * without a JSON type id, a command declared (as an event or other JSON type) that no handler
     * accepts, a pilot model's type id that does not start with the model's id, and invalid or
     * duplicate ids.
     */
    private static JsonTypeRegistry checkedTypes(Map<LedgerFeature, List<Class<?>>> typesByFeature,
            List<CommandHandler<?>> handlers) {
        Set<Class<?>> handled = new java.util.HashSet<>();
        handlers.forEach(handler -> handled.add(handler.commandType()));
        Problems problems = new Problems();
        typesByFeature.forEach((feature, types) -> {
            String declarer = feature instanceof PilotModel model ? model.id() : feature.getClass().getName();
            for (Class<?> type : types) {
                if (Command.class.isAssignableFrom(type) && !type.isInterface() && !handled.contains(type)) {
                    problems.add(RuntimeErrorCode.RUNTIME_COMMAND_WITHOUT_HANDLER, type.getName(), type.getName(), declarer);
                }
                JsonTypeName typeName = type.getAnnotation(JsonTypeName.class);
                if (typeName == null) {
                    problems.add(RuntimeErrorCode.RUNTIME_TYPE_ID_MISSING, type.getName(), type.getName(), declarer);
                } else if (feature instanceof PilotModel model && !typeName.value().startsWith(model.id() + ".")) {
                    problems.add(RuntimeErrorCode.RUNTIME_TYPE_ID_NOT_PREFIXED, type.getName(), typeName.value(),
                            type.getName(), model.id());
                }
            }
        });
        JsonTypeRegistry registry = null;
        try {
            registry = JsonTypeRegistry.of(typesByFeature.values().stream().flatMap(List::stream).distinct()
                    .filter(type -> type.isAnnotationPresent(JsonTypeName.class)).toList());
        } catch (KetnghiaException registryProblems) {
            registryProblems.problems().forEach(problems::add);
        }
        problems.throwIfAny();
        return registry;
    }

    /**
     * Assembles a {@link KetnghiaRuntime}. Installing an equal model twice installs it once.
     * Not thread-safe.
     */
    public static final class Builder {

        private final List<PilotModel> models = new ArrayList<>();
        private final List<LedgerFeature> features = new ArrayList<>(CoreFeatures.all());
        private EventStore eventStore;
        private AdministrativeRegistry administrativeUnits;
        private PermissionPolicy permissionPolicy = new DefaultPermissionPolicy();
        private ApprovalPolicy approvalPolicy = ApprovalPolicy.none();
        private Clock clock = Clock.system(VIETNAM);
        private SnapshotStore snapshotStore;
        private long snapshotEvery = DEFAULT_SNAPSHOT_EVERY;
        private PayloadProtection protection;

        private Builder() {
        }

        /**
         * Installs a pilot model. An instance equal to one already installed (the same model installed
         * twice) is ignored; a different model with the same id is refused by {@link #build()}, so two
         * configurations of one model cannot both be installed by mistake.
         */
        public Builder addModel(PilotModel model) {
            requireNonNull(model, "model");
            if (models.stream().noneMatch(installed -> installed.equals(model))) {
                models.add(model);
            }
            return this;
        }

        /** Installs pilot models. */
        public Builder addModels(Iterable<? extends PilotModel> toAdd) {
            toAdd.forEach(this::addModel);
            return this;
        }

        /** Installs every pilot model registered in {@code META-INF/services} of {@code classLoader}. */
        public Builder discoverModels(ClassLoader classLoader) {
            ServiceLoader.load(PilotModel.class, requireNonNull(classLoader, "classLoader")).forEach(this::addModel);
            return this;
        }

        /** Installs an extra ledger feature (a host's own commands and projections). */
        public Builder addFeature(LedgerFeature feature) {
            requireNonNull(feature, "feature");
            if (features.stream().noneMatch(installed -> installed.getClass().equals(feature.getClass()))) {
                features.add(feature);
            }
            return this;
        }

        /** Where events are kept; default a fresh {@link InMemoryEventStore}. */
        public Builder eventStore(EventStore store) {
            this.eventStore = requireNonNull(store, "store");
            return this;
        }

        /**
         * The administrative units of the province (required; Quảng Nam's reference data is {@link
         * AdministrativeRegistry#quangNamReference()}).
         */
        public Builder administrativeUnits(AdministrativeRegistry registry) {
            this.administrativeUnits = requireNonNull(registry, "registry");
            return this;
        }

        /** Who may record what where; default {@link DefaultPermissionPolicy}. */
        public Builder permissionPolicy(PermissionPolicy policy) {
            this.permissionPolicy = requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Which commands need a second person's approval (<i>bốn mắt</i>); default {@link ApprovalPolicy#none()}.
         * A command under it that is submitted directly is recorded as a pending request and takes effect
         * only when approved ({@code org.ketnghia.core.approval}); {@link #build()} refuses a rule naming a
         * command no handler accepts ({@code APPROVAL_POLICY_UNKNOWN_COMMAND}).
         */
        public Builder approvalPolicy(ApprovalPolicy policy) {
            this.approvalPolicy = requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Stores people's personal fields encrypted ({@link PayloadProtection#withKeys}): every payload carrying
         * personal data is sealed with those fields as ciphertext under its data subject's key. The event store
         * must read with the same protection ({@code new EventCodec(mapper, protection)}). Default none: payloads
         * are stored as they are.
         *
         * @throws KetnghiaException {@link org.ketnghia.core.privacy.PrivacyErrorCode#PRIVACY_KEYS_NOT_GIVEN} for a
         *     {@link PayloadProtection#masked()} protection, which has no keys to record with
         */
        public Builder personalDataProtection(PayloadProtection value) {
            requireNonNull(value, "value");
            if (value.keys().isEmpty()) {
                throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_KEYS_NOT_GIVEN, "protection",
                        MasterKey.ENVIRONMENT_VARIABLE);
            }
            this.protection = value;
            return this;
        }

        /**
         * Where snapshots of the projections are kept (<i>ảnh chụp trạng thái</i>); default none, so the ledger
         * opens by replaying every event. With a store, the ledger opens from its latest snapshot that matches
         * the chain and saves one every {@link #snapshotEvery} events ({@code Ledger.openedFrom()} tells how it
         * opened).
         */
        public Builder snapshotStore(SnapshotStore store) {
            this.snapshotStore = requireNonNull(store, "store");
            return this;
        }

        /**
         * How many events between automatic snapshots; default {@value KetnghiaRuntime#DEFAULT_SNAPSHOT_EVERY};
         * {@code 0} saves only on {@code Ledger.saveSnapshot()}. Each save holds the ledger's lock while every
         * projection's state is written as JSON.
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder snapshotEvery(long events) {
            if (events < 0) {
                throw new IllegalArgumentException("snapshotEvery must be 0 (never automatically) or more, not " + events);
            }
            this.snapshotEvery = events;
            return this;
        }

        /** The clock; default the system clock in Vietnam's zone. */
        public Builder clock(Clock value) {
            this.clock = requireNonNull(value, "clock");
            return this;
        }

        /**
         * Builds the runtime and replays the store's events into fresh projections.
         *
         * @throws KetnghiaException {@link RuntimeErrorCode#RUNTIME_NO_ADMINISTRATIVE_UNITS} saying what to
         *     supply when no administrative units were given; otherwise listing every invalid or
         *     duplicate model id and JSON type id, every type without a type id or whose id does not
         *     start with its model's id, and every declared command without a handler;
         */
        public KetnghiaRuntime build() {
            if (administrativeUnits == null) {
                throw KetnghiaException.of(RuntimeErrorCode.RUNTIME_NO_ADMINISTRATIVE_UNITS, "administrativeUnits");
            }
            if (protection != null && snapshotStore != null && !(snapshotStore instanceof EncryptedSnapshotStore)) {
                // snapshots hold the projections' state, personal data decrypted: sealed under a snapshot key
                snapshotStore = new EncryptedSnapshotStore(snapshotStore, protection.keys().orElseThrow());
            }
            if (eventStore == null) {
                eventStore = new InMemoryEventStore();
            }
            return new KetnghiaRuntime(this);
        }
    }
}
