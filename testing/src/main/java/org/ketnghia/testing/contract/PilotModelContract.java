package org.ketnghia.testing.contract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.disclosure.PublicListing;
import org.ketnghia.core.disclosure.PublicListingRow;
import org.ketnghia.core.disclosure.SupportLedger;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.funding.BudgetEstimate;
import org.ketnghia.core.funding.BudgetLine;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.ledger.ProjectionDefinition;
import org.ketnghia.core.ledger.SnapshotForm;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.privacy.SensitiveAccessor;
import org.ketnghia.core.participant.privacy.SensitiveData;
import org.ketnghia.core.reporting.IndicatorSource;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportBuilder;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.simulation.LedgerCommandSink;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.ReplicateValues;
import org.ketnghia.core.simulation.SimulationClock;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.SimulationSummary;
import org.ketnghia.core.simulation.TraceContext;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.core.spi.PilotModelContext;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.testing.Fixtures;

/**
 * The contract every pilot model passes (<i>bộ kiểm thử chuẩn cho mô hình thí điểm</i>), in the spirit of
 * Trino's connector test base classes: a model's test class extends it and supplies a few samples; JUnit runs
 * the same checks against every model as dynamic tests, grouped by subject:
 *
 * <ol>
 *   <li><b>identity</b> — the id and names; every type id prefixed by the model id; every command with a
 *       handler and permitted roles; every error code prefixed by the model id with Vietnamese and English
 *       messages;</li>
 *   <li><b>json</b> — every sample command, every event recorded by the samples and by a traced replicate,
 *       and every other sample round-trips through JSON to an equal value and to identical bytes; every
 *       event type the model declares has a sample;</li>
 *   <li><b>ledger</b> — the accepted samples are recorded and chained; a refused command appends nothing
 *       and leaves every projection as the store says, and names the code the sample expects; projections rebuilt from the store equal the live
 *       ones; every projection with a {@link org.ketnghia.core.ledger.SnapshotForm} (the model's and the core's),
 *       saved after any prefix of the recorded samples, written as JSON, read back, restored and fed the
 *       remaining events, saves exactly the JSON a full replay saves (and its saved JSON reads back to identical
 *       bytes). It runs under one version of the code, so it cannot see a class outside the projection's nest that
 *       shapes its state and is missing from the form's {@link org.ketnghia.core.ledger.SnapshotForm#covering
 *       covering(...)}: the author names those, and declares with {@link
 *       org.ketnghia.core.ledger.SnapshotForm#coveringEventsOf coveringEventsOf(...)} an interface the projection
 *       folds events by that other modules implement (see {@code docs/snapshots.md}); a model's events that implement
 *       a core interface so folded ({@code BeneficiarySupport}) are covered with no code of the model's;</li>
 *   <li><b>budget and indicators</b> — the budget's lines sum exactly to its total; every declared
 *       indicator has a source and every source's indicator is declared;</li>
 *   <li><b>simulation</b> — the same seed gives identical summaries with 1 and 2 threads, other seeds
 *       differ, memory does not grow with replicates, a traced replicate equals its Monte Carlo replicate
 *       and reads the same through the model's own indicator sources, and its ledger's chain verifies;</li>
 *   <li><b>privacy</b> — no value of an accessor marked {@code @Sensitive} in the recorded events appears on
 *       a public listing row built from them.</li>
 * </ol>
 *
 * <p>Every failure says what to fix, in terms of the model. Checks that need a sample the model does not
 * give (a budget section, a scenario) are reported as skipped with the reason, not as passed.
 */
public abstract class PilotModelContract {

    /** The model under test, configured as a host would. */
    protected abstract PilotModel model();

    /** The administrative units the samples use. */
    protected AdministrativeRegistry units() {
        return Fixtures.QUANG_NAM;
    }

    /** The ledger's clock ("today") for the samples; after every sample's date. */
    protected Clock clock() {
        return Fixtures.CLOCK;
    }

    /**
     * Commands recorded one after another on a fresh runtime, each accepted: the model's own, and any core
     * commands (households, funds) they need first.
     */
    protected abstract List<Command> acceptedCommands();

    /**
     * Commands each refused, with the code its refusal names, when submitted after {@link #acceptedCommands()}
     * (at least one).
     */
    protected abstract List<Refusal> refusals();

    private List<Command> refusedCommands() {
        return refusals().stream().map(Refusal::command).toList();
    }

    /** The model's error codes, e.g. {@code List.of(LivestockErrorCode.values())}. */
    protected abstract List<? extends ErrorCode> errorCodes();

    /** Samples of the model's other JSON types ({@code otherJsonTypes()}), if any. */
    protected List<Object> otherJsonSamples() {
        return List.of();
    }

    /**
     * Event types the samples and the trace cannot produce, each with the reason (shown in the test's name).
     * Keep it empty: every entry is a type whose JSON form no test checks.
     */
    protected Map<Class<? extends LedgerEvent>, String> eventTypesWithoutSample() {
        return Map.of();
    }

    /** A section of a plan from which the model estimates a budget, if it estimates one. */
    protected Optional<PlanSection> budgetSection() {
        return Optional.empty();
    }

    /** A scenario for the model's simulator, if it has one. */
    protected Optional<SimulationScenario> scenario() {
        return Optional.empty();
    }

    /** What the host hands the simulator in trace mode; required when {@link #scenario()} is given. */
    protected Optional<TraceContext> traceContext() {
        return Optional.empty();
    }

    /** Commands recorded before the trace (e.g. the money the traced expenditures draw on). */
    protected List<Command> traceSetUp() {
        return List.of();
    }

    /** How the model's simulated indicators read in its own reports (see {@link TraceAgreement}). */
    protected List<TraceAgreement> traceAgreements() {
        return List.of();
    }

    /**
     * Whether the model's events put support on the public list (<i>niêm yết công khai</i>); a model that
     * supports no household (e.g. training of officials) answers false, and the privacy check then asserts
     * that its events indeed put nothing on a list.
     */
    protected boolean listsSupportPublicly() {
        return true;
    }

    /** Replicates for the determinism checks. */
    protected long replicates() {
        return 40;
    }

    /** The contract's checks, as dynamic tests grouped by subject. */
    @TestFactory
    public final Stream<DynamicNode> pilotModelContract() {
        Samples samples = new Samples();
        return Stream.of(
                dynamicContainer("identity", Stream.of(
                        dynamicTest("the id is lower-case words and both names are given", this::checkIdAndNames),
                        dynamicTest("every type id starts with the model id", this::checkTypeIds),
                        dynamicTest("every command has a handler and permitted roles", this::checkHandlers),
                        dynamicTest("every error code starts with the model id and has both messages",
                                this::checkErrorCodes))),
                dynamicContainer("json", Stream.of(
                        dynamicTest("sample commands round-trip to equal values and identical bytes",
                                () -> roundTripAll("command", acceptedCommands(), samples)),
                        dynamicTest("refused sample commands round-trip too",
                                () -> roundTripAll("command", refusedCommands(), samples)),
                        dynamicTest("recorded events round-trip, payloads and envelopes",
                                () -> roundTripEvents(samples.recorded(), samples)),
                        dynamicTest("events of a traced replicate round-trip", () -> {
                            requireTrace();
                            roundTripEvents(samples.traced().events(), samples);
                        }),
                        dynamicTest("other JSON samples round-trip",
                                () -> roundTripAll("value", otherJsonSamples(), samples)),
                        dynamicTest("every declared event type has a sample (" + eventTypesWithoutSample().size()
                                + " excused)", () -> checkEventCoverage(samples)))),
                dynamicContainer("ledger", Stream.of(
                        dynamicTest("accepted samples are recorded and chained", () -> checkAccepted(samples)),
                        dynamicTest("a refused command appends nothing and changes no projection",
                                () -> checkRefused(samples)),
                        dynamicTest("projections rebuilt from the store equal the live ones",
                                () -> checkRebuilt(samples.acceptedRuntime())),
                        dynamicTest("a projection restored from its snapshot, then fed the later events, saves what a"
                                + " full replay saves", () -> checkSnapshots(samples)))),
                dynamicContainer("budget and indicators", Stream.of(
                        dynamicTest("the budget's lines sum exactly to its total", this::checkBudget),
                        dynamicTest("every declared indicator has a source, every source is declared",
                                this::checkIndicators))),
                dynamicContainer("simulation", Stream.of(
                        dynamicTest("same seed: identical summaries with 1 and 2 threads", this::checkThreads),
                        dynamicTest("different seeds differ", this::checkSeeds),
                        dynamicTest("memory does not grow with replicates", this::checkMemory),
                        dynamicTest("a traced replicate equals its Monte Carlo replicate and its chain verifies",
                                () -> checkTraceEqualsReplicate(samples)),
                        dynamicTest("the traced ledger reports the replicate's values through the model's indicators",
                                () -> checkTraceAgreements(samples)))),
                dynamicContainer("privacy", Stream.of(
                        dynamicTest("no @Sensitive value reaches a public listing row", () -> checkPrivacy(samples)))));
    }

    // ------------------------------------------------------------------ identity

    private void checkIdAndNames() {
        PilotModel model = model();
        assertThat(model.id()).as("the model id").matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
        assertThat(model.name().vi()).as("the model's Vietnamese name (name().vi())").isNotBlank();
        assertThat(model.name().en()).as("the model's English name (name().en())").isNotBlank();
    }

    private void checkTypeIds() {
        PilotModel model = model();
        List<Class<?>> types = new ArrayList<>(model.eventTypes());
        handlers().forEach(handler -> types.add(handler.commandType()));
        types.addAll(model.otherJsonTypes());
        List<String> wrong = new ArrayList<>();
        for (Class<?> type : types) {
            JsonTypeName name = type.getAnnotation(JsonTypeName.class);
            if (name == null && (LedgerEvent.class.isAssignableFrom(type) || Command.class.isAssignableFrom(type))) {
                wrong.add(type.getName() + " has no @JsonTypeName: give it \"" + model.id() + ".<name>\"");
            } else if (name != null && !name.value().startsWith(model.id() + ".")) {
                wrong.add(type.getName() + " has type id \"" + name.value() + "\": it must start with \"" + model.id()
                        + ".\"");
            }
        }
        assertThat(wrong).as("type ids of model %s", model.id()).isEmpty();
    }

    private void checkHandlers() {
        List<String> wrong = new ArrayList<>();
        Set<Class<?>> handled = new LinkedHashSet<>();
        for (CommandHandler<?> handler : handlers()) {
            handled.add(handler.commandType());
            if (handler.permittedRoles().isEmpty()) {
                wrong.add(handler.getClass().getName() + " permits no role: nobody could record "
                        + handler.commandType().getSimpleName());
            }
        }
        for (Command command : concat(acceptedCommands(), refusedCommands())) {
            if (isModelType(command.getClass()) && handled.stream().noneMatch(type -> type.isInstance(command))) {
                wrong.add(command.getClass().getName() + " is a sample command of the model but no handler takes it");
            }
        }
        assertThat(wrong).as("command handlers of model %s", model().id()).isEmpty();
        assertThat(handled).as("model %s handles at least one command", model().id()).isNotEmpty();
    }

    private void checkErrorCodes() {
        String prefix = model().id().toUpperCase(Locale.ROOT).replace('-', '_') + "_";
        List<String> wrong = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (ErrorCode code : errorCodes()) {
            if (!code.name().startsWith(prefix)) {
                wrong.add(code.name() + " does not start with " + prefix);
            }
            if (!names.add(code.name())) {
                wrong.add(code.name() + " is listed twice");
            }
            if (code.message().vi().isBlank() || code.message().en().isBlank()) {
                wrong.add(code.name() + " lacks its Vietnamese or English message");
            }
        }
        assertThat(wrong).as("error codes of model %s", model().id()).isEmpty();
    }

    // ------------------------------------------------------------------ json

    private void roundTripAll(String what, List<?> values, Samples samples) throws Exception {
        ObjectMapper mapper = samples.acceptedRuntime().objectMapper();
        for (Object value : values) {
            roundTrip(mapper, what, value, value.getClass().isAnnotationPresent(JsonTypeName.class) ? value.getClass()
                    : (value instanceof Command ? Command.class : value.getClass()));
        }
    }

    private static void roundTrip(ObjectMapper mapper, String what, Object value, Class<?> asType) throws Exception {
        Class<?> readAs = value instanceof LedgerEvent ? LedgerEvent.class : asType;
        String json = mapper.writerFor(readAs).writeValueAsString(value);
        Object read = mapper.readValue(json, readAs);
        assertThat(read).as("the %s %s read back from its JSON %s: a field is lost or renamed on the way (check"
                + " @JsonProperty, @JsonIgnore and the Immutables builder)", what, value.getClass().getSimpleName(), json)
                .isEqualTo(value);
        assertThat(mapper.writerFor(readAs).writeValueAsString(read))
                .as("the %s %s written again: its JSON must not change (recorded hashes depend on it)", what,
                        value.getClass().getSimpleName())
                .isEqualTo(json);
    }

    private void roundTripEvents(List<EventEnvelope> events, Samples samples) throws Exception {
        ObjectMapper mapper = samples.acceptedRuntime().objectMapper();
        EventCodec codec = new EventCodec(mapper);
        for (EventEnvelope event : events) {
            if (!isModelType(event.payload().getClass())) {
                continue;
            }
            roundTrip(mapper, "event", event.payload(), LedgerEvent.class);
            String line = codec.write(event);
            assertThat(codec.read(line)).as("the envelope of sequence %d read back", event.sequence()).isEqualTo(event);
            assertThat(codec.write(codec.read(line))).isEqualTo(line);
        }
    }

    private void checkEventCoverage(Samples samples) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        concat(samples.recorded(), scenario().isPresent() ? samples.traced().events() : List.of())
                .forEach(event -> seen.add(event.payload().getClass()));
        List<String> missing = new ArrayList<>();
        for (Class<? extends LedgerEvent> type : model().eventTypes()) {
            if (seen.stream().noneMatch(type::isAssignableFrom) && !eventTypesWithoutSample().containsKey(type)) {
                missing.add(type.getSimpleName());
            }
        }
        assertThat(missing).as("event types of model %s that neither acceptedCommands() nor the trace record:"
                + " add a sample command that records each", model().id()).isEmpty();
    }

    // ------------------------------------------------------------------ ledger

    private void checkAccepted(Samples samples) {
        KetnghiaRuntime runtime = samples.acceptedRuntime();
        assertThat(samples.recorded()).as("events recorded by acceptedCommands()").isNotEmpty();
        assertThat(runtime.ledger().verifyChain().isIntact()).as("the hash chain after the samples").isTrue();
        assertThat(samples.recorded().stream().anyMatch(event -> isModelType(event.payload().getClass())))
                .as("acceptedCommands() record at least one event of model %s", model().id()).isTrue();
    }

    private void checkRefused(Samples samples) {
        assertThat(refusals()).as("refusals(): give at least one command the model must refuse").isNotEmpty();
        KetnghiaRuntime runtime = samples.acceptedRuntime();
        for (Refusal refusal : refusals()) {
            Command command = refusal.command();
            long before = runtime.ledger().lastSequence();
            try {
                runtime.ledger().submit(command);
                fail("%s was accepted, but refusals() says the model must refuse it with %s: the handler records"
                        + " what it should refuse", describe(command), refusal.code().name());
            } catch (KetnghiaException refused) {
                assertThat(refused.has(refusal.code())).as("the refusal of %s names %s; it names %s", describe(command),
                        refusal.code().name(), refused.problems()).isTrue();
            }
            assertThat(runtime.ledger().lastSequence()).as("events appended by the refused %s", describe(command))
                    .isEqualTo(before);
            checkRebuilt(runtime);
        }
    }

    /** Every projection of the runtime equals one rebuilt from its store (recursively, field by field). */
    private void checkRebuilt(KetnghiaRuntime runtime) {
        EventStore store = runtime.ledger().store();
        for (ProjectionDefinition<?> definition : projections()) {
            Class<? extends Projection> type = definition.type();
            Projection live = runtime.ledger().read(type, projection -> projection);
            Projection rebuilt = rebuild(definition, store);
            assertThat(live).as("projection %s: the live one differs from one rebuilt from the store — a handler changed"
                    + " it outside apply(), or apply() depends on something besides the events", type.getSimpleName())
                    .usingRecursiveComparison().isEqualTo(rebuilt);
        }
    }

    /**
     * Every projection of the runtime with a snapshot form: restored from its state saved after the first {@code
     * cut} recorded events, then fed the rest, it saves the JSON a full replay saves — for every cut when the
     * samples are few, otherwise for {@value #SNAPSHOT_CUTS} cuts spread over them.
     */
    private void checkSnapshots(Samples samples) throws Exception {
        KetnghiaRuntime runtime = samples.acceptedRuntime();
        List<ProjectionDefinition<?>> withForm = runtime.features().stream().flatMap(feature -> feature.projections().stream())
                .filter(definition -> definition.snapshotForm().isPresent()).toList();
        org.junit.jupiter.api.Assumptions.assumeTrue(!withForm.isEmpty(),
                "no projection of the model or the core has a snapshot form (ProjectionDefinition.of(type, factory, form))");
        ObjectMapper mapper = runtime.objectMapper();
        List<EventEnvelope> events = samples.recorded();
        int step = Math.max(1, events.size() / SNAPSHOT_CUTS);
        for (ProjectionDefinition<?> definition : withForm) {
            byte[] replayed = savedJson(definition, replay(definition, events, 0, events.size()), mapper);
            for (int cut = 0; cut <= events.size(); cut = cut == events.size() ? cut + 1 : Math.min(events.size(), cut + step)) {
                byte[] saved = savedJson(definition, replay(definition, events, 0, cut), mapper);
                assertThat(new String(savedJson(definition, restored(definition, saved, mapper), mapper), UTF_8))
                        .as("projection %s saved after %d of %d sample events: its state read back from JSON and saved"
                                + " again must give the same JSON — the state type loses or changes something in JSON",
                                definition.type().getSimpleName(), cut, events.size())
                        .isEqualTo(new String(saved, UTF_8));
                Projection restored = restored(definition, saved, mapper);
                events.subList(cut, events.size()).forEach(restored::apply);
                assertThat(new String(savedJson(definition, restored, mapper), UTF_8))
                        .as("projection %s restored from its snapshot after %d of %d sample events, then fed the rest,"
                                + " must save what a full replay saves — the form's save() or restore() misses part of"
                                + " the state", definition.type().getSimpleName(), cut, events.size())
                        .isEqualTo(new String(replayed, UTF_8));
            }
        }
    }

    private static final int SNAPSHOT_CUTS = 40;

    private static Projection replay(ProjectionDefinition<?> definition, List<EventEnvelope> events, int from, int to) {
        Projection projection = definition.factory().get();
        events.subList(from, to).forEach(projection::apply);
        return projection;
    }

    @SuppressWarnings("unchecked")
    private static <P extends Projection, S> byte[] savedJson(ProjectionDefinition<?> definition, Projection projection,
            ObjectMapper mapper) throws Exception {
        SnapshotForm<P, S> form = (SnapshotForm<P, S>) definition.snapshotForm().orElseThrow();
        return mapper.writerFor(form.stateType()).writeValueAsBytes(form.save().apply((P) projection));
    }

    @SuppressWarnings("unchecked")
    private static <P extends Projection, S> Projection restored(ProjectionDefinition<?> definition, byte[] json,
            ObjectMapper mapper) throws Exception {
        SnapshotForm<P, S> form = (SnapshotForm<P, S>) definition.snapshotForm().orElseThrow();
        S state = mapper.readerFor(form.stateType()).readValue(json);
        return form.restore().apply(state);
    }

    private static Projection rebuild(ProjectionDefinition<?> definition, EventStore store) {
        Projection projection = definition.factory().get();
        store.forEach(1, projection::apply);
        return projection;
    }

    // ------------------------------------------------------------------ budget and indicators

    private void checkBudget() {
        org.junit.jupiter.api.Assumptions.assumeTrue(budgetSection().isPresent(),
                "no budgetSection(): the model estimates no budget");
        Optional<BudgetEstimate> estimate = model().estimateBudget(budgetSection().get(), context());
        assertThat(estimate).as("the budget estimate of model %s for budgetSection()", model().id()).isPresent();
        Money sum = Money.ZERO;
        for (BudgetLine line : estimate.get().lines()) {
            assertThat(line.amount()).as("line %s: quantity × unit price", line.itemVi())
                    .isEqualTo(line.unitPrice().times(line.quantity()));
            sum = sum.plus(line.amount());
        }
        assertThat(sum).as("the sum of the budget's lines").isEqualTo(estimate.get().total());
    }

    private void checkIndicators() {
        Set<String> declared = new LinkedHashSet<>();
        model().indicators().forEach(indicator -> declared.add(indicator.id()));
        Set<String> sourced = new LinkedHashSet<>();
        for (IndicatorSource source : model().indicatorSources(context())) {
            sourced.add(source.definition().id());
        }
        assertThat(sourced).as("indicators of model %s with a source but not declared in indicators()", model().id())
                .isSubsetOf(declared);
        assertThat(declared).as("indicators declared by model %s without a source in indicatorSources()", model().id())
                .isSubsetOf(sourced);
    }

    // ------------------------------------------------------------------ simulation

    private ModelSimulator simulator() {
        org.junit.jupiter.api.Assumptions.assumeTrue(scenario().isPresent() && model().simulator().isPresent(),
                "no scenario() or no simulator: nothing to simulate");
        return model().simulator().get();
    }

    private SimulationSummary summary(long seed, long replicates, int threads) {
        return MonteCarloRunner.builder().masterSeed(seed).replicates(replicates).threads(threads).build()
                .run(simulator(), scenario().get());
    }

    private void checkThreads() {
        SimulationSummary one = summary(2021, replicates(), 1);
        SimulationSummary two = summary(2021, replicates(), 2);
        assertThat(two).as("the summary with 2 threads: a simulator must draw only from the random stream it is"
                + " given and keep no state between replicates").isEqualTo(one);
    }

    private void checkSeeds() {
        assertThat(summary(1, replicates(), 1)).as("summaries of seeds 1 and 2: the simulator ignores its random stream")
                .isNotEqualTo(summary(2, replicates(), 1));
    }

    private void checkMemory() {
        simulator();
        long few = retainedAfter(replicates());
        long many = retainedAfter(replicates() * 10);
        assertThat(many - few).as("heap retained after %d replicates beyond that after %d (bytes): a simulator or its"
                + " summary keeps something per replicate", replicates() * 10, replicates())
                .isLessThan(32L * 1024 * 1024);
    }

    private long retainedAfter(long replicates) {
        SimulationSummary summary = summary(7, replicates, 2);
        assertThat(summary.replicates()).isEqualTo(replicates);
        return usedHeap();
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void requireTrace() {
        simulator();
        org.junit.jupiter.api.Assumptions.assumeTrue(traceContext().isPresent(),
                "no traceContext(): the trace mode is not checked");
    }

    private void checkTraceEqualsReplicate(Samples samples) {
        requireTrace();
        Traced traced = samples.traced();
        assertThat(traced.values()).as("the traced replicate's values: trace mode must draw exactly as the replicate")
                .isEqualTo(traced.replicate());
        assertThat(traced.runtime().ledger().verifyChain().isIntact()).as("the traced ledger's hash chain").isTrue();
        assertThat(traced.events()).as("events recorded by the trace").isNotEmpty();
    }

    private void checkTraceAgreements(Samples samples) {
        requireTrace();
        org.junit.jupiter.api.Assumptions.assumeFalse(traceAgreements().isEmpty(),
                "no traceAgreements(): the trace's reports are not compared");
        Traced traced = samples.traced();
        SimulationScenario scenario = scenario().get();
        SimulationClock clock = SimulationClock.of(scenario);
        ReportBuilder builder = new ReportBuilder(traced.runtime().administrativeUnits())
                .addAll(model().indicatorSources(traced.runtime().context()));
        List<EventEnvelope> events = traced.runtime().ledger().store().readAll();
        int compared = 0;
        for (int year = 1; year <= scenario.years(); year++) {
            LocalDate from = clock.monthStart(12 * (year - 1));
            ReportingPeriod sinceStart = ReportingPeriod.custom(scenario.start(), clock.yearEnd(year), "Lũy kế", "So far");
            ReportingPeriod inYear = ReportingPeriod.custom(from, clock.yearEnd(year), "Trong năm", "In the year");
            Report cumulative = builder.build(sinceStart, events);
            Report annual = builder.build(inYear, events);
            for (TraceAgreement agreement : traceAgreements()) {
                Report report = agreement.window() == TraceAgreement.Window.SINCE_START ? cumulative : annual;
                Optional<IndicatorValue> value = agreement.unitCode().isPresent()
                        ? report.actual(agreement.unitCode().get(), agreement.reportIndicator())
                        : report.total(agreement.reportIndicator());
                double reported = value.map(IndicatorValue::toDouble).orElse(0.0);
                Optional<Double> simulated = traced.replicate().value(agreement.simulatedIndicator(), year);
                assertThat(simulated).as("the replicate records %s in year %d", agreement.simulatedIndicator(), year)
                        .isPresent();
                assertThat(reported).as("%s in year %d (%s) reported as %s", agreement.reportIndicator(), year,
                        agreement.window(), agreement.simulatedIndicator())
                        .isCloseTo(simulated.get(), org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, Math.abs(simulated.get()))));
                compared++;
            }
        }
        assertThat(compared).isPositive();
    }

    // ------------------------------------------------------------------ privacy

    private void checkPrivacy(Samples samples) throws Exception {
        assertThat(SensitiveData.carriesPersonalData(PublicListingRow.class)).as("PublicListingRow carries personal data")
                .isFalse();
        List<EventEnvelope> events = new ArrayList<>(samples.recorded());
        KetnghiaRuntime runtime = samples.acceptedRuntime();
        if (scenario().isPresent() && model().simulator().isPresent() && traceContext().isPresent()) {
            events = samples.traced().runtime().ledger().store().readAll();
            runtime = samples.traced().runtime();
        }
        ObjectMapper mapper = runtime.objectMapper();
        Set<String> secrets = new LinkedHashSet<>();
        for (EventEnvelope event : events) {
            JsonNode json = mapper.valueToTree(event.payload());
            for (SensitiveAccessor accessor : SensitiveData.reachableFrom(event.payload().getClass())) {
                collect(json, accessor.path().split("\\."), 0, secrets);
            }
        }
        SupportLedger supports = new SupportLedger();
        events.forEach(supports::apply);
        Set<String> units = new LinkedHashSet<>();
        events.forEach(event -> units.add(event.unitCode()));
        LocalDate last = events.isEmpty() ? LocalDate.now(clock()) : events.get(events.size() - 1).occurredOn();
        int rows = 0;
        for (String unit : units) {
            PublicListing listing = supports.publicListing(unit, last, runtime.administrativeUnits());
            for (PublicListingRow row : listing.rows()) {
                rows++;
                String text = String.join(" | ", row.headName(), row.villageName(), row.category(), row.support());
                for (String secret : secrets) {
                    assertThat(text).as("a public listing row of %s shows a value marked @Sensitive (%s)", unit, secret)
                            .doesNotContain(secret);
                }
            }
        }
        if (!listsSupportPublicly()) {
            assertThat(rows).as("rows on public lists from model %s, which says it lists no support", model().id())
                    .isZero();
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(rows > 0 || secrets.isEmpty(),
                "the samples record no support a public list shows");
    }

    /** The text values at {@code path} in {@code node} (through arrays), long enough not to match by chance. */
    private static void collect(JsonNode node, String[] path, int index, Set<String> into) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isArray()) {
            node.forEach(element -> collect(element, path, index, into));
            return;
        }
        if (index == path.length) {
            if (node.isValueNode() && node.asText().length() >= 4) {
                into.add(node.asText());
            }
            node.forEach(child -> collect(child, path, index, into));
            return;
        }
        collect(node.get(path[index]), path, index + 1, into);
    }

    // ------------------------------------------------------------------ samples

    /** A fresh runtime with only the model under test, over a new in-memory store and the given clock. */
    protected KetnghiaRuntime newRuntime(Clock clock, EventStore store) {
        return KetnghiaRuntime.builder().administrativeUnits(units()).addModel(model()).clock(clock).eventStore(store)
                .build();
    }

    private PilotModelContext context() {
        return PilotModelContext.of(units(), clock());
    }

    private List<CommandHandler<?>> handlers() {
        return model().commandHandlers(context());
    }

    private List<ProjectionDefinition<?>> projections() {
        return model().projections();
    }

    private boolean isModelType(Class<?> type) {
        JsonTypeName name = type.getAnnotation(JsonTypeName.class);
        if (name == null) {
            for (Class<?> candidate = type.getSuperclass(); candidate != null && name == null; candidate = candidate.getSuperclass()) {
                name = candidate.getAnnotation(JsonTypeName.class);
            }
        }
        return name != null && name.value().startsWith(model().id() + ".");
    }

    private static String describe(Command command) {
        String text = command.toString();
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }

    @SafeVarargs
    private static <T> List<T> concat(List<? extends T>... lists) {
        List<T> all = new ArrayList<>();
        for (List<? extends T> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    /** The samples, recorded once per contract run and shared by its checks. */
    private final class Samples {
        private KetnghiaRuntime accepted;
        private List<EventEnvelope> recorded;
        private Traced traced;

        KetnghiaRuntime acceptedRuntime() {
            if (accepted == null) {
                accepted = newRuntime(clock(), new InMemoryEventStore());
                for (int i = 0; i < acceptedCommands().size(); i++) {
                    Command command = acceptedCommands().get(i);
                    try {
                        accepted.ledger().submit(command);
                    } catch (KetnghiaException e) {
                        throw new AssertionError("acceptedCommands()[" + i + "] was refused: " + e.getMessage() + " — "
                                + describe(command), e);
                    }
                }
                recorded = accepted.ledger().store().readAll();
            }
            return accepted;
        }

        List<EventEnvelope> recorded() {
            acceptedRuntime();
            return recorded;
        }

        Traced traced() {
            if (traced == null) {
                SimulationScenario scenario = scenario().orElseThrow();
                TraceContext context = traceContext().orElseThrow();
                LocalDate today = SimulationClock.of(scenario).end().plusDays(1);
                Clock after = Clock.fixed(today.atTime(12, 0).atZone(KetnghiaRuntime.VIETNAM).toInstant(),
                        KetnghiaRuntime.VIETNAM);
                KetnghiaRuntime runtime = newRuntime(after, new InMemoryEventStore());
                runtime.ledger().submit(org.ketnghia.testing.Fixtures.simulatedLedger(scenario.start()));
                traceSetUp().forEach(runtime.ledger()::submit);
                long before = runtime.ledger().lastSequence();
                MonteCarloRunner runner = MonteCarloRunner.builder().masterSeed(2021).replicates(1).threads(1).build();
                ReplicateValues replicate = runner.replicate(model().simulator().orElseThrow(), scenario, 0);
                ReplicateValues values = runner.trace(model().simulator().orElseThrow(), scenario, 0, context,
                        new LedgerCommandSink(runtime.ledger()));
                List<EventEnvelope> all = runtime.ledger().store().readAll();
                traced = new Traced(runtime, replicate, values, all.subList((int) before, all.size()));
            }
            return traced;
        }
    }

    /** A traced replicate: its ledger, the Monte Carlo replicate, the values the trace gave and its events. */
    private record Traced(KetnghiaRuntime runtime, ReplicateValues replicate, ReplicateValues values,
            List<EventEnvelope> events) {
    }
}
