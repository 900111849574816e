package org.ketnghia.core.reporting.rollup;

import static java.util.Objects.requireNonNull;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.ChainVerification;
import org.ketnghia.core.ledger.ChainVerification.ChainBreak;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.reporting.Aggregation;
import org.ketnghia.core.reporting.IndicatorAccumulator;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorSource;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportBuilder;
import org.ketnghia.core.reporting.ReportCell;
import org.ketnghia.core.reporting.ReportRow;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.core.value.BilingualText;

/**
 * Builds a {@link NationalRollUp} from the ledgers of several provinces.
 *
 * <p>For each province, in the order added: the store's last sequence is read, the hash chain is
 * verified up to it ({@link org.ketnghia.core.ledger.EventChain#verify}); a ledger that is broken,
 * unreadable, shorter than its store claims, empty, or whose reports cannot be built is excluded and
 * named ({@link ExcludedLedger}) with its first bad sequence and the reason. The others' reports are
 * built by a {@link ReportBuilder} from the very events verified, and combined per period into the
 * national reports (see {@link NationalRollUp}). Province ledgers are only read.
 *
 * <p>A province whose store reads people's encrypted fields masked ({@link ProvinceLedger#personalDataMasked()}:
 * a national body that does not hold the province's master key) is verified and rolled up like any other, since
 * the chain covers the stored bytes. If its ledger holds encrypted data, each indicator whose source {@linkplain
 * IndicatorSource#readsPersonalData() reads personal data} is not computed for it: its cells stay empty and the
 * indicator is named in {@link IncludedLedger#indicatorsNotAvailable()}; the national total of such an indicator is
 * then not given either (a total of the other provinces only would pass for the country's). Every other figure is
 * exactly the one the province's keys would give.
 *
 * <pre>{@code
 * NationalRollUp rollUp = new RollUpBuilder()
 *         .add(new ProvinceLedger("quang-nam", "Quảng Nam", store, chain, units, sources, periods))
 *         .add(...)
 *         .build();
 * }</pre>
 *
 * <p>Not thread-safe while being configured; {@code build} may be called repeatedly.
 */
public final class RollUpBuilder {

    /** The accumulator of an indicator not available: it takes in nothing and gives no value. */
    private static final IndicatorAccumulator NO_VALUE = new IndicatorAccumulator() {
        @Override
        public void accept(EventEnvelope event) {
        }

        @Override
        public Map<String, IndicatorValue> result() {
            return Map.of();
        }
    };

    private static final BilingualText PROVINCE_LEVEL = BilingualText.of("Cấp tỉnh", "Province");

    private final List<ProvinceLedger> provinces = new ArrayList<>();

    /** An empty builder. */
    public RollUpBuilder() {
    }

    /** Adds a province; problems with it are reported, all at once, by {@link #build()}. */
    public RollUpBuilder add(ProvinceLedger province) {
        provinces.add(requireNonNull(province, "province"));
        return this;
    }

    /** Adds every province of {@code toAdd}, in order. */
    public RollUpBuilder addAll(Iterable<ProvinceLedger> toAdd) {
        requireNonNull(toAdd, "toAdd").forEach(this::add);
        return this;
    }

    /**
     * Verifies every ledger, builds the included provinces' reports and the national ones.
     *
     * @throws KetnghiaException listing every problem of the inputs, before any ledger is read: {@link
     *     RollUpErrorCode#ROLLUP_NO_PROVINCES}, {@link RollUpErrorCode#ROLLUP_BLANK_PROVINCE}, {@link
     *     RollUpErrorCode#ROLLUP_DUPLICATE_PROVINCE}, {@link RollUpErrorCode#ROLLUP_NO_PERIODS}, {@link
     *     RollUpErrorCode#ROLLUP_PERIODS_DIFFER}, {@link RollUpErrorCode#ROLLUP_INDICATOR_MISMATCH}. A bad
     *     ledger is never thrown: it is excluded and named in the result.
     */
    public NationalRollUp build() {
        List<IndicatorDefinition> indicators = checkInputs();
        List<ProvinceReports> included = new ArrayList<>();
        List<ExcludedLedger> excluded = new ArrayList<>();
        for (ProvinceLedger province : provinces) {
            Outcome outcome = rollUpProvince(province);
            outcome.reports().ifPresent(included::add);
            outcome.exclusion().ifPresent(excluded::add);
        }
        List<Report> national = new ArrayList<>();
        int periodCount = provinces.get(0).periods().size();
        for (int p = 0; p < periodCount; p++) {
            national.add(nationalReport(p, indicators, included));
        }
        return new NationalRollUp(included, national, excluded);
    }

    private List<IndicatorDefinition> checkInputs() {
        Problems problems = new Problems();
        if (provinces.isEmpty()) {
            problems.add(RollUpErrorCode.ROLLUP_NO_PROVINCES, "provinces").throwIfAny();
        }
        Set<String> ids = new LinkedHashSet<>();
        Map<String, IndicatorDefinition> definitions = new LinkedHashMap<>();
        Map<String, String> definedBy = new HashMap<>();
        ProvinceLedger first = provinces.get(0);
        for (int i = 0; i < provinces.size(); i++) {
            ProvinceLedger province = provinces.get(i);
            String field = "provinces[" + i + "]";
            problems.check(province.id().isBlank() || province.name().isBlank(), RollUpErrorCode.ROLLUP_BLANK_PROVINCE,
                    field, province.id(), province.name());
            problems.check(!ids.add(province.id()), RollUpErrorCode.ROLLUP_DUPLICATE_PROVINCE, field + ".id",
                    province.id());
            problems.check(province.periods().isEmpty(), RollUpErrorCode.ROLLUP_NO_PERIODS, field + ".periods",
                    province.id());
            if (!kinds(province).equals(kinds(first))) {
                problems.add(RollUpErrorCode.ROLLUP_PERIODS_DIFFER, field + ".periods", province.id(), kinds(province),
                        first.id(), kinds(first));
            }
            for (IndicatorSource source : province.sources()) {
                IndicatorDefinition definition = source.definition();
                IndicatorDefinition known = definitions.putIfAbsent(definition.id(), definition);
                definedBy.putIfAbsent(definition.id(), province.id());
                if (known != null && !known.equals(definition)) {
                    problems.add(RollUpErrorCode.ROLLUP_INDICATOR_MISMATCH, field + ".sources[" + definition.id() + "]",
                            definition.id(), province.id(), definedBy.get(definition.id()), describe(definition),
                            describe(known));
                }
            }
        }
        problems.throwIfAny();
        return List.copyOf(definitions.values());
    }

    private static String kinds(ProvinceLedger province) {
        return province.periods().stream().map(period -> period.kind().name()).collect(Collectors.joining(", "));
    }

    private static String describe(IndicatorDefinition definition) {
        return definition.nameVi() + ", " + definition.unit() + ", " + definition.aggregation();
    }

    /** What became of one province: its reports, or why it was left out. */
    private record Outcome(Optional<ProvinceReports> reports, Optional<ExcludedLedger> exclusion) {

        static Outcome included(ProvinceReports reports) {
            return new Outcome(Optional.of(reports), Optional.empty());
        }

        static Outcome excluded(ProvinceLedger province, RollUpErrorCode code, Optional<Long> firstBadSequence,
                long eventsRead, Object... arguments) {
            Object[] withName = new Object[arguments.length + 1];
            withName[0] = province.name() + " (" + province.id() + ")";
            System.arraycopy(arguments, 0, withName, 1, arguments.length);
            Problem problem = Problem.of(code, "provinces[" + province.id() + "]", withName);
            return new Outcome(Optional.empty(), Optional.of(new ExcludedLedger(province.id(), province.name(), code,
                    firstBadSequence, eventsRead, BilingualText.of(problem.messageVi(), problem.messageEn()))));
        }
    }

    private static Outcome rollUpProvince(ProvinceLedger province) {
        long claimed;
        try {
            claimed = province.store().lastSequence();
        } catch (KetnghiaException | UncheckedIOException e) {
            return Outcome.excluded(province, RollUpErrorCode.ROLLUP_LEDGER_UNREADABLE, Optional.of(1L), 0, 1,
                    messageVi(e), messageEn(e));
        }
        VerifiedView view = new VerifiedView(province.store(), claimed);
        ChainVerification verification;
        try {
            verification = province.chain().verify(view);
        } catch (KetnghiaException | UncheckedIOException e) {
            long firstBad = view.lastSequence() + 1;
            return Outcome.excluded(province, RollUpErrorCode.ROLLUP_LEDGER_UNREADABLE, Optional.of(firstBad),
                    view.lastSequence(), firstBad, messageVi(e), messageEn(e));
        }
        if (verification.firstBreak().isPresent()) {
            ChainBreak broken = verification.firstBreak().get();
            return Outcome.excluded(province, RollUpErrorCode.ROLLUP_CHAIN_BROKEN, Optional.of(broken.sequence()),
                    verification.eventsChecked(), broken.sequence(), kindVi(broken.kind()), broken.kind(),
                    broken.detail());
        }
        if (claimed == 0) {
            return Outcome.excluded(province, RollUpErrorCode.ROLLUP_LEDGER_EMPTY, Optional.empty(), 0);
        }
        if (verification.eventsChecked() != claimed || view.lastSequence() != claimed) {
            long firstMissing = view.lastSequence() + 1;
            return Outcome.excluded(province, RollUpErrorCode.ROLLUP_LEDGER_INCOMPLETE, Optional.of(firstMissing),
                    verification.eventsChecked(), claimed, verification.eventsChecked(), firstMissing);
        }
        boolean masked = province.personalDataMasked() && view.holdsEncryptedData();
        List<IndicatorSource> sources = new ArrayList<>();
        List<String> notAvailable = new ArrayList<>();
        for (IndicatorSource source : province.sources()) {
            if (masked && source.readsPersonalData()) {
                // never computed from the stand-ins of a masked reading: the indicator stays, with no value
                sources.add(IndicatorSource.ofClearFields(source.definition(), period -> NO_VALUE));
                notAvailable.add(source.definition().id());
            } else {
                sources.add(source);
            }
        }
        IncludedLedger ledger = new IncludedLedger(province.id(), province.name(), verification.eventsChecked(),
                view.lastSequence(), view.lastHash(), view.simulated(), masked, notAvailable);
        try {
            List<Report> reports = new ReportBuilder(province.units()).addAll(sources)
                    .build(province.periods(), new VerifiedView(province.store(), claimed, province.programmeId()));
            return Outcome.included(new ProvinceReports(ledger, reports));
        } catch (KetnghiaException | UncheckedIOException e) {
            return Outcome.excluded(province, RollUpErrorCode.ROLLUP_REPORT_REFUSED, Optional.empty(),
                    verification.eventsChecked(), messageVi(e), messageEn(e));
        }
    }

    private static String kindVi(ChainVerification.Kind kind) {
        return switch (kind) {
            case SEQUENCE_GAP -> "thiếu sự kiện hoặc sai thứ tự";
            case BROKEN_LINK -> "mã băm không nối với sự kiện trước";
            case HASH_MISMATCH -> "nội dung đã bị sửa sau khi ghi sổ";
        };
    }

    private static String messageVi(RuntimeException e) {
        return e instanceof KetnghiaException ketnghia ? ketnghia.problems().stream()
                .map(problem -> problem.code().name() + ": " + problem.messageVi()).collect(Collectors.joining("; "))
                : "lỗi đọc dữ liệu: " + e.getMessage();
    }

    private static String messageEn(RuntimeException e) {
        return e instanceof KetnghiaException ketnghia ? ketnghia.problems().stream()
                .map(problem -> problem.code().name() + ": " + problem.messageEn()).collect(Collectors.joining("; "))
                : "read error: " + e.getMessage();
    }

    private Report nationalReport(int index, List<IndicatorDefinition> indicators, List<ProvinceReports> included) {
        ReportingPeriod period = nationalPeriod(index);
        List<ReportRow> rows = new ArrayList<>();
        for (ProvinceReports province : included) {
            Report report = province.reports().get(index);
            rows.add(new ReportRow(province.ledger().provinceId(), province.ledger().provinceName(),
                    province.ledger().provinceName(), AdminLevel.PROVINCE, PROVINCE_LEVEL.vi(), PROVINCE_LEVEL.en(), 0,
                    Optional.empty(), report.totals()));
        }
        Map<String, ReportCell> totals = new LinkedHashMap<>();
        for (IndicatorDefinition indicator : indicators) {
            if (included.stream().anyMatch(province -> province.ledger().notAvailable(indicator.id()))) {
                continue; // a national total of the provinces read with keys only would pass for the whole country's
            }
            Aggregation aggregation = indicator.aggregation();
            Optional<IndicatorValue> actual = Optional.empty();
            Optional<IndicatorValue> baseline = Optional.empty();
            Optional<IndicatorValue> target = Optional.empty();
            for (ReportRow row : rows) {
                ReportCell cell = row.cell(indicator.id());
                actual = combine(aggregation, actual, cell.actual());
                baseline = combine(aggregation, baseline, cell.baseline());
                target = combine(aggregation, target, cell.target());
            }
            ReportCell total = new ReportCell(actual, Optional.empty(), baseline, target);
            if (!total.blank()) {
                totals.put(indicator.id(), total);
            }
        }
        return new Report(period, period.structureDate(), indicators, rows, totals, Map.of(), List.of());
    }

    private static Optional<IndicatorValue> combine(Aggregation aggregation, Optional<IndicatorValue> whole,
            Optional<IndicatorValue> part) {
        if (part.isEmpty()) {
            return whole;
        }
        return Optional.of(whole.map(value -> aggregation.combine(value, part.get())).orElse(part.get()));
    }

    /** The provinces' period {@code index} when they agree, else the span of them all with their labels. */
    private ReportingPeriod nationalPeriod(int index) {
        List<ReportingPeriod> periods = provinces.stream().map(province -> province.periods().get(index)).distinct()
                .toList();
        if (periods.size() == 1) {
            return periods.get(0);
        }
        LocalDate from = periods.stream().map(ReportingPeriod::from).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = periods.stream().map(ReportingPeriod::to).max(LocalDate::compareTo).orElseThrow();
        String labelVi = periods.stream().map(ReportingPeriod::labelVi).distinct().collect(Collectors.joining("; "));
        String labelEn = periods.stream().map(ReportingPeriod::labelEn).distinct().collect(Collectors.joining("; "));
        return new ReportingPeriod(periods.get(0).kind(), from, to, labelVi, labelEn);
    }
}
