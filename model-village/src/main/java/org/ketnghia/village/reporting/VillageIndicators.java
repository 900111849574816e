package org.ketnghia.village.reporting;

import java.util.List;
import org.ketnghia.core.reporting.Aggregation;
import org.ketnghia.core.reporting.IndicatorDefinition;

/**
 * The indicators of the model new-rural village (<i>chỉ tiêu thôn nông thôn mới kiểu mẫu</i>), by
 * which reports and hosts name them. Village indicators are reported on the village unit and roll
 * up to commune, district and province; money indicators on the commune that holds the fund. "As at
 * the end of the period" indicators (recognised, criteria met) equal what the {@link
 * org.ketnghia.village.scheme.VillageRegistry} said on the period's last day. The model computes
 * them from the ledger through {@code VillageModel.indicatorSources}.
 *
 * <p>A programme's physical targets for this model ({@code ProgrammeTarget.indicatorId}) name these ids:
 * villages registered ({@code village.villages-registered}, counted in the period, so a target for the
 * whole programme is read in the report since its start), villages recognised ({@code
 * village.villages-recognised}, as at the end) and criteria met per village ({@code
 * village.criteria-met-per-village}, an average as at the end). Constants only; thread-safe.
 */
public final class VillageIndicators {

    /** Thôn đăng ký trong kỳ. */
    public static final IndicatorDefinition VILLAGES_REGISTERED = new IndicatorDefinition(
            "village.villages-registered", "Số thôn đăng ký xây dựng thôn NTM kiểu mẫu", "Villages registered", "thôn",
            Aggregation.COUNT);
    /** Thôn đang được công nhận vào cuối kỳ. */
    public static final IndicatorDefinition VILLAGES_RECOGNISED = new IndicatorDefinition(
            "village.villages-recognised", "Số thôn được công nhận đạt chuẩn (cuối kỳ)",
            "Villages recognised (end of period)", "thôn", Aggregation.SUM);
    /** Tiêu chí đạt cuối kỳ. */
    public static final IndicatorDefinition CRITERIA_MET = new IndicatorDefinition(
            "village.criteria-met", "Số tiêu chí đạt (cuối kỳ)", "Criteria met (end of period)", "tiêu chí",
            Aggregation.SUM);
    /** Tỷ lệ tiêu chí đạt cuối kỳ. */
    public static final IndicatorDefinition CRITERIA_MET_SHARE = new IndicatorDefinition(
            "village.criteria-met-share", "Tỷ lệ tiêu chí đạt (cuối kỳ)", "Share of criteria met (end of period)",
            "tỷ lệ", Aggregation.RATIO_OF_SUMS);
    /**
     * Bình quân số tiêu chí đạt trên một thôn cuối kỳ: each registered village counts once, with the
     * criteria it meets on the period's last day; the programme's target of criteria met per village
     * (<i>bình quân tiêu chí đạt/thôn</i>) is read against it.
     */
    public static final IndicatorDefinition CRITERIA_MET_PER_VILLAGE = new IndicatorDefinition(
            "village.criteria-met-per-village", "Bình quân số tiêu chí đạt/thôn (cuối kỳ)",
            "Criteria met per village, average (end of period)", "tiêu chí/thôn", Aggregation.WEIGHTED_AVERAGE);
    /**
     * Thời gian từ đăng ký đến công nhận: whole months from the registration day up to and including
     * the decision day (registered 1 July, recognised 31 July: one month).
     */
    public static final IndicatorDefinition MONTHS_TO_RECOGNITION = new IndicatorDefinition(
            "village.months-to-recognition", "Số tháng từ đăng ký đến công nhận (bình quân)",
            "Months from registration to recognition (average)", "tháng", Aggregation.WEIGHTED_AVERAGE);
    /** Đóng góp của đơn vị kết nghĩa. */
    public static final IndicatorDefinition SPONSOR_CONTRIBUTIONS = new IndicatorDefinition(
            "village.sponsor-contributions", "Kinh phí đơn vị kết nghĩa hỗ trợ thôn NTM kiểu mẫu",
            "Sponsor contributions to model villages", "đồng", Aggregation.SUM);
    /** Tỷ lệ đối ứng. */
    public static final IndicatorDefinition COUNTERPART_SHARE = new IndicatorDefinition(
            "village.counterpart-share", "Tỷ lệ đối ứng của huyện, xã và hộ dân", "Counterpart share (district, commune, households)",
            "tỷ lệ", Aggregation.RATIO_OF_SUMS);

    private VillageIndicators() {
    }

    /** Every definition, in report order. */
    public static List<IndicatorDefinition> definitions() {
        return List.of(VILLAGES_REGISTERED, VILLAGES_RECOGNISED, CRITERIA_MET, CRITERIA_MET_SHARE,
                CRITERIA_MET_PER_VILLAGE, MONTHS_TO_RECOGNITION, SPONSOR_CONTRIBUTIONS, COUNTERPART_SHARE);
    }
}
