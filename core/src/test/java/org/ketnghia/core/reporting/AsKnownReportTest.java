package org.ketnghia.core.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.testing.Fixtures.PROVINCE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.funding.ExpenditureRecorded;
import org.ketnghia.core.funding.ExpenditureReversed;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.funding.RecordExpenditure;
import org.ketnghia.core.funding.RecordReceipt;
import org.ketnghia.core.funding.RegisterFundingSource;
import org.ketnghia.core.funding.ReverseExpenditure;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.junit.TestClock;

/** A report as known on a date versus as true: a correction recorded later, dated back into the period. */
class AsKnownReportTest {

    private static final String A_XAN = "QNA.TAY-GIANG.A-XAN";
    private static final IndicatorDefinition SPENT = new IndicatorDefinition("funding.spent-net", "Kinh phí đã chi",
            "Money spent", "đồng", Aggregation.SUM);
    private static final ReportingPeriod FIRST_HALF = ReportingPeriod.custom(LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 6, 30), "6 tháng đầu năm 2024", "First half of 2024");
    /** The day the half-year report was submitted. */
    private static final LocalDate SUBMITTED = LocalDate.of(2024, 7, 5);

    private final TestClock clock = TestClock.at(LocalDate.of(2024, 3, 1));
    private KetnghiaRuntime runtime;

    @BeforeEach
    void spendThenReverseAfterTheReport() {
        runtime = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).clock(clock).build();
        runtime.ledger().submit(RegisterFundingSource.builder().actor(PROVINCE).unitCode("QNA")
                .occurredOn(clock.today()).sourceId("ns").name("Ngân sách tỉnh").kind(FundingSourceKind.STATE_BUDGET).build());
        runtime.ledger().submit(RecordReceipt.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(clock.today())
                .receiptId("thu-1").unpledged(true).sourceId("ns").modelId("livestock").amount(Money.ofMillions(100))
                .build());
        clock.setTo(LocalDate.of(2024, 4, 2));
        runtime.ledger().submit(spend("chi-1", 40));
        runtime.ledger().submit(spend("chi-2", 25));
        clock.setTo(LocalDate.of(2024, 9, 15));
        runtime.ledger().submit(ReverseExpenditure.builder().actor(PROVINCE).unitCode(A_XAN)
                .occurredOn(LocalDate.of(2024, 4, 2)).reversalId("dc-1").expenditureId("chi-2")
                .reason("Chi trùng chứng từ PC-chi-1").documentReference("ĐC-01").build());
    }

    private RecordExpenditure spend(String id, long millions) {
        return RecordExpenditure.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(clock.today()).expenditureId(id)
                .modelId("livestock").description("Mua bò giống").amount(Money.ofMillions(millions))
                .documentReference("PC-" + id).build();
    }

    private ReportBuilder builder() {
        return new ReportBuilder(runtime.administrativeUnits()).add(IndicatorSource.of(SPENT, period -> new NetSpent()));
    }

    @Test
    void theDayKnownEndsAtMidnightInVietnam_sevenHoursBeforeMidnightUtc() {
        assertThat(ReportBuilder.knownBy(LocalDate.of(2024, 6, 30))).isEqualTo(Instant.parse("2024-06-30T17:00:00Z"));
        assertThat(ReportBuilder.knownBy(LocalDate.of(2024, 12, 31))).isEqualTo(Instant.parse("2024-12-31T17:00:00Z"));
    }

    @Test
    void asTrue_countsTheCorrectionRecordedLater() {
        Report report = builder().build(FIRST_HALF, runtime.ledger().store().readAll());

        assertThat(report.actual(A_XAN, SPENT.id())).contains(IndicatorValue.of(Money.ofMillions(40)));
    }

    @Test
    void asKnownOnTheDayOfSubmission_reproducesTheFiguresSubmitted() {
        ReportBuilder builder = builder().asKnownOn(SUBMITTED);
        Report report = builder.build(FIRST_HALF, runtime.ledger().store().readAll());

        assertThat(builder.knownOn()).contains(SUBMITTED);
        assertThat(report.actual(A_XAN, SPENT.id())).contains(IndicatorValue.of(Money.ofMillions(65)));
    }

    @Test
    void asKnownOnADayBeforeAnySpending_showsNoSpending_andAsTrueRestoresTheDefault() {
        ReportBuilder builder = builder().asKnownOn(LocalDate.of(2024, 4, 1));
        assertThat(builder.build(FIRST_HALF, runtime.ledger().store().readAll()).actual(A_XAN, SPENT.id())).isEmpty();

        builder.asTrue();
        assertThat(builder.knownOn()).isEmpty();
        assertThat(builder.build(FIRST_HALF, runtime.ledger().store().readAll()).actual(A_XAN, SPENT.id()))
                .contains(IndicatorValue.of(Money.ofMillions(40)));
    }

    /** Money spent per commune net of reversed expenditures. */
    private static final class NetSpent implements IndicatorAccumulator {
        private final Map<String, Money> spent = new HashMap<>();

        @Override
        public void accept(EventEnvelope event) {
            event.payloadAs(ExpenditureRecorded.class)
                    .ifPresent(e -> spent.merge(e.communeCode(), e.amount(), Money::plus));
            event.payloadAs(ExpenditureReversed.class)
                    .ifPresent(e -> spent.merge(e.communeCode(), e.amount().negate(), Money::plus));
        }

        @Override
        public Map<String, IndicatorValue> result() {
            Map<String, IndicatorValue> values = new HashMap<>();
            spent.forEach((commune, money) -> values.put(commune, IndicatorValue.of(money)));
            return Map.copyOf(values);
        }
    }
}
