package org.ketnghia.startup.indicators;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.reporting.Aggregation;
import org.ketnghia.core.reporting.IndicatorAccumulator;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorSource;
import org.ketnghia.core.reporting.IndicatorSources;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.startup.catalogue.Sector;
import org.ketnghia.startup.catalogue.SectorCatalogue;
import org.ketnghia.startup.catalogue.SupportItem;
import org.ketnghia.startup.policy.ApplicantKind;
import org.ketnghia.startup.project.ApplicationApproved;
import org.ketnghia.startup.project.ApprovalAmended;
import org.ketnghia.startup.project.ApplicationSubmitted;
import org.ketnghia.startup.project.FollowUpRecorded;
import org.ketnghia.startup.project.ItemAmount;
import org.ketnghia.startup.project.ProjectClosed;
import org.ketnghia.startup.project.ProjectOutcome;
import org.ketnghia.startup.project.TrancheDisbursed;

/**
 * The indicators of the start-up model and the sources that compute them from ledger events. The
 * per-kind, per-sector and per-item indicators follow the catalogue, so a host's extra sectors and
 * items get their own. Counts and sums are of events within the period; survival after N years is a
 * stock: of the projects approved at least N years before the period's end, the share not failed
 * within N years of approval. Immutable and thread-safe.
 */
public final class StartupIndicators {

    /** Indicator ids. */
    public static final String APPLICATIONS = "startup.applications";
    public static final String APPROVALS = "startup.approvals";
    public static final String APPROVALS_BY_KIND = "startup.approvals.kind.";
    public static final String APPROVALS_BY_SECTOR = "startup.approvals.sector.";
    public static final String APPROVED_VALUE = "startup.approved-value";
    public static final String SUPPORT_VALUE = "startup.support-value";
    public static final String SUPPORT_VALUE_BY_ITEM = "startup.support-value.item.";
    public static final String COUNTERPART_SHARE = "startup.counterpart-share";
    public static final String SURVIVAL_AFTER_YEARS = "startup.survival.year-";
    public static final String FAILURES = "startup.failures";
    public static final String JOBS = "startup.jobs";
    public static final String JOBS_FOR_WOMEN = "startup.jobs.women";
    public static final String JOBS_FOR_ETHNIC_MINORITIES = "startup.jobs.ethnic-minorities";
    public static final String REVENUE = "startup.revenue";
    public static final String PRODUCTS_CERTIFIED = "startup.products-certified";
    public static final String WOMAN_LED_SHARE = "startup.woman-led-share";
    public static final String ETHNIC_MINORITY_LED_SHARE = "startup.ethnic-minority-led-share";

    private static final int SURVIVAL_YEARS = 3;

    private final List<IndicatorSource> sources;

    /** The indicators for the sectors and items of {@code catalogue}. */
    public StartupIndicators(SectorCatalogue catalogue) {
        requireNonNull(catalogue, "catalogue");
        List<IndicatorSource> all = new ArrayList<>();
        all.add(IndicatorSources.countOf(count(APPLICATIONS, "Số hồ sơ khởi nghiệp", "Start-up applications", "hồ sơ"),
                ApplicationSubmitted.class));
        all.add(IndicatorSources.countOf(count(APPROVALS, "Số dự án được phê duyệt", "Projects approved", "dự án"),
                ApplicationApproved.class));
        for (ApplicantKind kind : ApplicantKind.values()) {
            all.add(IndicatorSources.fromEvents(count(APPROVALS_BY_KIND + kebab(kind.name()),
                    "Dự án được phê duyệt: " + kind.label().vi(), "Projects approved: " + kind.label().en(), "dự án"),
                    ApplicationApproved.class, approved -> IndicatorValue.of(approved.applicantKind() == kind ? 1 : 0)));
        }
        for (Sector sector : catalogue.sectors()) {
            all.add(IndicatorSources.fromEvents(count(APPROVALS_BY_SECTOR + sector.id(),
                    "Dự án được phê duyệt: " + sector.nameVi(), "Projects approved: " + sector.nameEn(), "dự án"),
                    ApplicationApproved.class,
                    approved -> IndicatorValue.of(approved.sectorId().equals(sector.id()) ? 1 : 0)));
        }
        all.add(new ApprovedValueSource(sum(APPROVED_VALUE, "Kinh phí hỗ trợ được phê duyệt",
                "Support approved", "đồng")));
        all.add(IndicatorSources.sumOfMoney(sum(SUPPORT_VALUE, "Kinh phí hỗ trợ đã giải ngân", "Support paid", "đồng"),
                TrancheDisbursed.class, TrancheDisbursed::value));
        for (SupportItem item : catalogue.items()) {
            all.add(IndicatorSources.sumOfMoney(sum(SUPPORT_VALUE_BY_ITEM + item.id(),
                    "Đã giải ngân: " + item.nameVi(), "Paid: " + item.nameEn(), "đồng"), TrancheDisbursed.class,
                    paid -> Money.sum(paid.items().stream().filter(i -> i.itemId().equals(item.id()))
                            .map(ItemAmount::amount).toList())));
        }
        all.add(IndicatorSources.fromEvents(ratio(COUNTERPART_SHARE, "Tỷ lệ vốn đối ứng trong tổng vốn dự án",
                "Counterpart share of project funds"), ApplicationApproved.class,
                approved -> IndicatorValue.ratio(approved.counterpartValue().dong(),
                        approved.counterpartValue().plus(approved.approvedTotal()).dong())));
        for (int years = 1; years <= SURVIVAL_YEARS; years++) {
            all.add(new SurvivalSource(ratio(SURVIVAL_AFTER_YEARS + years,
                    "Tỷ lệ dự án còn hoạt động sau " + years + " năm", "Projects still operating after " + years
                            + (years == 1 ? " year" : " years")), years));
        }
        all.add(IndicatorSources.fromEvents(count(FAILURES, "Số dự án thất bại", "Projects failed", "dự án"),
                ProjectClosed.class, closed -> IndicatorValue.of(closed.outcome() == ProjectOutcome.FAILED ? 1 : 0)));
        all.add(IndicatorSources.sumOf(sum(JOBS, "Việc làm tạo ra", "Jobs created", "việc làm"),
                FollowUpRecorded.class, FollowUpRecorded::jobsCreated));
        all.add(IndicatorSources.sumOf(sum(JOBS_FOR_WOMEN, "Việc làm cho phụ nữ", "Jobs for women", "việc làm"),
                FollowUpRecorded.class, FollowUpRecorded::jobsForWomen));
        all.add(IndicatorSources.sumOf(sum(JOBS_FOR_ETHNIC_MINORITIES, "Việc làm cho người dân tộc thiểu số",
                "Jobs for ethnic-minority workers", "việc làm"), FollowUpRecorded.class,
                FollowUpRecorded::jobsForEthnicMinorities));
        all.add(IndicatorSources.sumOfMoney(sum(REVENUE, "Doanh thu của các dự án", "Revenue of the projects", "đồng"),
                FollowUpRecorded.class, FollowUpRecorded::revenue));
        all.add(IndicatorSources.sumOf(sum(PRODUCTS_CERTIFIED, "Sản phẩm được chứng nhận (OCOP, …)",
                "Products certified (OCOP, …)", "sản phẩm"), FollowUpRecorded.class,
                followUp -> followUp.certifications().size()));
        all.add(IndicatorSources.fromEvents(ratio(WOMAN_LED_SHARE, "Tỷ lệ dự án do phụ nữ làm chủ",
                "Share of approved projects led by women"), ApplicationApproved.class,
                approved -> IndicatorValue.ratio(approved.ledByWoman() ? 1 : 0, 1)));
        all.add(IndicatorSources.fromEvents(ratio(ETHNIC_MINORITY_LED_SHARE,
                "Tỷ lệ dự án do người dân tộc thiểu số làm chủ", "Share of approved projects led by ethnic minorities"),
                ApplicationApproved.class, approved -> IndicatorValue.ratio(approved.ledByEthnicMinority() ? 1 : 0, 1)));
        this.sources = List.copyOf(all);
    }

    /** The sources, one per indicator. */
    public List<IndicatorSource> sources() {
        return sources;
    }

    /** The definitions, in the sources' order. */
    public List<IndicatorDefinition> definitions() {
        return sources.stream().map(IndicatorSource::definition).toList();
    }

    /** The indicator id for approvals of an applicant kind. */
    public static String approvalsOf(ApplicantKind kind) {
        return APPROVALS_BY_KIND + kebab(kind.name());
    }

    private static String kebab(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static IndicatorDefinition count(String id, String vi, String en, String unit) {
        return new IndicatorDefinition(id, vi, en, unit, Aggregation.COUNT);
    }

    private static IndicatorDefinition sum(String id, String vi, String en, String unit) {
        return new IndicatorDefinition(id, vi, en, unit, Aggregation.SUM);
    }

    private static IndicatorDefinition ratio(String id, String vi, String en) {
        return new IndicatorDefinition(id, vi, en, "%", Aggregation.RATIO_OF_SUMS);
    }

    /**
     * Support approved in the period: the approvals' totals, and the change each amendment made (negative when it
     * reduced the support), per unit.
     */
    private static final class ApprovedValueSource implements IndicatorSource {
        private final IndicatorDefinition definition;

        ApprovedValueSource(IndicatorDefinition definition) {
            this.definition = definition;
        }

        @Override
        public IndicatorDefinition definition() {
            return definition;
        }

        /** Approvals, amendments and closures: amounts and dates, no personal data. */
        @Override
        public boolean readsPersonalData() {
            return false;
        }

        @Override
        public IndicatorAccumulator newAccumulator(ReportingPeriod period) {
            requireNonNull(period, "period");
            Map<String, IndicatorValue> values = new HashMap<>();
            return new IndicatorAccumulator() {
                @Override
                public void accept(EventEnvelope event) {
                    if (!period.contains(event.occurredOn())) {
                        return;
                    }
                    if (event.payload() instanceof ApplicationApproved approved) {
                        values.merge(event.unitCode(), IndicatorValue.of(approved.approvedTotal()), Aggregation.SUM::combine);
                    } else if (event.payload() instanceof ApprovalAmended amended) {
                        values.merge(event.unitCode(), IndicatorValue.of(amended.totalChange()), Aggregation.SUM::combine);
                    }
                }

                @Override
                public Map<String, IndicatorValue> result() {
                    return Map.copyOf(values);
                }
            };
        }
    }

    /** Survival after N years: a stock over every approval up to the period's end. */
    private static final class SurvivalSource implements IndicatorSource {
        private final IndicatorDefinition definition;
        private final int years;

        SurvivalSource(IndicatorDefinition definition, int years) {
            this.definition = definition;
            this.years = years;
        }

        @Override
        public IndicatorDefinition definition() {
            return definition;
        }

        /** Approvals, amendments and closures: amounts and dates, no personal data. */
        @Override
        public boolean readsPersonalData() {
            return false;
        }

        @Override
        public IndicatorAccumulator newAccumulator(ReportingPeriod period) {
            requireNonNull(period, "period");
            Map<String, String> unitOf = new LinkedHashMap<>();
            Map<String, LocalDate> approvedOn = new HashMap<>();
            Map<String, LocalDate> failedOn = new HashMap<>();
            return new IndicatorAccumulator() {
                @Override
                public void accept(EventEnvelope event) {
                    if (event.occurredOn().isAfter(period.to())) {
                        return;
                    }
                    if (event.payload() instanceof ApplicationApproved approved) {
                        unitOf.put(approved.applicationId(), event.unitCode());
                        approvedOn.put(approved.applicationId(), event.occurredOn());
                    } else if (event.payload() instanceof ProjectClosed closed
                            && closed.outcome() == ProjectOutcome.FAILED) {
                        failedOn.put(closed.applicationId(), event.occurredOn());
                    }
                }

                @Override
                public Map<String, IndicatorValue> result() {
                    Map<String, IndicatorValue> values = new HashMap<>();
                    unitOf.forEach((applicationId, unit) -> {
                        LocalDate horizon = approvedOn.get(applicationId).plusYears(years);
                        if (!horizon.isAfter(period.to())) {
                            LocalDate failed = failedOn.get(applicationId);
                            boolean survived = failed == null || failed.isAfter(horizon);
                            values.merge(unit, IndicatorValue.ratio(survived ? 1 : 0, 1), Aggregation.RATIO_OF_SUMS::combine);
                        }
                    });
                    return Map.copyOf(values);
                }
            };
        }
    }
}
