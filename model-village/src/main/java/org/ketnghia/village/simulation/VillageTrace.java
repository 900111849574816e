package org.ketnghia.village.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.funding.RecordExpenditure;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.simulation.CommandSink;
import org.ketnghia.core.simulation.SimulationClock;
import org.ketnghia.village.VillageErrorCode;
import org.ketnghia.village.VillageModel;
import org.ketnghia.village.criteria.CriteriaSet;
import org.ketnghia.village.criteria.CriteriaSets;
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

/**
 * The commands of one traced replicate of {@link VillageSimulator}; draws nothing from the random
 * stream. Dates: month {@code k} (0-based) ends on {@link SimulationClock#monthEnd(int)}; the set is
 * adopted and the villages registered, assessed and taken on by their sponsors on the first day; a
 * measurement closes every month in which a gap shrank; when the last gap closes in month {@code k}
 * the self-assessment is that month's last day and the decision the last day of month {@code k +
 * processMonths} (so that, counted inclusively, registration to decision is exactly the simulated
 * months to recognition), the proposal, inspection and dossier evenly in between; nothing is dated
 * after the horizon.
 *
 * <p>Readings follow the gap in points: a percentage or count reads the zone's threshold minus the
 * gap, an amount the threshold less gap per cent, a yes/no "yes" only when the gap is closed, so a
 * criterion is met exactly when its gap is. Criteria of the set the plan does not list are met at
 * the baseline. The set is the shipped sample ({@link CriteriaSets#sample()}). Not thread-safe: one
 * trace, one thread.
 */
final class VillageTrace {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RecognitionPlan plan;
    private final SimulationClock clock;
    private final CommandSink sink;
    private final CriteriaSet set;
    private final Actor province;
    private final LocalDate horizonEnd;
    private long refusedSpending;

    private VillageTrace(RecognitionPlan plan, SimulationClock clock, CommandSink sink, CriteriaSet set) {
        this.plan = plan;
        this.clock = clock;
        this.sink = sink;
        this.set = set;
        this.province = new Actor("van-phong-dieu-phoi-ntm-tinh", "Văn phòng Điều phối nông thôn mới tỉnh",
                ActorRole.PROVINCIAL_COMMITTEE, Optional.empty(), Optional.empty());
        this.horizonEnd = clock.monthEnd(clock.months() - 1);
    }

    /**
     * Checks the plan can be traced and records the start: criteria set, registration, baseline,
     * sponsors; a village with no gap goes straight to the recognition workflow.
     */
    static VillageTrace start(RecognitionPlan plan, SimulationClock clock, CommandSink sink) {
        if (plan.villageCodes().isEmpty()) {
            throw KetnghiaException.of(CoreErrorCode.VALUE_REQUIRED, "villageCodes");
        }
        CriteriaSet set = CriteriaSets.sample();
        for (int c = 0; c < plan.criteria().size(); c++) {
            String criterionId = plan.criteria().get(c).criterionId();
            if (set.criterion(criterionId).isEmpty()) {
                throw KetnghiaException.of(VillageErrorCode.VILLAGE_UNKNOWN_CRITERION, "criteria[" + c + "].criterionId",
                        criterionId, set.id());
            }
        }
        VillageTrace trace = new VillageTrace(plan, clock, sink, set);
        trace.begin();
        return trace;
    }

    private void begin() {
        LocalDate start = clock.start();
        String first = plan.villageCodes().get(0);
        String provinceCode = first.contains(".") ? first.substring(0, first.indexOf('.')) : first;
        try {
            sink.submit(AdoptCriteriaSet.builder().actor(province).unitCode(provinceCode).occurredOn(start)
                    .criteriaSet(set).build());
        } catch (KetnghiaException e) {
            if (!e.has(VillageErrorCode.VILLAGE_SET_ALREADY_ADOPTED)) {
                throw e;
            }
            // the host adopted the set already: use it
        }
        for (int v = 0; v < plan.villageCodes().size(); v++) {
            String village = plan.villageCodes().get(v);
            Actor officer = officer(village);
            sink.submit(RegisterVillage.builder().actor(officer).unitCode(village).occurredOn(start)
                    .criteriaSetId(set.id())
                    .reference("Danh sách thôn đăng ký xây dựng thôn NTM kiểu mẫu năm " + start.getYear()
                            + " của UBND xã (minh họa)")
                    .build());
            List<IndicatorReading> baseline = new ArrayList<>();
            for (Criterion criterion : set.criteria()) {
                baseline.addAll(readings(criterion, initialGap(criterion.id()), "Biên bản rà soát hiện trạng thôn "
                        + village + " ngày " + vi(start) + " (minh họa)"));
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
        String village = plan.villageCodes().get(v);
        LocalDate on = clock.monthEnd(month);
        plan.unitCode().ifPresent(commune -> spend(commune, village, month, on, spent));
        List<IndicatorReading> readings = new ArrayList<>();
        for (int c = 0; c < after.length; c++) {
            if (after[c] < before[c]) {
                Criterion criterion = set.criterion(plan.criteria().get(c).criterionId()).orElseThrow();
                readings.addAll(readings(criterion, after[c], "Biên bản kiểm tra tiến độ tháng "
                        + String.format("%02d/%04d", on.getMonthValue(), on.getYear()) + " của thôn " + village
                        + " (minh họa)"));
            }
        }
        if (!readings.isEmpty()) {
            sink.submit(RecordMeasurement.builder().actor(officer(village)).unitCode(village).occurredOn(on)
                    .readings(readings).build());
        }
    }

    private void spend(String commune, String village, int month, LocalDate on, long[] spent) {
        Actor accountant = Actor.forUnit("ke-toan-xa-" + commune, "Kế toán ngân sách xã", ActorRole.COMMUNE_COMMITTEE,
                commune);
        for (int c = 0; c < spent.length; c++) {
            if (spent[c] <= 0) {
                continue;
            }
            String criterionId = plan.criteria().get(c).criterionId();
            try {
                sink.submit(RecordExpenditure.builder().actor(accountant).unitCode(commune).occurredOn(on)
                        .expenditureId("chi-" + VillageModel.ID + "-" + village + "-" + criterionId + "-" + (month + 1))
                        .modelId(VillageModel.ID).activity(VillageFunding.activity(village, criterionId))
                        .description("Thi công tiêu chí " + criterionId + " của thôn " + village + " tháng "
                                + String.format("%02d/%04d", on.getMonthValue(), on.getYear()))
                        .amount(Money.ofDong(spent[c]))
                        .documentReference("Phiếu chi " + village + "-" + criterionId + "-" + (month + 1) + " (minh họa)")
                        .build());
            } catch (KetnghiaException e) {
                // no money for it in the ledger (or no such commune that day): the spending is not recorded
                refusedSpending++;
            }
        }
    }

    /** Spending the ledger refused so far (e.g. the commune had no funds for the criterion). */
    long refusedSpending() {
        return refusedSpending;
    }

    /** Village {@code v} met every criterion in month {@code month} (−1: at the start): steps and decision. */
    void allMet(int v, int month) {
        String village = plan.villageCodes().get(v);
        LocalDate from = month < 0 ? clock.start() : clock.monthEnd(month);
        int recognitionMonth = VillageSimulator.recognitionMonth(month, plan);
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
            boolean commune = steps[i] == RecognitionStep.SELF_ASSESSMENT || steps[i] == RecognitionStep.COMMUNE_PROPOSAL;
            sink.submit(RecordRecognitionStep.builder().actor(commune ? officer(village) : province).unitCode(village)
                    .occurredOn(on).step(steps[i])
                    .documentReference(stepDocument(steps[i]) + " thôn " + village + " ngày " + vi(on) + " (minh họa)")
                    .build());
        }
        if (!decision.isAfter(horizonEnd) && recognitionMonth <= clock.months()) {
            sink.submit(RecogniseVillage.builder().actor(province).unitCode(village).occurredOn(decision)
                    .decisionNumber("QĐ công nhận thôn " + village + " đạt chuẩn NTM kiểu mẫu ngày " + vi(decision)
                            + " (minh họa)")
                    .build());
        }
    }

    private double initialGap(String criterionId) {
        return plan.criteria().stream().filter(work -> work.criterionId().equals(criterionId))
                .mapToDouble(CriterionWork::gap).findFirst().orElse(0);
    }

    private List<IndicatorReading> readings(Criterion criterion, double gap, String evidence) {
        List<IndicatorReading> readings = new ArrayList<>();
        collect(criterion.indicators(), gap, evidence, readings);
        return readings;
    }

    private void collect(List<CriterionIndicator> indicators, double gap, String evidence, List<IndicatorReading> into) {
        for (CriterionIndicator indicator : indicators) {
            if (indicator.kind() == ThresholdKind.ALL_SUB_INDICATORS_MET) {
                collect(indicator.subIndicators(), gap, evidence, into);
                continue;
            }
            BigDecimal threshold = indicator.thresholdFor(plan.zone()).orElse(BigDecimal.ZERO);
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

    private static Actor officer(String village) {
        return Actor.forUnit("can-bo-ntm-" + village, "Cán bộ phụ trách nông thôn mới của UBND xã (thôn " + village + ")",
                ActorRole.COMMUNE_COMMITTEE, village);
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
