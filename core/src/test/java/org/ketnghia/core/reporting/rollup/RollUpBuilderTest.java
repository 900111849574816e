package org.ketnghia.core.reporting.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.testing.Fixtures.recordItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.reporting.Aggregation;
import org.ketnghia.core.reporting.IndicatorAccumulator;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorSource;
import org.ketnghia.core.reporting.IndicatorSources;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.demo.DemoModel;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.demo.ItemRecorded;

class RollUpBuilderTest {

    static final String A_XAN = "QNA.TAY-GIANG.A-XAN";
    static final String CHOM = "QNA.TAY-GIANG.CHOM";
    static final IndicatorDefinition QUANTITY = new IndicatorDefinition("demo.quantity", "Số lượng", "Quantity", "con",
            Aggregation.SUM);
    static final IndicatorDefinition VALUE = new IndicatorDefinition("demo.value", "Giá trị hỗ trợ", "Support value",
            "đồng", Aggregation.SUM);
    /** Share of recorded items with at least 3 animals: items with ≥ 3 over all items. */
    static final IndicatorDefinition LARGE_SHARE = new IndicatorDefinition("demo.large-share",
            "Tỷ lệ lần cấp từ 3 con trở lên", "Share of hand-overs of 3 or more", "%", Aggregation.RATIO_OF_SUMS);
    static final List<ReportingPeriod> PERIODS = List.of(ReportingPeriod.calendarYear(2024),
            ReportingPeriod.calendarYear(2025));

    /** A runtime of the demo model over Quảng Nam's units; its store holds what {@code quantities} records. */
    static KetnghiaRuntime province(int... quantities) {
        KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM)
                .addModel(new DemoModel()).clock(Fixtures.CLOCK).build();
        for (int i = 0; i < quantities.length; i++) {
            runtime.ledger().submit(recordItem(PROVINCE, i % 2 == 0 ? A_XAN : CHOM, LocalDate.of(2024, 3, 1 + i),
                    "item-" + i, quantities[i]));
        }
        return runtime;
    }

    static ProvinceLedger input(String id, String name, KetnghiaRuntime runtime, EventStore store) {
        return new ProvinceLedger(id, name, store, new EventChain(runtime.objectMapper()), Fixtures.QUANG_NAM, sources(), PERIODS);
    }

    static List<IndicatorSource> sources() {
        return List.of(IndicatorSources.sumOf(QUANTITY, ItemRecorded.class, ItemRecorded::quantity),
                IndicatorSources.sumOfMoney(VALUE, ItemRecorded.class, ItemRecorded::value),
                IndicatorSource.of(LARGE_SHARE, period -> new LargeShare()));
    }

    /** Per unit: items with 3 or more animals over all items, in the period. */
    static final class LargeShare implements IndicatorAccumulator {
        private final Map<String, long[]> countsByUnit = new HashMap<>();

        @Override
        public void accept(EventEnvelope event) {
            event.payloadAs(ItemRecorded.class).ifPresent(item -> {
                long[] counts = countsByUnit.computeIfAbsent(event.unitCode(), unit -> new long[2]);
                counts[0] += item.quantity() >= 3 ? 1 : 0;
                counts[1]++;
            });
        }

        @Override
        public Map<String, IndicatorValue> result() {
            Map<String, IndicatorValue> values = new HashMap<>();
            countsByUnit.forEach((unit, counts) -> values.put(unit, IndicatorValue.ratio(counts[0], counts[1])));
            return Map.copyOf(values);
        }
    }

    /** A copy of {@code store} in which the event at {@code sequence} says 99 animals but keeps its old hash. */
    static EventStore tampered(EventStore store, long sequence) {
        List<EventEnvelope> events = new ArrayList<>(store.readAll());
        EventEnvelope original = events.get((int) sequence - 1);
        ItemRecorded item = original.payloadAs(ItemRecorded.class).orElseThrow();
        ItemRecorded altered = ItemRecorded.of(item.itemId(), 99, item.value());
        events.set((int) sequence - 1, new EventEnvelope(original.sequence(), original.occurredOn(), original.recordedAt(),
                original.actor(), original.unitCode(), altered, original.previousHash(), original.hash()));
        InMemoryEventStore copy = new InMemoryEventStore();
        copy.append(0, events);   // the store accepts it: sequences and links still continue
        return copy;
    }

    private static NationalRollUp rollUp() {
        KetnghiaRuntime quangNam = province(2, 4, 3);
        KetnghiaRuntime second = province(5);
        KetnghiaRuntime third = province(1, 1, 6);
        return new RollUpBuilder()
                .add(input("tinh-a", "Tỉnh A", quangNam, quangNam.ledger().store()))
                .add(input("tinh-b", "Tỉnh B", second, second.ledger().store()))
                .add(input("tinh-c", "Tỉnh C", third, tampered(third.ledger().store(), 2)))
                .build();
    }

    @Test
    void tamperedLedger_isExcludedAndNamedWithItsFirstBadSequence() {
        NationalRollUp rollUp = rollUp();

        assertThat(rollUp.includedLedgers()).extracting(IncludedLedger::provinceId).containsExactly("tinh-a", "tinh-b");
        ExcludedLedger excluded = rollUp.exclusion("tinh-c").orElseThrow();
        assertThat(excluded.code()).isEqualTo(RollUpErrorCode.ROLLUP_CHAIN_BROKEN);
        assertThat(excluded.firstBadSequence()).contains(2L);
        assertThat(excluded.reason().vi()).contains("Tỉnh C (tinh-c)", "sự kiện số 2", "nội dung đã bị sửa");
        assertThat(excluded.reason().en()).contains("sequence 2", "HASH_MISMATCH");
        assertThat(rollUp.province("tinh-c")).isEmpty();
        assertThat(rollUp.national().get(0).row("tinh-c")).isEmpty();
    }

    @Test
    void aLedgerOfTwoProgrammes_isVerifiedWhole_andReportedOnForTheProgrammeNamed() {
        KetnghiaRuntime runtime = province(2);                                              // no programme: counts for both
        runtime.ledger().forProgramme("thi-diem").submit(recordItem(PROVINCE, A_XAN, LocalDate.of(2024, 5, 1), "a", 4));
        runtime.ledger().forProgramme("tiep-noi").submit(recordItem(PROVINCE, CHOM, LocalDate.of(2024, 6, 1), "b", 7));
        EventStore store = runtime.ledger().store();
        ProvinceLedger whole = input("tinh-a", "Tỉnh A", runtime, store);
        ProvinceLedger pilot = new ProvinceLedger("tinh-a-1", "Tỉnh A", store, whole.chain(), whole.units(), sources(),
                PERIODS, java.util.Optional.of("thi-diem"));
        ProvinceLedger followUp = new ProvinceLedger("tinh-a-2", "Tỉnh A", store, whole.chain(), whole.units(), sources(),
                PERIODS, java.util.Optional.of("tiep-noi"));

        NationalRollUp rollUp = new RollUpBuilder().add(whole).add(pilot).add(followUp).build();

        assertThat(rollUp.includedLedgers()).allSatisfy(ledger -> assertThat(ledger.eventsChecked()).isEqualTo(3));
        assertThat(rollUp.province("tinh-a").orElseThrow().reports().get(0).total(QUANTITY.id())).contains(IndicatorValue.of(13));
        assertThat(rollUp.province("tinh-a-1").orElseThrow().reports().get(0).total(QUANTITY.id())).contains(IndicatorValue.of(6));
        assertThat(rollUp.province("tinh-a-2").orElseThrow().reports().get(0).total(QUANTITY.id())).contains(IndicatorValue.of(9));
    }

    @Test
    void includedLedger_statesItsLastSequenceAndHash() {
        KetnghiaRuntime runtime = province(2, 4, 3);
        NationalRollUp rollUp = new RollUpBuilder().add(input("tinh-a", "Tỉnh A", runtime, runtime.ledger().store())).build();

        IncludedLedger ledger = rollUp.includedLedgers().get(0);
        assertThat(ledger.lastSequence()).isEqualTo(runtime.ledger().store().lastSequence()).isPositive();
        assertThat(ledger.lastHash()).isEqualTo(runtime.ledger().store().lastHash());
        assertThat(ledger.eventsChecked()).isEqualTo(ledger.lastSequence());
    }

    @Test
    void nationalSum_equalsTheSumOfTheIncludedProvinces() {
        NationalRollUp rollUp = rollUp();
        Report national = rollUp.national().get(0);

        assertThat(national.total(QUANTITY.id())).contains(IndicatorValue.of(2 + 4 + 3 + 5));
        assertThat(national.total(VALUE.id())).contains(IndicatorValue.of(Money.ofMillions(14)));
        for (ProvinceReports province : rollUp.provinces()) {
            assertThat(national.actual(province.ledger().provinceId(), QUANTITY.id()))
                    .isEqualTo(province.reports().get(0).total(QUANTITY.id()));
        }
        assertThat(national.rowsAtLevel("province")).hasSize(2);
    }

    @Test
    void nationalRatio_isTheRatioOfSummedParts_notTheMeanOfRatios() {
        Report national = rollUp().national().get(0);

        // Tỉnh A: 2 of 3 items have ≥ 3 animals; Tỉnh B: 1 of 1. Ratio of sums 3/4, mean of ratios would be 5/6.
        assertThat(national.actual("tinh-a", LARGE_SHARE.id())).contains(IndicatorValue.ratio(2, 3));
        assertThat(national.actual("tinh-b", LARGE_SHARE.id())).contains(IndicatorValue.ratio(1, 1));
        assertThat(national.total(LARGE_SHARE.id())).contains(IndicatorValue.ratio(3, 4));
    }

    @Test
    void nationalReports_followThePeriods_andCountNothingAfterAPeriodEnds() {
        NationalRollUp rollUp = rollUp();

        assertThat(rollUp.national()).extracting(Report::period).containsExactlyElementsOf(PERIODS);
        assertThat(rollUp.national().get(1).total(QUANTITY.id())).isEmpty();
    }

    @Test
    void everyLedgerExcluded_givesAnEmptyNationalReport_andSaysSo() {
        KetnghiaRuntime runtime = province(3, 3);
        NationalRollUp rollUp = new RollUpBuilder()
                .add(input("tinh-x", "Tỉnh X", runtime, tampered(runtime.ledger().store(), 1)))
                .add(input("tinh-y", "Tỉnh Y", runtime, new InMemoryEventStore()))
                .build();

        assertThat(rollUp.nothingIncluded()).isTrue();
        assertThat(rollUp.excluded()).extracting(ExcludedLedger::code)
                .containsExactly(RollUpErrorCode.ROLLUP_CHAIN_BROKEN, RollUpErrorCode.ROLLUP_LEDGER_EMPTY);
        assertThat(rollUp.national().get(0).rows()).isEmpty();
        assertThat(rollUp.national().get(0).totals()).isEmpty();
    }

    @Test
    void badInputs_areAllReportedAtOnce() {
        KetnghiaRuntime runtime = province(1);
        IndicatorDefinition quantityAsCount = new IndicatorDefinition(QUANTITY.id(), "Số lượng", "Quantity", "con",
                Aggregation.COUNT);
        ProvinceLedger otherDefinition = new ProvinceLedger("tinh-a", " ", runtime.ledger().store(),
                new EventChain(runtime.objectMapper()), Fixtures.QUANG_NAM,
                List.of(IndicatorSources.countOf(quantityAsCount, ItemRecorded.class)),
                List.of(ReportingPeriod.calendarYear(2024)));

        KetnghiaException thrown = catchThrowableOfType(() -> new RollUpBuilder()
                .add(input("tinh-a", "Tỉnh A", runtime, runtime.ledger().store()))
                .add(otherDefinition)
                .build(), KetnghiaException.class);

        assertThat(thrown.problems()).extracting(problem -> problem.code())
                .containsExactly(RollUpErrorCode.ROLLUP_BLANK_PROVINCE, RollUpErrorCode.ROLLUP_DUPLICATE_PROVINCE,
                        RollUpErrorCode.ROLLUP_PERIODS_DIFFER, RollUpErrorCode.ROLLUP_INDICATOR_MISMATCH);
        assertThat(catchThrowableOfType(() -> new RollUpBuilder().build(), KetnghiaException.class).code())
                .isEqualTo(RollUpErrorCode.ROLLUP_NO_PROVINCES);
    }

    @Test
    void differentProgrammeYears_makeANationalPeriodSpanningThem() {
        KetnghiaRuntime early = province(2);
        KetnghiaRuntime late = province(4);
        NationalRollUp rollUp = new RollUpBuilder()
                .add(new ProvinceLedger("tinh-a", "Tỉnh A", early.ledger().store(), new EventChain(early.objectMapper()),
                        Fixtures.QUANG_NAM, sources(), List.of(ReportingPeriod.programmeYear(LocalDate.of(2023, 7, 1), 1))))
                .add(new ProvinceLedger("tinh-b", "Tỉnh B", late.ledger().store(), new EventChain(late.objectMapper()),
                        Fixtures.QUANG_NAM, sources(), List.of(ReportingPeriod.programmeYear(LocalDate.of(2024, 1, 1), 1))))
                .build();

        ReportingPeriod period = rollUp.national().get(0).period();
        assertThat(period.from()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(period.to()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(period.labelVi()).contains("Năm thứ 1 (01/07/2023", "; Năm thứ 1 (01/01/2024");
        assertThat(rollUp.national().get(0).total(QUANTITY.id())).contains(IndicatorValue.of(6));
    }

    @Test
    void json_roundTripsToAnEqualRollUp_namingIncludedAndExcludedLedgers() {
        NationalRollUp rollUp = rollUp();

        String json = RollUpExport.toJson(rollUp);

        assertThat(json).contains("\"lastHash\"", "\"ROLLUP_CHAIN_BROKEN\"", "\"firstBadSequence\" : 2");
        assertThat(RollUpExport.fromJson(json)).isEqualTo(rollUp);
    }

    @Test
    void ledgersCsv_listsIncludedThenExcludedLedgers() {
        NationalRollUp rollUp = rollUp();

        List<String> lines = RollUpExport.ledgersCsv(rollUp).lines().toList();

        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("Mã tỉnh,Tên tỉnh,Tình trạng,");
        assertThat(lines.get(1)).startsWith("tinh-a,Tỉnh A,Đưa vào tổng hợp,3,3,"
                + rollUp.includedLedgers().get(0).lastHash());
        assertThat(lines.get(3)).startsWith("tinh-c,Tỉnh C,Bị loại,").contains(",2,ROLLUP_CHAIN_BROKEN,");
    }
}
