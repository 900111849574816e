package org.ketnghia.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;
import org.ketnghia.benchmarks.Benchmarks.Options;
import org.ketnghia.core.funding.ExpenditureRecorded;
import org.ketnghia.core.funding.ReceiptRecorded;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.Household;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRegistered;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.PovertyStatusRecorded;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.reporting.Aggregation;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorSource;
import org.ketnghia.core.reporting.IndicatorSources;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportBuilder;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.livestock.LivestockModel;
import org.ketnghia.livestock.programme.LivestockProgramme;

/**
 * B3: a province of 400,000 households (Quảng Nam's communes, 30 villages each) and five programme
 * years of recorded events — registrations, yearly poverty status, yearly receipts per commune,
 * support expenditures — from which {@link ReportBuilder} builds, in one pass, the five annual
 * reports, the 3-year interim review and the 5-year final review, rolled up village → commune →
 * (district →) province, with six core indicators and every livestock indicator source.
 *
 * <p>The events are streamed from a deterministic generator in ledger order, as a durable store
 * streams them: the 2.6 million events are never all in memory, as they would not be in a host.
 * The time to generate them is included in {@code B3 seconds} and printed on its own.
 */
final class ReportingBenchmark {

    static final int HOUSEHOLDS = 400_000;
    static final int YEARS = 5;

    static final IndicatorDefinition HOUSEHOLDS_REGISTERED = new IndicatorDefinition("bench.households",
            "Số hộ đăng ký", "Households registered", "hộ", Aggregation.COUNT);
    static final IndicatorDefinition POOR = new IndicatorDefinition("bench.poor", "Số hộ nghèo được rà soát",
            "Poor households reviewed", "hộ", Aggregation.SUM);
    static final IndicatorDefinition NEAR_POOR = new IndicatorDefinition("bench.near-poor",
            "Số hộ cận nghèo được rà soát", "Near-poor households reviewed", "hộ", Aggregation.SUM);
    static final IndicatorDefinition ESCAPED = new IndicatorDefinition("bench.escaped", "Số hộ mới thoát nghèo",
            "Households newly escaped", "hộ", Aggregation.SUM);
    static final IndicatorDefinition RECEIVED = new IndicatorDefinition("bench.received", "Kinh phí đã tiếp nhận",
            "Money received", "đồng", Aggregation.SUM);
    static final IndicatorDefinition SPENT = new IndicatorDefinition("bench.spent", "Kinh phí đã chi",
            "Money spent", "đồng", Aggregation.SUM);

    private ReportingBenchmark() {
    }

    static void run(Options options) {
        long maxHeapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        if (maxHeapMb > 2100) {
            options.note("B3 should run with -Xmx2g; this JVM may use " + maxHeapMb + " MB");
        }
        Province province = new Province(30);
        KetnghiaRuntime runtime = KetnghiaRuntime.builder()
                .addModel(new LivestockModel(LivestockProgramme.quangNam2021()))
                .administrativeUnits(province.units).clock(Province.CLOCK).build();
        List<IndicatorSource> livestock = runtime.model(LivestockModel.ID).indicatorSources(runtime.context());
        int full = options.size(HOUSEHOLDS);
        int tenth = Math.max(1, full / 10);
        List<ReportingPeriod> periods = ReportingPeriod.programmePeriods(Province.PROGRAMME_START);

        options.note("B3 warm-up at " + tenth + " households");
        build(province, livestock, periods, tenth);
        build(province, livestock, periods, tenth);
        double smallSeconds = Double.MAX_VALUE;
        for (int i = 0; i < options.repeats(); i++) {
            Measure.settle();
            smallSeconds = Math.min(smallSeconds, build(province, livestock, periods, tenth));
        }
        double feedSeconds = Double.MAX_VALUE;
        long events = 0;
        for (int i = 0; i < options.repeats(); i++) {
            long start = System.nanoTime();
            long count = 0;
            for (EventEnvelope event : new Events(province, full)) {
                count += event.sequence() > 0 ? 1 : 0;
            }
            feedSeconds = Math.min(feedSeconds, (System.nanoTime() - start) / 1e9);
            events = count;
        }
        Measure.settle();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        double bigSeconds = Double.MAX_VALUE;
        for (int i = 0; i < options.repeats(); i++) {
            bigSeconds = Math.min(bigSeconds, build(province, livestock, periods, full));
        }
        sampler.interrupt();
        long peakBytes = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        options.figure("B3", "seconds", bigSeconds);
        options.figure("B3", "peak-heap-mb", peakBytes / (1024.0 * 1024.0));
        options.figure("B3", "peak-sampled-heap-mb", sampler.peak.get() / (1024.0 * 1024.0));
        options.figure("B3", "events", events);
        options.figure("B3", "event-generation-seconds", feedSeconds);
        options.figure("B3", "events-per-second", events / bigSeconds);
        options.figure("B3", "cost-growth-exponent", Measure.growth(tenth, smallSeconds, full, bigSeconds));
        options.note("B3 at " + tenth + " households: " + Benchmarks.Options.format(smallSeconds) + " s");
    }

    /** Builds the seven reports over {@code households}; seconds taken, generation of the events included. */
    static double build(Province province, List<IndicatorSource> livestock, List<ReportingPeriod> periods,
            int households) {
        long start = System.nanoTime();
        ReportBuilder builder = new ReportBuilder(province.units)
                .add(IndicatorSources.countOf(HOUSEHOLDS_REGISTERED, HouseholdRegistered.class))
                .add(IndicatorSources.fromEvents(POOR, PovertyStatusRecorded.class, e -> categoryIs(e,
                        PovertyCategory.POOR)))
                .add(IndicatorSources.fromEvents(NEAR_POOR, PovertyStatusRecorded.class, e -> categoryIs(e,
                        PovertyCategory.NEAR_POOR)))
                .add(IndicatorSources.fromEvents(ESCAPED, PovertyStatusRecorded.class, e -> categoryIs(e,
                        PovertyCategory.NEWLY_ESCAPED)))
                .add(IndicatorSources.sumOfMoney(RECEIVED, ReceiptRecorded.class, ReceiptRecorded::amount))
                .add(IndicatorSources.sumOfMoney(SPENT, ExpenditureRecorded.class, ExpenditureRecorded::amount))
                .addAll(livestock);
        List<Report> reports = builder.build(periods, new Events(province, households));
        double seconds = (System.nanoTime() - start) / 1e9;
        Report last = reports.get(reports.size() - 1);
        IndicatorValue total = last.total(HOUSEHOLDS_REGISTERED.id()).orElseThrow();
        if (!total.equals(IndicatorValue.of(households)) || reports.size() != 7) {
            throw new IllegalStateException("final review counts " + total + " households, expected " + households);
        }
        return seconds;
    }

    private static IndicatorValue categoryIs(PovertyStatusRecorded event, PovertyCategory category) {
        return event.category() == category ? IndicatorValue.of(1) : IndicatorValue.ZERO;
    }

    /** Polls the used heap every few milliseconds. */
    private static final class HeapSampler extends Thread {
        final AtomicLong peak = new AtomicLong();

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (!isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /**
     * The recorded events of the province, generated in ledger order: year by year, first the
     * commune receipts, then per household its registration (year 1), its poverty status and, for
     * one household in four each year, a support expenditure of its commune.
     */
    static final class Events implements Iterable<EventEnvelope> {
        private static final PovertyCategory[] CATEGORIES = PovertyCategory.values();
        private static final String[] ETHNICITY_CODES = {"26", "26", "22", "25", "01"};
        private static final String HASH = "0".repeat(64);
        private final Province province;
        private final int households;

        Events(Province province, int households) {
            this.province = province;
            this.households = households;
        }

        @Override
        public Iterator<EventEnvelope> iterator() {
            return new Iterator<>() {
                private final List<EventEnvelope> pending = new ArrayList<>();
                private int pendingIndex;
                private int year = 1;
                private int household = -1; // -1: the commune receipts of the year
                private long sequence;

                @Override
                public boolean hasNext() {
                    while (pendingIndex >= pending.size()) {
                        if (year > YEARS) {
                            return false;
                        }
                        pending.clear();
                        pendingIndex = 0;
                        fill();
                    }
                    return true;
                }

                @Override
                public EventEnvelope next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return pending.get(pendingIndex++);
                }

                private void fill() {
                    LocalDate yearStart = Province.PROGRAMME_START.plusYears(year - 1L);
                    boolean merged = !yearStart.isBefore(Province.FIRST_DAY_OF_MERGERS);
                    if (household < 0) {
                        List<String> communes = merged
                                ? province.villageSuccessorCommunes.stream().distinct().toList()
                                : province.communes;
                        for (String commune : communes) {
                            add(yearStart.plusMonths(1), commune, ReceiptRecorded.builder()
                                    .receiptId("thu-" + year + "-" + commune).communeCode(commune)
                                    .sourceId("ngan-sach-tinh").modelId("livestock")
                                    .amount(Money.ofDong(2_000_000_000L)).build());
                        }
                        household = 0;
                        return;
                    }
                    int h = household++;
                    int v = h % province.villages.size();
                    String village = province.villages.get(v);
                    String commune = merged ? province.villageSuccessorCommunes.get(v) : province.villageCommunes.get(v);
                    String id = "HH-" + h;
                    if (year == 1) {
                        add(yearStart.plusDays(h % 120), village, HouseholdRegistered.builder()
                                .household(Household.builder().id(id).villageCode(village)
                                        .ethnicityCode(ETHNICITY_CODES[h % ETHNICITY_CODES.length])
                                        .addMembers(HouseholdMember.of("Chủ hộ " + h,
                                                h % 3 == 0 ? Sex.FEMALE : Sex.MALE, 1950 + h % 50,
                                                HouseholdRelation.HEAD))
                                        .registeredOn(yearStart.plusDays(h % 120)).build())
                                .build());
                    }
                    int statusYear = Province.PROGRAMME_START.getYear() + year;
                    add(LocalDate.of(statusYear - 1, 12, 10), village, PovertyStatusRecorded.builder()
                            .householdId(id).year(statusYear).category(CATEGORIES[(h + year) % CATEGORIES.length])
                            .basis("Quyết định 123/QĐ-UBND ngày 10/12/" + (statusYear - 1)).build());
                    if ((h + year) % 4 == 0) {
                        add(yearStart.plusMonths(3), commune, ExpenditureRecorded.builder()
                                .expenditureId("chi-" + year + "-" + h).communeCode(commune).modelId("livestock")
                                .description("Hỗ trợ giống cho hộ " + id).amount(Money.ofDong(18_500_000))
                                .documentReference("PC-" + year + "-" + h).build());
                    }
                    if (household >= households) {
                        household = -1;
                        year++;
                    }
                }

                private void add(LocalDate occurredOn, String unitCode, LedgerEvent payload) {
                    pending.add(new EventEnvelope(++sequence, occurredOn, Instant.EPOCH.plusSeconds(sequence),
                            Province.PROVINCE, unitCode, payload, HASH, HASH));
                }
            };
        }
    }
}
