package org.ketnghia.examples.host;

import java.util.ArrayList;
import java.util.List;
import org.ketnghia.core.funding.ExpenditureRecorded;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.funding.PledgeMade;
import org.ketnghia.core.funding.ReceiptRecorded;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.participant.HouseholdRegistered;
import org.ketnghia.core.reporting.Aggregation;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorSource;
import org.ketnghia.core.reporting.IndicatorSources;
import org.ketnghia.core.reporting.PlanActualRow;
import org.ketnghia.core.reporting.PlanActualTable;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportBuilder;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.core.spi.PilotModel;

/**
 * The programme's reports: annual reports for years 1–5, the 3-year interim review (<i>sơ kết</i>) and
 * the 5-year final review (<i>tổng kết</i>), with the host's funding indicators and every model's
 * own, and a plan-versus-actual table by model as of the end of each period.
 */
public final class ProgrammeReports {

    /** Money pledged in the period. */
    public static final IndicatorDefinition PLEDGED = new IndicatorDefinition("programme.pledged",
            "Kinh phí cam kết hỗ trợ", "Money pledged", "đồng", Aggregation.SUM);
    /** Money received in the period. */
    public static final IndicatorDefinition RECEIVED = new IndicatorDefinition("programme.received",
            "Kinh phí đã tiếp nhận", "Money received", "đồng", Aggregation.SUM);
    /** Money spent in the period. */
    public static final IndicatorDefinition SPENT = new IndicatorDefinition("programme.spent",
            "Kinh phí đã chi", "Money spent", "đồng", Aggregation.SUM);
    /** Households registered in the period. */
    public static final IndicatorDefinition HOUSEHOLDS = new IndicatorDefinition("programme.households-registered",
            "Số hộ đăng ký tham gia", "Households registered", "hộ", Aggregation.SUM);
    /** The id of the plan-versus-actual table. */
    public static final String TABLE_ID = "ke-hoach-thuc-hien-theo-mo-hinh";

    private ProgrammeReports() {
    }

    /**
     * A report with the file name it is written under.
     *
     * @param slug file name without extension, e.g. {@code "01-nam-thu-1"}
     * @param report the report
     */
    public record NamedReport(String slug, Report report) {
    }

    /** The host's own indicator sources: funding and households. */
    public static List<IndicatorSource> hostSources() {
        return List.of(IndicatorSources.sumOfMoney(PLEDGED, PledgeMade.class, PledgeMade::amount),
                IndicatorSources.sumOfMoney(RECEIVED, ReceiptRecorded.class, ReceiptRecorded::amount),
                IndicatorSources.sumOfMoney(SPENT, ExpenditureRecorded.class, ExpenditureRecorded::amount),
                IndicatorSources.countOf(HOUSEHOLDS, HouseholdRegistered.class));
    }

    /** Every report of the programme, from the events of the host's ledger that count for it. */
    public static List<NamedReport> build(ProgrammeHost host) {
        ReportBuilder builder = new ReportBuilder(host.units()).addAll(hostSources());
        for (PilotModel model : host.runtime().models()) {
            builder.addAll(model.indicatorSources(host.runtime().context()));
        }
        List<ReportingPeriod> periods = ReportingPeriod.programmePeriods(host.plan().programme().start());
        List<EventEnvelope> events = host.events();
        List<Report> reports = builder.build(periods, events);
        List<NamedReport> named = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            Report report = reports.get(i);
            named.add(new NamedReport(slug(i, report.period()), report.withTable(planVersusActual(host, events, report.period()))));
        }
        return List.copyOf(named);
    }

    private static String slug(int index, ReportingPeriod period) {
        String name = switch (period.kind()) {
            case INTERIM_REVIEW -> "so-ket-3-nam";
            case FINAL_REVIEW -> "tong-ket-5-nam";
            default -> "nam-thu-" + (index + 1);
        };
        return String.format("%02d-%s", index + 1, name);
    }

    /** Planned versus spent per model, counting every event up to the period's last day. */
    static PlanActualTable planVersusActual(ProgrammeHost host, List<EventEnvelope> events, ReportingPeriod period) {
        FundingLedger funds = new FundingLedger();
        for (EventEnvelope event : events) {
            if (!event.occurredOn().isAfter(period.to())) {
                funds.apply(event);
            }
        }
        List<PlanActualRow> rows = new ArrayList<>();
        for (org.ketnghia.core.funding.PlanActualRow row : funds.planVersusActualByModel().rows()) {
            String labelVi = row.key();
            String labelEn = row.key();
            for (PilotModel model : host.runtime().models()) {
                if (model.id().equals(row.key())) {
                    labelVi = model.name().vi();
                    labelEn = model.name().en();
                }
            }
            rows.add(new PlanActualRow(row.key(), labelVi, labelEn, row.planned(), row.spent()));
        }
        return new PlanActualTable(TABLE_ID, "Kế hoạch và thực hiện kinh phí theo mô hình (lũy kế)",
                "Plan versus spending by model (cumulative)", rows);
    }
}
