package org.ketnghia.examples.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ketnghia.core.disclosure.PublicListing;
import org.ketnghia.core.disclosure.SupportLedger;
import org.ketnghia.core.funding.BudgetEstimate;
import org.ketnghia.core.funding.BudgetLine;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.funding.settlement.FundingSettlements;
import org.ketnghia.core.funding.settlement.Settlement;
import org.ketnghia.core.funding.settlement.SettlementAmounts;
import org.ketnghia.core.funding.settlement.SettlementStatement;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportExport;
import org.ketnghia.core.simulation.SimulationSummary;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.examples.host.ProgrammeHost;
import org.ketnghia.examples.host.ProgrammeReports;
import org.ketnghia.examples.output.print.PrintedLists;
import org.ketnghia.examples.programme.ProgrammePlan;

/**
 * Writes the files of a programme run into a folder: budget, simulation summaries, reports, public
 * lists and the HTML summary. File names are stable (see the constants) so that scripts can find them.
 */
public final class OutputWriter {

    /**
     * Budget, JSON: {@code {"models": [{"modelId", "nameVi", "total", "stateBudgetPercent", "stateBudget", "mobilised",
     * "lines": [...]}], "total", "stateBudget", "mobilised"}}.
     */
    public static final String BUDGET_JSON = "budget.json";
    /** The folder of the settlements of accounts (<i>quyết toán</i>). */
    public static final String SETTLEMENT = "settlement";

    /** The language of the settlements' CSV files. */
    private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi");
    /** Budget, CSV. */
    public static final String BUDGET_CSV = "budget.csv";
    /** The estimate split between the state budget and mobilised sources, per model, CSV. */
    public static final String BUDGET_SHARES_CSV = "budget-shares.csv";
    /** Budget, Excel. */
    public static final String BUDGET_XLSX = "budget.xlsx";
    /** Folder of reports. */
    public static final String REPORTS = "reports";
    /** Folder of simulation summaries. */
    public static final String SIMULATION = "simulation";
    /** Folder of public lists. */
    public static final String DISCLOSURE = "disclosure";
    /** The HTML summary. */
    public static final String SUMMARY_HTML = "summary.html";
    /** The run manifest, written last; its fields are listed on {@link org.ketnghia.examples.cli.RunCommand}. */
    public static final String RUN_JSON = "run.json";

    private static final ObjectMapper MAPPER = KetnghiaJson.newObjectMapper();

    private OutputWriter() {
    }

    /** Model id → Vietnamese name, for every installed model. */
    public static Map<String, String> modelNames(ProgrammeHost host) {
        Map<String, String> names = new LinkedHashMap<>();
        for (PilotModel model : host.runtime().models()) {
            names.put(model.id(), model.name().vi());
        }
        return names;
    }

    /** Indicator id → Vietnamese name, over every installed model and the host's own indicators. */
    public static Map<String, String> indicatorNames(ProgrammeHost host) {
        Map<String, String> names = new LinkedHashMap<>();
        ProgrammeReports.hostSources().forEach(source -> names.put(source.definition().id(), source.definition().nameVi()));
        for (PilotModel model : host.runtime().models()) {
            model.indicators().forEach(indicator -> names.put(indicator.id(), indicator.nameVi()));
        }
        return names;
    }

    /**
     * Writes the budget as JSON, CSV and Excel into {@code folder}; the workbook's cover names the state of the host's
     * ledger ({@link LedgerPosition#of}).
     */
    public static void writeBudget(ProgrammeHost host, Map<String, BudgetEstimate> budgets, Path folder) {
        Map<String, String> names = modelNames(host);
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode models = root.putArray("models");
        StringBuilder csv = new StringBuilder("Mô hình,Mã đơn vị,Tên đơn vị,Nội dung,Số lượng,Đơn giá (đồng),Thành tiền (đồng)\n");
        Money total = Money.ZERO;
        Money stateBudget = Money.ZERO;
        StringBuilder sharesCsv = new StringBuilder(
                "Mô hình,Tổng dự toán (đồng),Tỷ lệ ngân sách nhà nước (%),Ngân sách nhà nước (đồng),Nguồn huy động (đồng)\n");
        for (Map.Entry<String, BudgetEstimate> entry : budgets.entrySet()) {
            ObjectNode model = models.addObject();
            model.put("modelId", entry.getKey());
            model.put("nameVi", names.getOrDefault(entry.getKey(), entry.getKey()));
            model.put("total", entry.getValue().total().dong());
            ProgrammePlan.ModelNote note = host.plan().modelNotes().get(entry.getKey());
            int percent = note == null ? 0 : note.stateBudgetPercentOrZero();
            List<Money> shares = entry.getValue().total().allocate(percent, 100 - percent);
            model.put("stateBudgetPercent", percent);
            model.put("stateBudget", shares.get(0).dong());
            model.put("mobilised", shares.get(1).dong());
            stateBudget = stateBudget.plus(shares.get(0));
            sharesCsv.append(Csv.row(names.getOrDefault(entry.getKey(), entry.getKey()), String.valueOf(entry.getValue().total().dong()),
                    String.valueOf(percent), String.valueOf(shares.get(0).dong()), String.valueOf(shares.get(1).dong())));
            ObjectNode byUnit = model.putObject("totalsByUnit");
            entry.getValue().totalsByUnit().forEach((unit, amount) -> byUnit.put(unit, amount.dong()));
            ArrayNode lines = model.putArray("lines");
            for (BudgetLine line : entry.getValue().lines()) {
                ObjectNode node = lines.addObject();
                node.put("unitCode", line.unitCode());
                node.put("itemVi", line.itemVi());
                node.put("itemEn", line.itemEn());
                node.put("quantity", line.quantity());
                node.put("unitPrice", line.unitPrice().dong());
                node.put("amount", line.amount().dong());
                csv.append(Csv.row(names.getOrDefault(entry.getKey(), entry.getKey()), line.unitCode(),
                        host.units().unit(line.unitCode()).map(unit -> unit.name()).orElse(""), line.itemVi(),
                        String.valueOf(line.quantity()), String.valueOf(line.unitPrice().dong()),
                        String.valueOf(line.amount().dong())));
            }
            total = total.plus(entry.getValue().total());
        }
        root.put("total", total.dong());
        root.put("totalVi", total.toVietnamese());
        root.put("stateBudget", stateBudget.dong());
        root.put("mobilised", total.minus(stateBudget).dong());
        writeJson(folder.resolve(BUDGET_JSON), root);
        writeText(folder.resolve(BUDGET_CSV), csv.toString());
        writeText(folder.resolve(BUDGET_SHARES_CSV), sharesCsv.toString());
        ExcelWriter.writeBudget(budgets, names, host.units(), LedgerPosition.of(host), folder.resolve(BUDGET_XLSX));
    }

    /**
     * Writes every settlement of accounts (<i>quyết toán</i>) of the host's programme into {@code dir}, one CSV per
     * settlement and dimension ({@code <settlement id>-theo-mo-hinh.csv}, {@code -theo-don-vi}, {@code
     * -theo-don-vi-ket-nghia}, {@code -theo-co-cau-nguon}): pledged, received, in kind, transfers, spent and the
     * balance carried forward, with a total row. Money of no programme that another programme spent is on rows of
     * its own, labelled in Vietnamese ({@link SettlementStatement#label}).
     */
    public static void writeSettlements(ProgrammeHost host, Path dir) {
        java.util.Optional<String> mark = SimulationMarks.of(host);
        List<Settlement> settlements = host.runtime().ledger().read(FundingSettlements.class, FundingSettlements::settlements);
        Map<SettlementStatement.Dimension, String> files = new LinkedHashMap<>();
        files.put(SettlementStatement.Dimension.MODEL, "theo-mo-hinh");
        files.put(SettlementStatement.Dimension.UNIT, "theo-don-vi");
        files.put(SettlementStatement.Dimension.SPONSOR, "theo-don-vi-ket-nghia");
        files.put(SettlementStatement.Dimension.SHARE, "theo-co-cau-nguon");
        for (Settlement settlement : settlements) {
            if (!settlement.binds(java.util.Optional.of(host.plan().programme().id()))) {
                continue;
            }
            files.forEach((dimension, suffix) -> {
                StringBuilder csv = new StringBuilder("Mã,Cam kết (đồng),Đã nhận (đồng),Hiện vật - ngày công (đồng),"
                        + "Nhận điều chuyển (đồng),Điều chuyển đi (đồng),Đã chi (đồng),Số dư chuyển kỳ sau (đồng)\n");
                List<SettlementStatement.Row> rows = new ArrayList<>(SettlementStatement.rows(settlement.accounts(), dimension));
                rows.add(SettlementStatement.total(settlement.accounts()));
                for (SettlementStatement.Row row : rows) {
                    SettlementAmounts a = row.amounts();
                    csv.append(Csv.row(SettlementStatement.label(row, VIETNAMESE), money(a.pledged()), money(a.received()), money(a.inKind()), money(a.transferredIn()),
                            money(a.transferredOut()), money(a.spent()), money(a.balance())));
                }
                writeText(dir.resolve(settlement.settlementId() + "-" + suffix + ".csv"), SimulationMarks.csv(csv.toString(), mark));
            });
        }
    }

    private static String money(Money amount) {
        return String.valueOf(amount.dong());
    }

    /** Writes each model's summary as JSON ({@code <model>.json}) and all of them in {@code simulation.csv} into {@code dir}. */
    public static void writeSimulations(Map<String, SimulationSummary> summaries, Path dir) {
        StringBuilder csv = new StringBuilder("modelId,indicatorId,year,count,mean,standardDeviation,min,max,p5,p50,p95\n");
        summaries.forEach((modelId, summary) -> {
            writeJson(dir.resolve(modelId + ".json"), MAPPER.valueToTree(summary));
            summary.indicators().forEach((indicator, byYear) -> byYear.forEach((year, s) -> csv.append(Csv.row(modelId,
                    indicator, String.valueOf(year), String.valueOf(s.count()), d(s.mean()), d(s.standardDeviation()),
                    d(s.min()), d(s.max()), d(s.p5()), d(s.p50()), d(s.p95())))));
        });
        writeText(dir.resolve("simulation.csv"), csv.toString());
    }

    /**
     * Writes every report as JSON, CSV and Excel into {@code folder}, with the mark of a simulated ledger ({@link
     * SimulationMarks}) when there is one; each workbook's cover names {@code ledger}, the state of the ledger the
     * reports were built from.
     */
    public static void writeReports(List<ProgrammeReports.NamedReport> reports, String titleVi, java.util.Optional<String> mark,
            LedgerPosition ledger, Path folder) {
        writeReports(reports, titleVi, mark, ledger, report -> Map.of(), folder);
    }

    /**
     * As {@link #writeReports(List, String, java.util.Optional, LedgerPosition, Path)}, each report's indicators that
     * {@code notAvailable} gives (with the provinces that could not give them: a national roll-up's province read
     * without its key) marked not available ({@link NotAvailableMarks}) inside the simulation mark, which stays first.
     */
    public static void writeReports(List<ProgrammeReports.NamedReport> reports, String titleVi, java.util.Optional<String> mark,
            LedgerPosition ledger, Function<Report, Map<IndicatorDefinition, List<String>>> notAvailable, Path folder) {
        for (ProgrammeReports.NamedReport named : reports) {
            Map<IndicatorDefinition, List<String>> missing = notAvailable.apply(named.report());
            writeText(folder.resolve(named.slug() + ".json"), SimulationMarks.json(
                    NotAvailableMarks.json(ReportExport.toJson(named.report()), missing), mark));
            writeText(folder.resolve(named.slug() + ".csv"), SimulationMarks.csv(
                    NotAvailableMarks.csv(ReportExport.toCsv(named.report()), missing), mark));
            ExcelWriter.writeReport(named.report(), titleVi, mark.isPresent(), ledger,
                    missing.keySet().stream().map(IndicatorDefinition::id).collect(Collectors.toSet()),
                    folder.resolve(named.slug() + ".xlsx"));
        }
    }

    /**
     * Writes the public list of every commune with support in the host's programme as CSV, text and printable PDF
     * ({@link PrintedLists}) into {@code folder}, marked when the ledger is simulated ({@link SimulationMarks}).
     *
     * @return commune name → CSV file name
     */
    public static Map<String, String> writeDisclosures(ProgrammeHost host, LocalDate date, Path folder) {
        Map<String, String> files = new LinkedHashMap<>();
        List<String> communes = new ArrayList<>(host.projection(FundingLedger.class).communesWithFunds());
        SupportLedger supports = host.projection(SupportLedger.class);
        java.util.Optional<String> mark = SimulationMarks.of(host);
        PrintedLists printed = PrintedLists.of(host);
        for (String commune : communes) {
            LocalDate on = listingDate(host, commune, date);
            PublicListing listing = supports.publicListing(commune, on, host.units());
            if (listing.rows().isEmpty()) {
                continue;
            }
            writeText(folder.resolve(commune + ".csv"), SimulationMarks.csv(listing.toCsv(), mark));
            writeText(folder.resolve(commune + ".txt"), SimulationMarks.text(listing.toText(), mark));
            printed.write(commune, listing, folder);
            files.put(listing.communeName() + " (" + commune + ")", commune + ".csv");
        }
        return files;
    }

    /** {@code date}, or the commune's last day if it ceased to exist before (merged on 1 July 2025). */
    public static LocalDate listingDate(ProgrammeHost host, String communeCode, LocalDate date) {
        return host.units().unit(communeCode).flatMap(unit -> unit.validTo()).filter(last -> last.isBefore(date))
                .orElse(date);
    }

    /** Planned, pledged, received and spent per model, cumulative, from the funding ledger as the programme sees it. */
    public static Map<String, Map<String, Money>> funding(ProgrammeHost host) {
        Map<String, Map<String, Money>> byModel = new LinkedHashMap<>();
        var table = host.projection(FundingLedger.class).planVersusActualByModel();
        for (var row : table.rows()) {
            Map<String, Money> columns = new LinkedHashMap<>();
            columns.put(HtmlSummary.FUNDING_COLUMNS.get(0), row.planned());
            columns.put(HtmlSummary.FUNDING_COLUMNS.get(1), row.pledged());
            columns.put(HtmlSummary.FUNDING_COLUMNS.get(2), row.received());
            columns.put(HtmlSummary.FUNDING_COLUMNS.get(3), row.spent());
            byModel.put(row.key(), columns);
        }
        return byModel;
    }

    /** Reports by slug, for the summary. */
    public static Map<String, Report> bySlug(List<ProgrammeReports.NamedReport> reports) {
        Map<String, Report> map = new LinkedHashMap<>();
        reports.forEach(named -> map.put(named.slug(), named.report()));
        return map;
    }

    /** Writes {@code node} as pretty JSON. */
    public static void writeJson(Path file, Object node) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code text} as UTF-8. */
    public static void writeText(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String d(double value) {
        return Double.toString(value);
    }
}
