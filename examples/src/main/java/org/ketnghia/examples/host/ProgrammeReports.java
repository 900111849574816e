package org.ketnghia.examples.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ketnghia.core.funding.ExpenditureRecorded;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.funding.PledgeMade;
import org.ketnghia.core.funding.ReceiptRecorded;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.participant.HouseholdRegistered;
import org.ketnghia.core.programme.ModelReplicated;
import org.ketnghia.core.programme.ProgrammeRegistry;
import org.ketnghia.core.programme.ProgrammeTarget;
import org.ketnghia.core.programme.ProgrammeTerms;
import org.ketnghia.core.reporting.Aggregation;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorPlan;
import org.ketnghia.core.reporting.IndicatorSource;
import org.ketnghia.core.reporting.IndicatorSources;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.PlanActualRow;
import org.ketnghia.core.reporting.PlanActualTable;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportBuilder;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.core.reporting.outcome.PovertyOutcomeIndicators;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.core.twinning.TwinningRegistry;

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
    /** Models taken up beyond the pilot in the period (<i>số lượt nhân rộng mô hình</i>). */
    public static final IndicatorDefinition REPLICATIONS = new IndicatorDefinition("programme.replications",
            "Số lượt nhân rộng mô hình", "Models replicated", "lượt", Aggregation.SUM);
    /** Households taking part in those replications. */
    public static final IndicatorDefinition REPLICATION_HOUSEHOLDS = new IndicatorDefinition("programme.replication-households",
            "Số hộ tham gia mô hình nhân rộng", "Households in replicated models", "hộ", Aggregation.SUM);
    /** The id of the plan-versus-actual table. */
    public static final String TABLE_ID = "ke-hoach-thuc-hien-theo-mo-hinh";
    /** The id of the table of pledges against receipts per sponsor. */
    public static final String SPONSOR_TABLE_ID = "cam-ket-tiep-nhan-theo-don-vi-ket-nghia";
    /** The id of the plan-versus-actual table per commune. */
    public static final String COMMUNE_TABLE_ID = "ke-hoach-thuc-hien-theo-xa";

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

    /** The host's own indicators. */
    public static List<IndicatorDefinition> hostIndicators() {
        return hostSources().stream().map(IndicatorSource::definition).toList();
    }

    /**
     * The host's own indicator sources: funding, households registered, replications, and the core's poverty
     * outcomes of the households supported ({@link PovertyOutcomeIndicators}).
     */
    public static List<IndicatorSource> hostSources() {
        List<IndicatorSource> sources = new ArrayList<>(List.of(IndicatorSources.sumOfMoney(PLEDGED, PledgeMade.class, PledgeMade::amount),
                IndicatorSources.sumOfMoney(RECEIVED, ReceiptRecorded.class, ReceiptRecorded::amount),
                IndicatorSources.sumOfMoney(SPENT, ExpenditureRecorded.class, ExpenditureRecorded::amount),
                IndicatorSources.countOf(HOUSEHOLDS, HouseholdRegistered.class),
                IndicatorSources.countOf(REPLICATIONS, ModelReplicated.class),
                IndicatorSources.sumOf(REPLICATION_HOUSEHOLDS, ModelReplicated.class, ModelReplicated::households)));
        sources.addAll(PovertyOutcomeIndicators.all());
        return List.copyOf(sources);
    }

    /**
     * The targets (<i>chỉ tiêu</i>) the programme declared in the ledger, as report plans: a target for the
     * whole programme is set on the province; only indicators the report has are kept.
     */
    static List<IndicatorPlan> targets(ProgrammeHost host, java.util.Set<String> indicatorIds, Map<String, IndicatorDefinition> definitions) {
        java.util.Optional<ProgrammeTerms> terms = host.runtime().ledger().read(ProgrammeRegistry.class,
                registry -> registry.programme(host.plan().programme().id()));
        if (terms.isEmpty()) {
            return List.of();
        }
        Map<String, IndicatorPlan> plans = new java.util.LinkedHashMap<>();
        for (ProgrammeTarget target : terms.get().targets()) {
            if (!indicatorIds.contains(target.indicatorId())) {
                continue;
            }
            String unit = target.unitCode().orElse(terms.get().provinceCode());
            plans.compute(target.indicatorId(), (id, plan) -> (plan == null ? IndicatorPlan.of(definitions.get(id)) : plan)
                    .withTarget(unit, IndicatorValue.of(target.value())));
        }
        return List.copyOf(plans.values());
    }

    /** Every report of the programme, from the events of the host's ledger that count for it. */
    public static List<NamedReport> build(ProgrammeHost host) {
        return build(host, java.util.Optional.empty());
    }

    /**
     * Every report of the programme as it is true now (empty {@code knownOn}: every event, corrections recorded
     * later included), or as it was known at the end of {@code knownOn} (Vietnam time): only the events recorded
     * by then count, for the indicators and the money tables alike.
     */
    public static List<NamedReport> build(ProgrammeHost host, java.util.Optional<java.time.LocalDate> knownOn) {
        ReportBuilder builder = new ReportBuilder(host.units()).addAll(hostSources());
        knownOn.ifPresent(builder::asKnownOn);
        Map<String, IndicatorDefinition> definitions = new java.util.LinkedHashMap<>();
        hostSources().forEach(source -> definitions.put(source.definition().id(), source.definition()));
        for (PilotModel model : host.runtime().models()) {
            List<IndicatorSource> sources = model.indicatorSources(host.runtime().context());
            builder.addAll(sources);
            sources.forEach(source -> definitions.put(source.definition().id(), source.definition()));
        }
        targets(host, definitions.keySet(), definitions).forEach(builder::plan);
        List<ReportingPeriod> periods = ReportingPeriod.programmePeriods(host.plan().programme().start());
        java.util.Optional<java.time.Instant> recordedBefore = knownOn.map(ReportBuilder::knownBy);
        List<EventEnvelope> events = host.events().stream()
                .filter(event -> recordedBefore.map(cut -> event.recordedAt().isBefore(cut)).orElse(true)).toList();
        List<Report> reports = builder.build(periods, events);
        List<NamedReport> named = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            Report report = reports.get(i);
            FundingLedger funds = fundsUpTo(events, report.period());
            named.add(new NamedReport(slug(i, report.period()), report.withTable(planVersusActual(host, funds))
                    .withTable(bySponsor(host, funds)).withTable(byCommune(host, funds))));
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

    /** The funding ledger as of the period's last day. */
    static FundingLedger fundsUpTo(List<EventEnvelope> events, ReportingPeriod period) {
        FundingLedger funds = new FundingLedger();
        for (EventEnvelope event : events) {
            if (!event.occurredOn().isAfter(period.to())) {
                funds.apply(event);
            }
        }
        return funds;
    }

    /**
     * Pledged against received per sponsor (<i>cam kết và tiếp nhận theo đơn vị kết nghĩa</i>), cumulative:
     * the "plan" of a sponsor is what it pledged, the "actual" what the communes received from it.
     */
    static PlanActualTable bySponsor(ProgrammeHost host, FundingLedger funds) {
        Map<String, String> names = new java.util.HashMap<>();
        host.runtime().ledger().read(TwinningRegistry.class, registry -> registry.sponsors())
                .forEach(sponsor -> names.put(sponsor.id(), sponsor.name()));
        List<PlanActualRow> rows = new ArrayList<>();
        for (org.ketnghia.core.funding.PlanActualRow row : funds.planVersusActualBySponsor().rows()) {
            if (row.pledged().isZero() && row.received().isZero()) {
                continue;
            }
            String name = names.getOrDefault(row.key(), row.key().equals(org.ketnghia.core.funding.PlanActualTable.UNATTRIBUTED)
                    ? "Nguồn không thuộc đơn vị kết nghĩa" : row.key());
            rows.add(new PlanActualRow(row.key(), name, name, row.pledged(), row.received()));
        }
        return new PlanActualTable(SPONSOR_TABLE_ID, "Cam kết và tiếp nhận kinh phí theo đơn vị kết nghĩa (lũy kế)",
                "Pledged versus received by sponsor (cumulative)", rows);
    }

    /** Planned versus spent per commune (or district or provincial body holding funds), cumulative. */
    static PlanActualTable byCommune(ProgrammeHost host, FundingLedger funds) {
        List<PlanActualRow> rows = new ArrayList<>();
        for (org.ketnghia.core.funding.PlanActualRow row : funds.planVersusActualByCommune().rows()) {
            String name = host.units().unit(row.key()).map(unit -> unit.name()).orElse(row.key());
            rows.add(new PlanActualRow(row.key(), name, name, row.planned(), row.spent()));
        }
        return new PlanActualTable(COMMUNE_TABLE_ID, "Kế hoạch và thực hiện kinh phí theo xã (lũy kế)",
                "Plan versus spending by commune (cumulative)", rows);
    }

    /** Planned versus spent per model, as of the funding ledger given. */
    static PlanActualTable planVersusActual(ProgrammeHost host, FundingLedger funds) {
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
