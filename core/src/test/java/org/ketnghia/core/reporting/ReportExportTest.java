package org.ketnghia.core.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.testing.Fixtures.recordItem;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.demo.DemoModel;
import org.ketnghia.testing.Fixtures;

class ReportExportTest {

    private static final IndicatorDefinition RATE = new IndicatorDefinition("demo.rate", "Tỷ lệ hộ hoàn trả, đúng hạn",
            "On-time pass-on rate", "%", Aggregation.RATIO_OF_SUMS);

    private static Report report() {
        KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(new DemoModel()).clock(Fixtures.CLOCK).build();
        runtime.ledger().submit(recordItem(PROVINCE, ReportBuilderTest.A_XAN, LocalDate.of(2024, 3, 1), "a", 2));
        runtime.ledger().submit(recordItem(PROVINCE, ReportBuilderTest.CHOM, LocalDate.of(2024, 5, 1), "b", 3));
        return ReportBuilderTest.builder(runtime)
                .add(new FixedSource(RATE, java.util.Map.of(ReportBuilderTest.A_XAN, IndicatorValue.ratio(1, 3),
                        ReportBuilderTest.CHOM, IndicatorValue.ratio(2, 3))))
                .plan(IndicatorPlan.of(ReportBuilderTest.QUANTITY).withTarget("QNA", IndicatorValue.of(10)))
                .build(ReportingPeriod.calendarYear(2024), runtime.ledger().store().readAll());
    }

    @Test
    void csv_hasAVietnameseHeader_andOneLinePerUnitAndIndicator() {
        List<String> lines = Arrays.asList(ReportExport.toCsv(report()).split("\r\n"));

        assertThat(lines.get(0)).isEqualTo("Kỳ báo cáo,Từ ngày,Đến ngày,Mã đơn vị,Tên đơn vị,Cấp,Mã đơn vị cấp trên,"
                + "Mã chỉ tiêu,Tên chỉ tiêu,Đơn vị tính,Cách tổng hợp,Thực hiện,Tử số,Mẫu số,Giá trị cơ sở,Mục tiêu,"
                + "Tỷ lệ đạt mục tiêu (%)");
        // 4 rows (province, district, 2 communes) × 4 indicators, then 4 total lines
        assertThat(lines).hasSize(1 + 16 + 4);
        assertThat(lines).anySatisfy(line -> assertThat(line).isEqualTo(
                "Năm 2024,2024-01-01,2024-12-31,QNA.TAY-GIANG.A-XAN,xã A Xan,Cấp xã,QNA.TAY-GIANG,demo.value,"
                        + "Giá trị hỗ trợ,đồng,Tổng,2000000,2000000,1,,,"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Năm 2024,2024-01-01,2024-12-31,QNA,")
                .endsWith(",demo.quantity,Số lượng,con,Tổng,5,5,1,,10,50"));
    }

    @Test
    void csv_quotesFieldsWithCommas_andShowsPercentRatesTimes100() {
        String csv = ReportExport.toCsv(report());

        assertThat(csv).contains(",demo.rate,\"Tỷ lệ hộ hoàn trả, đúng hạn\",%,Tỷ lệ của các tổng,50,3,6,,,");
        assertThat(csv).contains(",,Tổng cộng,,,demo.rate,");
    }

    @Test
    void writtenCsv_isUtf8WithByteOrderMark_soDiacriticsSurvive() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReportExport.writeCsv(report(), bytes);
        byte[] written = bytes.toByteArray();

        assertThat(Arrays.copyOf(written, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(written, 3, written.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Kỳ báo cáo,").contains("xã A Xan", "xã Ch'ơm", "huyện Tây Giang", "Tổng cộng");
        assertThat(written).containsSequence("Kỳ".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void json_roundTripsToAnEqualReport() {
        Report report = report().withTable(table());

        String json = ReportExport.toJson(report);

        assertThat(json).contains("\"numerator\" : 2000000", "\"planned\" : 150000000", "xã A Xan");
        assertThat(ReportExport.fromJson(json)).isEqualTo(report);
    }

    @Test
    void unreadableJson_isAnHonestError() {
        KetnghiaException error = catchThrowableOfType(() -> ReportExport.fromJson("{\"period\": 3}"),
                KetnghiaException.class);

        assertThat(error.code()).isEqualTo(CoreErrorCode.JSON_UNREADABLE);
    }

    @Test
    void planActualTable_totalsAreExactSums_andCsvIsInVietnamese() {
        PlanActualTable table = table();

        assertThat(table.totalPlanned()).isEqualTo(Money.ofDong(150_000_001));
        assertThat(table.totalActual()).isEqualTo(Money.ofDong(120_000_000));
        assertThat(ReportExport.toCsv(table).split("\r\n")).containsExactly(
                "Mã,Khoản mục,Kế hoạch (đồng),Thực hiện (đồng),Chênh lệch (đồng),Tỷ lệ thực hiện (%)",
                "livestock,\"Chăn nuôi bò, dê sinh sản quay vòng\",150000000,120000000,-30000000,80",
                "training,Bồi dưỡng cán bộ cơ sở,1,0,-1,0",
                ",Tổng cộng,150000001,120000000,-30000001,80"); // 79.99999995 % rounded to 2 places
    }

    @Test
    void planActualTable_withRepeatedKeys_isRejected() {
        PlanActualRow row = new PlanActualRow("x", "X", "X", Money.ZERO, Money.ZERO);

        KetnghiaException error = catchThrowableOfType(() -> new PlanActualTable("t", "Bảng", "Table",
                List.of(row, row, row)), KetnghiaException.class);

        assertThat(error.problems()).hasSize(2);
        assertThat(error.field()).isEqualTo("rows[1].key");
    }

    private static PlanActualTable table() {
        return new PlanActualTable("funding.by-model", "Kinh phí theo mô hình", "Funding by model", List.of(
                new PlanActualRow("livestock", "Chăn nuôi bò, dê sinh sản quay vòng", "Revolving cattle and goat breeding",
                        Money.ofMillions(150), Money.ofMillions(120)),
                new PlanActualRow("training", "Bồi dưỡng cán bộ cơ sở", "Training of local officials", Money.ofDong(1),
                        Money.ZERO)));
    }
}
