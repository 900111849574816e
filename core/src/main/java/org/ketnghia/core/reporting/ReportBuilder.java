package org.ketnghia.core.reporting;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.reporting.UnitTree.Node;

/**
 * Builds {@link Report}s from ledger events: one pass over the events for all indicators and all
 * periods, then a roll-up of each indicator from the units the values were recorded at up to the
 * province.
 *
 * <p><b>Events.</b> Each {@link IndicatorSource} gets, per period, every event that occurred on or
 * before the period's last day, in ledger order. Events are streamed, never kept; state is one map
 * per (indicator, period) keyed by unit code, so the cost grows linearly with the events.
 *
 * <p><b>What was known, and what is true.</b> Every event has the date it happened ({@link
 * EventEnvelope#occurredOn()}) and the moment it was recorded ({@link EventEnvelope#recordedAt()}). By default
 * ({@link #asTrue()}) a report uses every event given, so a correction recorded later — a reversed
 * expenditure, a corrected poverty status dated back — changes the figures of the period it concerns: the
 * truth as now known. {@link #asKnownOn(LocalDate)} builds the report as it could have been built at the end
 * of that day (Vietnam time): events recorded after it are left out, so a report re-built later reproduces
 * the figures once submitted (<i>số liệu tại thời điểm báo cáo</i>).
 *
 * <p><b>Structure (the roll-up rule).</b> A report uses the administrative structure in force on
 * its {@linkplain ReportingPeriod#structureDate() structure date}, the period's last day:
 * <ul>
 *   <li>a period ending before 1 July 2025 rolls up village → commune → district → province, as
 *       the units then stood;</li>
 *   <li>a later period (or one spanning the reform) rolls up village → commune → province (Đà
 *       Nẵng city) without districts; a unit that had ended by then — a commune merged on 1 July
 *       2025 — is reported under the unit that carries it on ({@link
 *       AdministrativeRegistry#successorsAsOf}): its single successor, or the nearest unit
 *       containing all its successors when it was split. {@link Report#carriedOnBy()} lists these
 *       mappings. A unit with no successor on that date is reported as a top row of its own.</li>
 * </ul>
 * The period's end rather than its start is used because a unit created by the reform (Hùng Sơn)
 * cannot be mapped back onto the four communes it replaced, whereas every old unit maps forward
 * exactly; so no value is ever split, guessed or dropped.
 *
 * <p><b>Exactness.</b> Each row's value is what was recorded at the unit itself combined, with the
 * indicator's {@link Aggregation}, with its child rows' values; the report totals combine the top
 * rows. Values of {@code SUM} and {@code COUNT} indicators must be whole ({@link
 * IndicatorValue#isWhole()}).
 *
 * <p>Not thread-safe while being configured; {@code build} may be called repeatedly, and the
 * reports it returns are immutable.
 */
public final class ReportBuilder {

    private final AdministrativeRegistry registry;
    private final Map<String, IndicatorSource> sources = new LinkedHashMap<>();
    private final Map<String, IndicatorPlan> plans = new HashMap<>();
    /** Events recorded at or after this instant are left out; empty: every event counts. */
    private Optional<Instant> recordedBefore = Optional.empty();
    private Optional<LocalDate> knownOn = Optional.empty();

    /** The zone of the programme's days: a day "as known on" ends at midnight in Vietnam. */
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A builder over the given administrative units (those of the ledger, including its villages). */
    public ReportBuilder(AdministrativeRegistry registry) {
        this.registry = requireNonNull(registry, "registry");
    }

    /**
     * Adds an indicator.
     *
     * @throws KetnghiaException {@link ReportingErrorCode#REPORTING_DUPLICATE_INDICATOR} if an
     *     indicator with the same id was added before
     */
    public ReportBuilder add(IndicatorSource source) {
        requireNonNull(source, "source");
        String id = source.definition().id();
        if (sources.putIfAbsent(id, source) != null) {
            throw KetnghiaException.of(ReportingErrorCode.REPORTING_DUPLICATE_INDICATOR, "sources", id);
        }
        return this;
    }

    /** Adds every source of {@code toAdd}, in order; see {@link #add(IndicatorSource)}. */
    public ReportBuilder addAll(Iterable<? extends IndicatorSource> toAdd) {
        requireNonNull(toAdd, "toAdd").forEach(this::add);
        return this;
    }

    /**
     * Sets the baselines and targets of an indicator already added.
     *
     * @throws KetnghiaException {@link ReportingErrorCode#REPORTING_UNKNOWN_INDICATOR} if no
     *     source computes the indicator, {@link ReportingErrorCode#REPORTING_PLAN_MISMATCH} if the
     *     plan's definition differs from the source's
     */
    public ReportBuilder plan(IndicatorPlan plan) {
        requireNonNull(plan, "plan");
        String id = plan.definition().id();
        IndicatorSource source = sources.get(id);
        if (source == null) {
            throw KetnghiaException.of(ReportingErrorCode.REPORTING_UNKNOWN_INDICATOR, "plan.definition.id", id);
        }
        if (!source.definition().equals(plan.definition())) {
            throw KetnghiaException.of(ReportingErrorCode.REPORTING_PLAN_MISMATCH, "plan.definition", id);
        }
        plans.put(id, plan);
        return this;
    }

    /**
     * Builds the following reports from what was known at the end of {@code date} (Vietnam time): only
     * events recorded by then count, whatever date they happened on.
     */
    public ReportBuilder asKnownOn(LocalDate date) {
        requireNonNull(date, "date");
        this.knownOn = Optional.of(date);
        this.recordedBefore = Optional.of(knownBy(date));
        return this;
    }

    /**
     * The end of {@code date}, midnight after it in Vietnam: what a ledger knew on that day are the events recorded
     * before this instant, the cut of {@link #asKnownOn}; hosts that name the ledger as known on a day cut it here too.
     */
    public static Instant knownBy(LocalDate date) {
        return requireNonNull(date, "date").plusDays(1).atStartOfDay(VIETNAM).toInstant();
    }

    /** Builds the following reports from every event given, corrections recorded later included (the default). */
    public ReportBuilder asTrue() {
        this.knownOn = Optional.empty();
        this.recordedBefore = Optional.empty();
        return this;
    }

    /** The day whose knowledge the reports are built from; empty when built as true (every event). */
    public Optional<LocalDate> knownOn() {
        return knownOn;
    }

    /** Builds the report for one period from {@code events}, given in ledger order. */
    public Report build(ReportingPeriod period, Iterable<EventEnvelope> events) {
        return build(List.of(requireNonNull(period, "period")), events).get(0);
    }

    /**
     * Builds one report per period in a single pass over {@code events}, given in ledger order.
     *
     * @throws KetnghiaException {@link ReportingErrorCode#REPORTING_NO_PERIODS} for no periods;
     *     {@link ReportingErrorCode#REPORTING_UNKNOWN_UNIT} or {@link
     *     ReportingErrorCode#REPORTING_VALUE_NOT_WHOLE} (all at once) if a source hands out a value
     *     for a unit the registry does not know or a fraction for a sum
     */
    public List<Report> build(List<ReportingPeriod> periods, Iterable<EventEnvelope> events) {
        requireNonNull(events, "events");
        return build(periods, consumer -> events.forEach(consumer));
    }

    /** Builds one report per period in a single pass over every event of {@code store}. */
    public List<Report> build(List<ReportingPeriod> periods, EventStore store) {
        requireNonNull(store, "store");
        return build(periods, consumer -> store.forEach(1, consumer));
    }

    private List<Report> build(List<ReportingPeriod> periods, Consumer<Consumer<EventEnvelope>> eventFeed) {
        requireNonNull(periods, "periods");
        if (periods.isEmpty()) {
            throw KetnghiaException.of(ReportingErrorCode.REPORTING_NO_PERIODS, "periods");
        }
        List<IndicatorSource> sourceList = List.copyOf(sources.values());
        int periodCount = periods.size();
        IndicatorAccumulator[][] accumulators = new IndicatorAccumulator[periodCount][sourceList.size()];
        java.time.LocalDate[] ends = new java.time.LocalDate[periodCount];
        for (int p = 0; p < periodCount; p++) {
            ends[p] = periods.get(p).to();
            for (int s = 0; s < sourceList.size(); s++) {
                accumulators[p][s] = requireNonNull(sourceList.get(s).newAccumulator(periods.get(p)), "accumulator");
            }
        }
        Instant cutOff = recordedBefore.orElse(null);
        eventFeed.accept(event -> {
            if (cutOff != null && !event.recordedAt().isBefore(cutOff)) {
                return;
            }
            for (int p = 0; p < periodCount; p++) {
                if (!event.occurredOn().isAfter(ends[p])) {
                    for (IndicatorAccumulator accumulator : accumulators[p]) {
                        accumulator.accept(event);
                    }
                }
            }
        });
        List<Report> reports = new ArrayList<>(periodCount);
        for (int p = 0; p < periodCount; p++) {
            reports.add(assemble(periods.get(p), sourceList, accumulators[p]));
        }
        return List.copyOf(reports);
    }

    private Report assemble(ReportingPeriod period, List<IndicatorSource> sourceList,
            IndicatorAccumulator[] accumulators) {
        UnitTree tree = new UnitTree(registry, period.structureDate());
        Problems problems = new Problems();
        int count = sourceList.size();
        List<Map<Node, IndicatorValue>> own = new ArrayList<>(count);
        List<Map<Node, IndicatorValue>> baselines = new ArrayList<>(count);
        List<Map<Node, IndicatorValue>> targets = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            IndicatorDefinition definition = sourceList.get(s).definition();
            Optional<IndicatorPlan> plan = Optional.ofNullable(plans.get(definition.id()));
            own.add(place(tree, definition, accumulators[s].result(), "sources[" + definition.id() + "]", problems));
            baselines.add(place(tree, definition, plan.map(IndicatorPlan::baselines).orElse(Map.of()),
                    "plans[" + definition.id() + "].baselines", problems));
            targets.add(place(tree, definition, plan.map(IndicatorPlan::targets).orElse(Map.of()),
                    "plans[" + definition.id() + "].targets", problems));
        }
        problems.throwIfAny();

        List<Node> order = treeOrder(tree, own, baselines, targets);
        List<Map<Node, ReportCell>> cells = new ArrayList<>(count);
        Map<String, ReportCell> totals = new LinkedHashMap<>();
        for (int s = 0; s < count; s++) {
            Aggregation aggregation = sourceList.get(s).definition().aggregation();
            Map<Node, IndicatorValue> actual = rollUp(order, own.get(s), aggregation, true);
            Map<Node, IndicatorValue> baseline = rollUp(order, baselines.get(s), aggregation, false);
            Map<Node, IndicatorValue> target = rollUp(order, targets.get(s), aggregation, false);
            Map<Node, ReportCell> indicatorCells = new HashMap<>();
            for (Node node : order) {
                ReportCell cell = new ReportCell(Optional.ofNullable(actual.get(node)),
                        node.children.isEmpty() ? Optional.empty() : Optional.ofNullable(own.get(s).get(node)),
                        Optional.ofNullable(baseline.get(node)), Optional.ofNullable(target.get(node)));
                if (!cell.blank()) {
                    indicatorCells.put(node, cell);
                }
            }
            cells.add(indicatorCells);
            ReportCell total = new ReportCell(combineTop(order, actual, aggregation), Optional.empty(),
                    combineTop(order, baseline, aggregation), combineTop(order, target, aggregation));
            if (!total.blank()) {
                totals.put(sourceList.get(s).definition().id(), total);
            }
        }
        List<ReportRow> rows = new ArrayList<>(order.size());
        for (Node node : order) {
            Map<String, ReportCell> rowCells = new LinkedHashMap<>();
            for (int s = 0; s < count; s++) {
                ReportCell cell = cells.get(s).get(node);
                if (cell != null) {
                    rowCells.put(sourceList.get(s).definition().id(), cell);
                }
            }
            rows.add(new ReportRow(node.code, node.nameVi, node.nameEn, node.levelId, node.levelNameVi,
                    node.levelNameEn, node.depth, node.parentCode(), rowCells));
        }
        List<IndicatorDefinition> definitions = sourceList.stream().map(IndicatorSource::definition).toList();
        return new Report(period, period.structureDate(), definitions, rows, totals, tree.carriedOnBy(), List.of());
    }

    private static Map<Node, IndicatorValue> place(UnitTree tree, IndicatorDefinition definition,
            Map<String, IndicatorValue> values, String field, Problems problems) {
        Aggregation aggregation = definition.aggregation();
        Map<Node, IndicatorValue> placed = new HashMap<>();
        // sorted, so that values of units carried on by the same unit combine in a fixed order
        for (Map.Entry<String, IndicatorValue> entry : new java.util.TreeMap<>(values).entrySet()) {
            String code = entry.getKey();
            IndicatorValue value = requireNonNull(entry.getValue(), "value");
            if (aggregation.requiresWholeValues() && !value.isWhole()) {
                problems.add(ReportingErrorCode.REPORTING_VALUE_NOT_WHOLE, field + "[" + code + "]", definition.id(),
                        aggregation, code, value.denominator());
                continue;
            }
            Optional<Node> node = tree.place(code);
            if (node.isEmpty()) {
                problems.add(ReportingErrorCode.REPORTING_UNKNOWN_UNIT, field + "[" + code + "]", definition.id(), code);
                continue;
            }
            node.get().touch();
            placed.merge(node.get(), value, aggregation::combine);
        }
        return placed;
    }

    /** Every touched node, parents before children, siblings by name. */
    private static List<Node> treeOrder(UnitTree tree, List<Map<Node, IndicatorValue>> own,
            List<Map<Node, IndicatorValue>> baselines, List<Map<Node, IndicatorValue>> targets) {
        java.util.Set<Node> roots = new java.util.TreeSet<>(UnitTree.SIBLING_ORDER);
        for (List<Map<Node, IndicatorValue>> group : List.of(own, baselines, targets)) {
            for (Map<Node, IndicatorValue> map : group) {
                for (Node node : map.keySet()) {
                    roots.add(node.chain().get(node.depth));
                }
            }
        }
        List<Node> order = new ArrayList<>();
        for (Node root : roots) {
            appendDepthFirst(root, order);
        }
        return order;
    }

    private static void appendDepthFirst(Node node, List<Node> order) {
        order.add(node);
        node.children.sort(UnitTree.SIBLING_ORDER);
        for (Node child : node.children) {
            appendDepthFirst(child, order);
        }
    }

    /**
     * Bottom-up: a node's value combines its own value with its children's (actuals), or is its own
     * value if given and otherwise its children's combined (baselines and targets).
     */
    private static Map<Node, IndicatorValue> rollUp(List<Node> order, Map<Node, IndicatorValue> own,
            Aggregation aggregation, boolean ownIsPart) {
        Map<Node, IndicatorValue> result = new HashMap<>();
        if (own.isEmpty()) {
            return result;
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            Node node = order.get(i);
            IndicatorValue value = own.get(node);
            if (value != null && !ownIsPart) {
                result.put(node, value);
                continue;
            }
            for (Node child : node.children) {
                IndicatorValue childValue = result.get(child);
                if (childValue != null) {
                    value = value == null ? childValue : aggregation.combine(value, childValue);
                }
            }
            if (value != null) {
                result.put(node, value);
            }
        }
        return result;
    }

    private static Optional<IndicatorValue> combineTop(List<Node> order, Map<Node, IndicatorValue> values,
            Aggregation aggregation) {
        IndicatorValue total = null;
        for (Node node : order) {
            IndicatorValue value = node.depth == 0 ? values.get(node) : null;
            if (value != null) {
                total = total == null ? value : aggregation.combine(total, value);
            }
        }
        return Optional.ofNullable(total);
    }
}
