package org.ketnghia.core.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.testing.Fixtures.recordItem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.demo.DemoModel;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.demo.ItemRecorded;

/** Reports over the Quảng Nam reference units, before and after the district level was abolished. */
class ReportBuilderTest {

    static final String A_XAN = "QNA.TAY-GIANG.A-XAN";
    static final String CHOM = "QNA.TAY-GIANG.CHOM";
    static final String BHA_LEE = "QNA.TAY-GIANG.BHA-LEE";
    static final String TAY_GIANG_DISTRICT = "QNA.TAY-GIANG";
    static final String HUNG_SON = "DNG.HUNG-SON";
    static final String AVUONG = "DNG.AVUONG";
    static final LocalDate PROGRAMME_START = LocalDate.of(2021, 7, 1);

    static final IndicatorDefinition ITEMS = new IndicatorDefinition("demo.items", "Số lần ghi nhận", "Items recorded",
            "lần", Aggregation.COUNT);
    static final IndicatorDefinition QUANTITY = new IndicatorDefinition("demo.quantity", "Số lượng", "Quantity", "con",
            Aggregation.SUM);
    static final IndicatorDefinition VALUE = new IndicatorDefinition("demo.value", "Giá trị hỗ trợ", "Support value",
            "đồng", Aggregation.SUM);

    private List<EventEnvelope> events;
    private KetnghiaRuntime runtime;

    @BeforeEach
    void recordEvents() {
        runtime = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(new DemoModel()).clock(Fixtures.CLOCK).build();
        runtime.ledger().submit(recordItem(PROVINCE, A_XAN, LocalDate.of(2024, 3, 1), "a", 2));
        runtime.ledger().submit(recordItem(PROVINCE, CHOM, LocalDate.of(2024, 5, 1), "b", 3));
        runtime.ledger().submit(recordItem(PROVINCE, BHA_LEE, LocalDate.of(2024, 6, 1), "c", 4));
        runtime.ledger().submit(recordItem(PROVINCE, HUNG_SON, LocalDate.of(2025, 9, 1), "d", 5));
        events = runtime.ledger().store().readAll();
    }

    static ReportBuilder builder(KetnghiaRuntime runtime) {
        return new ReportBuilder(runtime.administrativeUnits())
                .add(IndicatorSources.countOf(ITEMS, ItemRecorded.class))
                .add(IndicatorSources.sumOf(QUANTITY, ItemRecorded.class, ItemRecorded::quantity))
                .add(IndicatorSources.sumOfMoney(VALUE, ItemRecorded.class, ItemRecorded::value));
    }

    @Test
    void periodBeforeJuly2025_rollsUpThroughTheDistrict() {
        Report report = builder(runtime).build(ReportingPeriod.calendarYear(2024), events);

        assertThat(report.rows()).extracting(ReportRow::unitCode, ReportRow::levelId, ReportRow::depth).containsExactly(
                Tuple.tuple("QNA", AdminLevel.PROVINCE, 0),
                Tuple.tuple(TAY_GIANG_DISTRICT, AdminLevel.DISTRICT, 1),
                Tuple.tuple(A_XAN, AdminLevel.COMMUNE, 2),
                Tuple.tuple(BHA_LEE, AdminLevel.COMMUNE, 2),
                Tuple.tuple(CHOM, AdminLevel.COMMUNE, 2));
        assertThat(report.actual(TAY_GIANG_DISTRICT, QUANTITY.id())).contains(IndicatorValue.of(9));
        assertThat(report.actual("QNA", ITEMS.id())).contains(IndicatorValue.of(3));
        assertThat(report.total(VALUE.id())).contains(IndicatorValue.of(Money.ofMillions(9)));
        assertThat(report.row(A_XAN).orElseThrow().unitNameVi()).isEqualTo("xã A Xan");
        assertThat(report.carriedOnBy()).isEmpty();
    }

    @Test
    void periodAfterJuly2025_hasNoDistricts_andMergedCommunesAreCarriedOnByTheirSuccessors() {
        Report report = builder(runtime).build(ReportingPeriod.finalReview(PROGRAMME_START), events);

        assertThat(report.rowsAtLevel(AdminLevel.DISTRICT)).isEmpty();
        assertThat(report.rows()).extracting(ReportRow::unitCode).containsExactly("DNG", AVUONG, HUNG_SON);
        assertThat(report.actual(HUNG_SON, QUANTITY.id())).contains(IndicatorValue.of(2 + 3 + 5));
        assertThat(report.actual(AVUONG, QUANTITY.id())).contains(IndicatorValue.of(4));
        assertThat(report.total(QUANTITY.id())).contains(IndicatorValue.of(14));
        assertThat(report.carriedOnBy()).containsExactlyInAnyOrderEntriesOf(
                Map.of(A_XAN, HUNG_SON, CHOM, HUNG_SON, BHA_LEE, AVUONG));
    }

    @Test
    void interimReview_countsOnlyEventsInsideThePeriod() {
        Report report = builder(runtime).build(ReportingPeriod.interimReview(PROGRAMME_START), events);

        assertThat(report.total(ITEMS.id())).contains(IndicatorValue.of(3));
        assertThat(report.row(TAY_GIANG_DISTRICT)).isPresent();
        assertThat(report.row(HUNG_SON)).isEmpty();
    }

    @Test
    void onePassOverManyPeriods_givesTheSameReportsAsOnePassEach() {
        List<ReportingPeriod> periods = ReportingPeriod.programmePeriods(PROGRAMME_START);

        List<Report> together = builder(runtime).build(periods, runtime.ledger().store());

        assertThat(together).hasSize(7);
        for (int i = 0; i < periods.size(); i++) {
            assertThat(together.get(i)).isEqualTo(builder(runtime).build(periods.get(i), events));
        }
        assertThat(together.get(2).total(QUANTITY.id())).contains(IndicatorValue.of(9)); // year 3: 2023-07 … 2024-06
        assertThat(together.get(4).total(QUANTITY.id())).contains(IndicatorValue.of(5)); // year 5: 2025-07 … 2026-06
    }

    @Test
    void targets_rollUpFromTheParts_unlessTheUnitHasItsOwn() {
        IndicatorPlan plan = IndicatorPlan.of(QUANTITY)
                .withTarget(A_XAN, IndicatorValue.of(5)).withTarget(CHOM, IndicatorValue.of(6))
                .withTarget("QNA", IndicatorValue.of(20))
                .withBaseline(A_XAN, IndicatorValue.of(1));

        Report report = builder(runtime).plan(plan).build(ReportingPeriod.calendarYear(2024), events);

        assertThat(report.row(TAY_GIANG_DISTRICT).orElseThrow().cell(QUANTITY.id()).target()).contains(IndicatorValue.of(11));
        assertThat(report.row("QNA").orElseThrow().cell(QUANTITY.id()).target()).contains(IndicatorValue.of(20));
        assertThat(report.row(TAY_GIANG_DISTRICT).orElseThrow().cell(QUANTITY.id()).baseline()).contains(IndicatorValue.of(1));
        assertThat(report.row(BHA_LEE).orElseThrow().cell(QUANTITY.id()).target()).isEmpty();
        assertThat(report.totals().get(QUANTITY.id()).target()).contains(IndicatorValue.of(20));
    }

    @Test
    void valueRecordedAtAParentUnit_isShownAsItsOwnPart() {
        Map<String, IndicatorValue> values = Map.of(TAY_GIANG_DISTRICT, IndicatorValue.of(7), A_XAN, IndicatorValue.of(1));
        Report report = new ReportBuilder(runtime.administrativeUnits()).add(new FixedSource(QUANTITY, values))
                .build(ReportingPeriod.calendarYear(2024), List.of());

        ReportCell district = report.row(TAY_GIANG_DISTRICT).orElseThrow().cell(QUANTITY.id());
        assertThat(district.actual()).contains(IndicatorValue.of(8));
        assertThat(district.recordedAtUnit()).contains(IndicatorValue.of(7));
        assertThat(report.row(A_XAN).orElseThrow().cell(QUANTITY.id()).recordedAtUnit()).isEmpty();
    }

    @Test
    void fractionForASum_andUnknownUnit_areReportedTogether() {
        ReportBuilder builder = new ReportBuilder(runtime.administrativeUnits())
                .add(new FixedSource(QUANTITY, Map.of(A_XAN, IndicatorValue.ratio(1, 2))))
                .add(new FixedSource(ITEMS, Map.of("QNA.NOWHERE", IndicatorValue.of(1))));

        KetnghiaException error = catchThrowableOfType(() -> builder.build(ReportingPeriod.calendarYear(2024), List.of()),
                KetnghiaException.class);

        assertThat(error.problems()).extracting(Problem::code, Problem::field).containsExactly(
                Tuple.tuple(ReportingErrorCode.REPORTING_VALUE_NOT_WHOLE, "sources[demo.quantity][" + A_XAN + "]"),
                Tuple.tuple(ReportingErrorCode.REPORTING_UNKNOWN_UNIT, "sources[demo.items][QNA.NOWHERE]"));
    }

    @Test
    void duplicateIndicator_andPlanWithoutSource_areRejected() {
        ReportBuilder builder = builder(runtime);

        assertThat(catchThrowableOfType(() -> builder.add(IndicatorSources.countOf(ITEMS, ItemRecorded.class)),
                KetnghiaException.class).code()).isEqualTo(ReportingErrorCode.REPORTING_DUPLICATE_INDICATOR);
        IndicatorDefinition other = new IndicatorDefinition("demo.other", "Khác", "Other", "hộ", Aggregation.SUM);
        assertThat(catchThrowableOfType(() -> builder.plan(IndicatorPlan.of(other)), KetnghiaException.class).code())
                .isEqualTo(ReportingErrorCode.REPORTING_UNKNOWN_INDICATOR);
        IndicatorDefinition renamed = new IndicatorDefinition(ITEMS.id(), "Khác", "Other", "lần", Aggregation.COUNT);
        assertThat(catchThrowableOfType(() -> builder.plan(IndicatorPlan.of(renamed)), KetnghiaException.class).code())
                .isEqualTo(ReportingErrorCode.REPORTING_PLAN_MISMATCH);
        assertThat(catchThrowableOfType(() -> builder.build(List.of(), events), KetnghiaException.class).code())
                .isEqualTo(ReportingErrorCode.REPORTING_NO_PERIODS);
    }
}
