package org.ketnghia.examples.site;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ketnghia.core.reporting.IndicatorDefinition;

/**
 * Names and units of the indicators a site shows, including the Monte Carlo indicators
 * ({@code livestock.sim.herd-value}) that the models compute but do not define as report indicators.
 * A simulated indicator is named, in order: by the site's table of simulated indicators; by the
 * report indicator of the same name without {@code .sim} ({@code livestock.herd-value}); for a
 * per-unit id ({@code training.sim.coverage.QNA.X}), by its programme-wide indicator followed by the
 * unit's code. Only an id none of these knows is shown as it is. Immutable and thread-safe.
 */
public final class IndicatorLabels {

    private static final Map<String, IndicatorLabel> SIMULATED = simulated();

    /** Vietnamese names of the parts a per-part simulated id ends with (the start-up sectors). */
    private static final Map<String, String> PARTS = Map.of("fruit", "cây ăn quả", "medicinal-plants", "cây dược liệu",
            "processing", "chế biến nông sản");

    private final Map<String, IndicatorDefinition> definitions;

    private IndicatorLabels(Map<String, IndicatorDefinition> definitions) {
        this.definitions = Map.copyOf(definitions);
    }

    /** Labels backed by the report indicators {@code definitions}, by id. */
    public static IndicatorLabels of(Map<String, IndicatorDefinition> definitions) {
        return new IndicatorLabels(requireNonNull(definitions, "definitions"));
    }

    /** The label of {@code indicatorId}; never null. */
    public IndicatorLabel label(String indicatorId) {
        requireNonNull(indicatorId, "indicatorId");
        IndicatorLabel known = SIMULATED.get(indicatorId);
        if (known != null) {
            return known;
        }
        IndicatorDefinition definition = definitions.get(indicatorId);
        if (definition == null) {
            definition = definitions.get(indicatorId.replace(".sim.", "."));
        }
        if (definition != null) {
            return fromDefinition(definition);
        }
        for (Map.Entry<String, IndicatorLabel> entry : SIMULATED.entrySet()) {
            String prefix = entry.getKey() + ".";
            if (indicatorId.startsWith(prefix)) {
                IndicatorLabel whole = entry.getValue();
                String part = indicatorId.substring(prefix.length());
                return new IndicatorLabel(whole.nameVi() + " — " + PARTS.getOrDefault(part, part), whole.unit(), whole.kind());
            }
        }
        return new IndicatorLabel(indicatorId, "", ValueKind.COUNT);
    }

    /** The label of a report indicator: a share with the unit "%" is a {@link ValueKind#SHARE}, đồng is money. */
    public static IndicatorLabel fromDefinition(IndicatorDefinition definition) {
        ValueKind kind = "đồng".equals(definition.unit()) ? ValueKind.MONEY
                : "%".equals(definition.unit()) || SiteFormat.SHARE_UNIT.equals(definition.unit()) ? ValueKind.SHARE
                : ValueKind.COUNT;
        return new IndicatorLabel(definition.nameVi(), definition.unit(), kind);
    }

    private static Map<String, IndicatorLabel> simulated() {
        Map<String, IndicatorLabel> labels = new LinkedHashMap<>();
        count(labels, "livestock.sim.households-reached", "Số hộ đã nhận con giống", "hộ");
        count(labels, "livestock.sim.households-reached-round-1", "Số hộ nhận con giống vòng 1", "hộ");
        count(labels, "livestock.sim.households-reached-round-2", "Số hộ nhận con giống vòng 2", "hộ");
        count(labels, "livestock.sim.households-reached-round-3-plus", "Số hộ nhận con giống từ vòng 3", "hộ");
        count(labels, "livestock.sim.cattle-female", "Số bò cái", "con");
        count(labels, "livestock.sim.cattle-male", "Số bò đực", "con");
        count(labels, "livestock.sim.goat-female", "Số dê cái", "con");
        count(labels, "livestock.sim.goat-male", "Số dê đực", "con");
        count(labels, "livestock.sim.births", "Số con sinh ra", "con");
        count(labels, "livestock.sim.deaths", "Số con chết", "con");
        count(labels, "livestock.sim.sales", "Số con bán", "con");
        count(labels, "livestock.sim.culls", "Số con loại thải", "con");
        count(labels, "livestock.sim.replacements", "Số con thay thế", "con");
        count(labels, "livestock.sim.pass-ons-due", "Số lượt quay vòng đến hạn", "lượt");
        count(labels, "livestock.sim.pass-ons-done", "Số lượt quay vòng đã thực hiện", "lượt");
        count(labels, "livestock.sim.pass-ons-overdue", "Số lượt quay vòng quá hạn", "lượt");
        count(labels, "livestock.sim.obligations-written-off", "Số nghĩa vụ quay vòng được miễn", "lượt");
        labels.put("livestock.sim.herd-value", new IndicatorLabel("Giá trị đàn giống", "đồng", ValueKind.MONEY));
        count(labels, "livestock.sim.animal-months", "Số con-tháng nuôi", "con-tháng");
        count(labels, "startup.sim.operating", "Số cơ sở khởi nghiệp đang hoạt động", "cơ sở");
        labels.put("startup.sim.survival-share", new IndicatorLabel("Tỷ lệ cơ sở khởi nghiệp còn hoạt động", "%",
                ValueKind.SHARE));
        labels.put("startup.sim.revenue", new IndicatorLabel("Doanh thu của các cơ sở khởi nghiệp", "đồng", ValueKind.MONEY));
        labels.put("training.sim.coverage", new IndicatorLabel("Tỷ lệ người trong độ tuổi được đào tạo", "%", ValueKind.SHARE));
        count(labels, "training.sim.target-reached", "Xã đạt mục tiêu đào tạo (1 = đạt)", "xã");
        count(labels, "training.sim.communes-at-target", "Số xã đạt mục tiêu đào tạo", "xã");
        count(labels, "training.sim.months-to-target", "Số tháng đến khi đạt mục tiêu", "tháng");
        count(labels, "training.sim.classes", "Số lớp đào tạo đã mở", "lớp");
        count(labels, "training.sim.enrolments", "Số lượt học viên nhập học", "lượt");
        count(labels, "training.sim.completions", "Số lượt học viên hoàn thành", "lượt");
        return Map.copyOf(labels);
    }

    private static void count(Map<String, IndicatorLabel> labels, String id, String nameVi, String unit) {
        labels.put(id, new IndicatorLabel(nameVi, unit, ValueKind.COUNT));
    }
}
