package org.ketnghia.village.simulation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.funding.RecordExpenditure;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.simulation.CommandSink;
import org.ketnghia.core.simulation.SimulationClock;
import org.ketnghia.core.simulation.TraceContext;
import org.ketnghia.village.VillageErrorCode;
import org.ketnghia.village.VillageModel;
import org.ketnghia.village.criteria.CriteriaSet;
import org.ketnghia.village.criteria.Criterion;
import org.ketnghia.village.criteria.CriterionIndicator;
import org.ketnghia.village.criteria.Reading;
import org.ketnghia.village.criteria.ThresholdKind;
import org.ketnghia.village.reporting.VillageFunding;
import org.ketnghia.village.scheme.AdoptCriteriaSet;
import org.ketnghia.village.scheme.AssessBaseline;
import org.ketnghia.village.scheme.IndicatorReading;
import org.ketnghia.village.scheme.RecogniseVillage;
import org.ketnghia.village.scheme.RecognitionStep;
import org.ketnghia.village.scheme.RecordMeasurement;
import org.ketnghia.village.scheme.RecordRecognitionStep;
import org.ketnghia.village.scheme.RegisterVillage;
import org.ketnghia.village.scheme.TakeOnCriteria;
import org.ketnghia.village.simulation.CriterionWork;
import org.ketnghia.village.simulation.RecognitionPlan;

/**
 * Writes the commands of one traced replicate of {@link RecognitionRun}; draws nothing from the random stream. Dates: month
 * {@code k} (0-based) ends on {@link SimulationClock#monthEnd(int)}; the set is adopted and the
 * villages registered, assessed and taken on by their sponsors on the first day; a measurement
 * closes every month in which a gap shrank; when the last gap closes in month {@code k} the
 * self-assessment is that month's last day and the decision the last day of month {@code k +
 * processMonths} (so that, counted inclusively, registration to decision is exactly the simulated
 * months to recognition), the proposal, inspection and dossier evenly in between; nothing is dated
 * after the horizon.
 *
 * <p>Readings follow the gap in points: a percentage or count reads the zone's threshold minus the
 * gap, an amount the threshold less gap per cent, a yes/no "yes" only when the gap is closed, so a
 * criterion is met exactly when its gap is. Criteria of the set the plan does not list are met at
 * the baseline. Host facts come from the {@link TraceContext} only (see {@code
 * VillageSimulator#simulateTrace} for who records what). Not thread-safe: one trace, one thread.
 */
final class VillageTrace {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RecognitionPlan plan;
    private final SimulationClock clock;
    private final CriteriaSet set;
    private final TraceContext context;
    private final CommandSink sink;
    private final String commune;
    private final List<String> villages;
    private final int[] zoneOf;
    private final String province;
    private final LocalDate horizonEnd;

    private VillageTrace(RecognitionPlan plan, SimulationClock clock, CriteriaSet set, TraceContext context,
            CommandSink sink, String commune, List<String> villages, int[] zoneOf, String province) {
        this.plan = plan;
        this.clock = clock;
        this.set = set;
        this.context = context;
        this.sink = sink;
        this.commune = commune;
        this.villages = villages;
        this.zoneOf = zoneOf;
        this.province = province;
        this.horizonEnd = clock.monthEnd(clock.months() - 1);
    }

    /**
     * Checks that the plan can be traced with {@code context}, listing every problem, and records the
     * start: criteria set, registration, baseline, sponsors; a village with no gap goes straight to
     * the recognition workflow.
     *
     * @throws KetnghiaException if the plan has no commune, names a criterion {@code set} lacks, the
     *     context names fewer villages of the commune than the plan simulates, a village has no zone
     *     or the commune no province at the start; or the ledger's exception if it rejects a command
     */
    static VillageTrace start(RecognitionPlan plan, SimulationClock clock, CriteriaSet set, TraceContext context,
            CommandSink sink) {
        Problems problems = new Problems();
        for (int c = 0; c < plan.criteria().size(); c++) {
            String criterionId = plan.criteria().get(c).criterionId();
            problems.check(set.criterion(criterionId).isEmpty(), VillageErrorCode.VILLAGE_UNKNOWN_CRITERION,
                    "criteria[" + c + "].criterionId", criterionId, set.id());
        }
        if (plan.unitCode().isEmpty()) {
            problems.add(CoreErrorCode.VALUE_REQUIRED, "unitCode");
            problems.throwIfAny();
        }
        String commune = plan.unitCode().orElseThrow();
        LocalDate start = clock.start();
        List<String> named = context.villagesOf(commune);
        if (named.size() < plan.villages()) {
            problems.add(VillageErrorCode.VILLAGE_TRACE_TOO_FEW_VILLAGES, "villagesByCommune." + commune, commune,
                    plan.villages(), named.size());
        }
        List<String> villages = named.subList(0, Math.min(named.size(), plan.villages()));
        int[] zoneOf = new int[villages.size()];
        for (int v = 0; v < villages.size(); v++) {
            OptionalInt zone = context.units().modelVillageZoneAsOf(villages.get(v), start);
            problems.check(zone.isEmpty(), VillageErrorCode.VILLAGE_ZONE_UNKNOWN, "villagesByCommune." + commune,
                    villages.get(v), start);
            zoneOf[v] = zone.orElse(0);
        }
        String province = context.units().ancestorAtLevel(commune, AdminLevel.PROVINCE, start)
                .map(AdministrativeUnit::code).orElse(null);
        problems.check(province == null, VillageErrorCode.VILLAGE_TRACE_NO_PROVINCE, "unitCode", commune, start);
        problems.throwIfAny();
        VillageTrace trace = new VillageTrace(plan, clock, set, context, sink, commune, List.copyOf(villages), zoneOf,
                province);
        trace.begin();
        return trace;
    }

    private void begin() {
        LocalDate start = clock.start();
        try {
            sink.submit(AdoptCriteriaSet.builder().actor(context.actorFor(province)).unitCode(province).occurredOn(start)
                    .criteriaSet(set).build());
        } catch (KetnghiaException e) {
            if (!e.has(VillageErrorCode.VILLAGE_SET_ALREADY_ADOPTED)) {
                throw e;
            }
            // the host adopted the set already: use it
        }
        for (int v = 0; v < villages.size(); v++) {
            String village = villages.get(v);
            Actor officer = communeActor(village, start);
            sink.submit(RegisterVillage.builder().actor(officer).unitCode(village).occurredOn(start)
                    .criteriaSetId(set.id())
                    .reference("Danh sách thôn đăng ký xây dựng thôn NTM kiểu mẫu năm " + start.getYear()
                            + " của UBND xã (minh họa)")
                    .build());
            List<IndicatorReading> baseline = new ArrayList<>();
            for (Criterion criterion : set.criteria()) {
                baseline.addAll(readings(criterion, zoneOf[v], initialGap(criterion.id()),
                        "Biên bản rà soát hiện trạng thôn " + village + " ngày " + vi(start) + " (minh họa)"));
            }
            sink.submit(AssessBaseline.builder().actor(officer).unitCode(village).occurredOn(start).readings(baseline)
                    .build());
            takeOn(village, officer, start);
            if (plan.criteria().stream().allMatch(work -> work.gap() <= 0)) {
                allMet(v, -1);
            }
        }
    }

    /** Sponsors take on the criteria with a gap, in turn; sponsors the ledger finds not twinned are left out. */
    private void takeOn(String village, Actor officer, LocalDate on) {
        if (plan.sponsorIds().isEmpty()) {
            return;
        }
        Map<String, List<String>> bySponsor = new LinkedHashMap<>();
        int turn = 0;
        for (CriterionWork work : plan.criteria()) {
            if (work.gap() > 0) {
                String sponsor = plan.sponsorIds().get(turn++ % plan.sponsorIds().size());
                bySponsor.computeIfAbsent(sponsor, s -> new ArrayList<>()).add(work.criterionId());
            }
        }
        bySponsor.forEach((sponsor, criteria) -> {
            try {
                sink.submit(TakeOnCriteria.builder().actor(officer).unitCode(village).occurredOn(on).sponsorId(sponsor)
                        .criterionIds(criteria)
                        .planReference("Kế hoạch hỗ trợ xây dựng thôn NTM kiểu mẫu năm " + on.getYear()
                                + " của đơn vị kết nghĩa (minh họa)")
                        .build());
            } catch (KetnghiaException e) {
                if (!e.has(VillageErrorCode.VILLAGE_SPONSOR_NOT_TWINNED) && !e.has(VillageErrorCode.VILLAGE_UNKNOWN_SPONSOR)) {
                    throw e;
                }
            }
        });
    }

    /** Month {@code month} of village {@code v}: its spending and, if a gap shrank, a measurement. */
    void month(int v, int month, double[] before, double[] after, long[] spent) {
        String village = villages.get(v);
        LocalDate on = clock.monthEnd(month);
        spend(village, month, on, spent);
        List<IndicatorReading> readings = new ArrayList<>();
        for (int c = 0; c < after.length; c++) {
            if (after[c] < before[c]) {
                Criterion criterion = set.criterion(plan.criteria().get(c).criterionId()).orElseThrow();
                readings.addAll(readings(criterion, zoneOf[v], after[c], "Biên bản kiểm tra tiến độ tháng "
                        + String.format("%02d/%04d", on.getMonthValue(), on.getYear()) + " của thôn " + village
                        + " (minh họa)"));
            }
        }
        if (!readings.isEmpty()) {
            sink.submit(RecordMeasurement.builder().actor(communeActor(village, on)).unitCode(village).occurredOn(on)
                    .readings(readings).build());
        }
    }

    /**
     * Each criterion's spending as a core expenditure of the plan's commune (its successor after a
     * merger); what the ledger refuses (no money received for it, no single successor) is left out.
     */
    private void spend(String village, int month, LocalDate on, long[] spent) {
        for (int c = 0; c < spent.length; c++) {
            if (spent[c] <= 0) {
                continue;
            }
            String criterionId = plan.criteria().get(c).criterionId();
            try {
                String fundHolder = context.unitInForce(commune, on);
                sink.submit(RecordExpenditure.builder().actor(context.actorFor(fundHolder)).unitCode(fundHolder)
                        .occurredOn(on)
                        .expenditureId(context.id("chi-" + VillageModel.ID + "-" + village + "-" + criterionId + "-" + (month + 1)))
                        .modelId(VillageModel.ID).activity(VillageFunding.activity(village, criterionId))
                        .description("Thi công tiêu chí " + criterionId + " của thôn " + village + " tháng "
                                + String.format("%02d/%04d", on.getMonthValue(), on.getYear()))
                        .amount(Money.ofDong(spent[c]))
                        .documentReference("Phiếu chi " + village + "-" + criterionId + "-" + (month + 1) + " (minh họa)")
                        .build());
            } catch (KetnghiaException e) {
                // spending the commune holds no money for is not recorded; the replicate still counts the work
            }
        }
    }

    /** Village {@code v} met every criterion in month {@code month} (−1: at the start): steps and decision. */
    void allMet(int v, int month) {
        String village = villages.get(v);
        LocalDate from = month < 0 ? clock.start() : clock.monthEnd(month);
        int recognitionMonth = RecognitionRun.recognitionMonth(month, plan);
        LocalDate decision = clock.start().plusMonths(recognitionMonth).minusDays(1);
        if (decision.isBefore(from)) {
            decision = from;
        }
        long days = ChronoUnit.DAYS.between(from, decision);
        RecognitionStep[] steps = RecognitionStep.values();
        for (int i = 0; i < steps.length; i++) {
            LocalDate on = from.plusDays(days * i / steps.length);
            if (on.isAfter(horizonEnd)) {
                return;
            }
            boolean byCommune = steps[i] == RecognitionStep.SELF_ASSESSMENT
                    || steps[i] == RecognitionStep.COMMUNE_PROPOSAL;
            sink.submit(RecordRecognitionStep.builder()
                    .actor(byCommune ? communeActor(village, on) : provinceActor(village, on)).unitCode(village)
                    .occurredOn(on).step(steps[i])
                    .documentReference(stepDocument(steps[i]) + " thôn " + village + " ngày " + vi(on) + " (minh họa)")
                    .build());
        }
        if (!decision.isAfter(horizonEnd) && recognitionMonth <= clock.months()) {
            sink.submit(RecogniseVillage.builder().actor(provinceActor(village, decision)).unitCode(village)
                    .occurredOn(decision)
                    .decisionNumber("QĐ công nhận thôn " + village + " đạt chuẩn NTM kiểu mẫu ngày " + vi(decision)
                            + " (minh họa)")
                    .build());
        }
    }

    /** The commune committee's actor for {@code village} on {@code on}: keyed by the village's commune that day. */
    private Actor communeActor(String village, LocalDate on) {
        // a village the units give no commune that day is refused by the ledger; its own code is the key meanwhile
        String communeThatDay = context.units().ancestorAtLevel(village, AdminLevel.COMMUNE, on)
                .map(AdministrativeUnit::code).orElse(village);
        return context.actorFor(communeThatDay);
    }

    /** The provincial office's actor for {@code village} on {@code on}: keyed by the village's province that day. */
    private Actor provinceActor(String village, LocalDate on) {
        String provinceThatDay = context.units().ancestorAtLevel(village, AdminLevel.PROVINCE, on)
                .map(AdministrativeUnit::code).orElse(province);
        return context.actorFor(provinceThatDay);
    }

    private double initialGap(String criterionId) {
        return plan.criteria().stream().filter(work -> work.criterionId().equals(criterionId))
                .mapToDouble(CriterionWork::gap).findFirst().orElse(0);
    }

    private static List<IndicatorReading> readings(Criterion criterion, int zone, double gap, String evidence) {
        List<IndicatorReading> readings = new ArrayList<>();
        collect(criterion.indicators(), zone, gap, evidence, readings);
        return readings;
    }

    private static void collect(List<CriterionIndicator> indicators, int zone, double gap, String evidence,
            List<IndicatorReading> into) {
        for (CriterionIndicator indicator : indicators) {
            if (indicator.kind() == ThresholdKind.ALL_SUB_INDICATORS_MET) {
                collect(indicator.subIndicators(), zone, gap, evidence, into);
                continue;
            }
            BigDecimal threshold = indicator.thresholdFor(zone).orElse(BigDecimal.ZERO);
            into.add(IndicatorReading.of(indicator.id(), reading(indicator.kind(), threshold, gap), evidence));
        }
    }

    /** A reading met exactly when {@code gap} is 0 (for a positive threshold). */
    static Reading reading(ThresholdKind kind, BigDecimal threshold, double gap) {
        BigDecimal points = BigDecimal.valueOf(Math.max(0, gap));
        return switch (kind) {
            case PERCENTAGE_AT_LEAST -> Reading.of(plain(threshold.subtract(points).setScale(2, RoundingMode.FLOOR)
                    .max(BigDecimal.ZERO).min(HUNDRED)));
            case COUNT_AT_LEAST -> Reading.of(threshold.subtract(points.setScale(0, RoundingMode.CEILING))
                    .setScale(0, RoundingMode.FLOOR).max(BigDecimal.ZERO));
            case AMOUNT_AT_LEAST -> Reading.of(Money.ofDong(threshold.multiply(HUNDRED.subtract(points))
                    .divide(HUNDRED, 0, RoundingMode.FLOOR).max(BigDecimal.ZERO).longValueExact()));
            case YES_NO -> Reading.of(gap <= 0);
            case ALL_SUB_INDICATORS_MET -> throw new IllegalArgumentException("composite indicator");
        };
    }

    /** Without trailing zeros but never in exponent form (70, not 7E+1). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String stepDocument(RecognitionStep step) {
        return switch (step) {
            case SELF_ASSESSMENT -> "Biên bản tự đánh giá";
            case COMMUNE_PROPOSAL -> "Tờ trình đề nghị công nhận của UBND xã cho";
            case INSPECTION -> "Biên bản thẩm tra";
            case DOSSIER -> "Hồ sơ đề nghị công nhận";
        };
    }

    private static String vi(LocalDate date) {
        return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
