package org.ketnghia.livestock.scenarios;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/** Error codes of scenario comparisons ({@code SCENARIO_…}), in Vietnamese and English. */
public enum ScenarioErrorCode implements ErrorCode {
    SCENARIO_DIMENSION_EMPTY(
            "Chiều kịch bản {0} cần ít nhất một mức.",
            "Scenario dimension {0} needs at least one level."),
    SCENARIO_LEVEL_DUPLICATE(
            "Mức {0} được khai báo hai lần trong chiều {1}.",
            "Level {0} is declared twice in dimension {1}."),
    SCENARIO_LEVEL_NAME_BLANK(
            "Tên mức trong chiều {0} không được để trống.",
            "A level name in dimension {0} must not be blank."),
    SCENARIO_BASELINE_UNKNOWN(
            "Mức cơ sở {0} không có trong các mức của chiều {1}: {2}.",
            "Baseline level {0} is not one of the levels of dimension {1}: {2}."),
    SCENARIO_POLICY_UNKNOWN(
            "Không có phương án quay vòng {0}; các phương án có: {1}.",
            "There is no pass-on policy {0}; the policies are: {1}."),
    SCENARIO_PRICE_MULTIPLIER_INVALID(
            "Hệ số giá {0} phải lớn hơn 0 và không quá 100.",
            "Price multiplier {0} must be greater than 0 and at most 100."),
    SCENARIO_LEVEL_UNKNOWN(
            "Kịch bản dùng mức {0} không có trong chiều {1}.",
            "A scenario uses level {0}, which is not in dimension {1}."),
    SCENARIO_NONE(
            "Danh sách kịch bản cần chạy đang trống.",
            "The list of scenarios to run is empty."),
    SCENARIO_BASELINE_MISSING(
            "Danh sách kịch bản phải có kịch bản cơ sở {0}.",
            "The list of scenarios must contain the baseline scenario {0}."),
    SCENARIO_DUPLICATE(
            "Kịch bản {0} có hai lần trong danh sách.",
            "Scenario {0} is listed twice."),
    SCENARIO_INDICATOR_NONE(
            "Cần chọn ít nhất một chỉ tiêu để so sánh.",
            "At least one indicator to compare is required."),
    SCENARIO_INDICATOR_UNKNOWN(
            "Bộ mô phỏng không ghi nhận chỉ tiêu {0}.",
            "The simulator does not record indicator {0}."),
    SCENARIO_INDICATOR_YEAR_OUT_OF_RANGE(
            "Chỉ tiêu {0}: năm {1} nằm ngoài 1–{2} năm mô phỏng.",
            "Indicator {0}: year {1} is outside the 1–{2} simulated years."),
    SCENARIO_INDICATOR_DUPLICATE(
            "Chỉ tiêu {0} được chọn hai lần.",
            "Indicator {0} is chosen twice."),
    SCENARIO_RANKING_INDICATOR_UNKNOWN(
            "Chỉ tiêu xếp hạng độ nhạy {0} không nằm trong các chỉ tiêu đã chọn: {1}.",
            "The sensitivity-ranking indicator {0} is not one of the chosen indicators: {1}."),
    SCENARIO_REPLICATES_OUT_OF_RANGE(
            "Số lần lặp {0} phải từ 1 đến {1}.",
            "The number of replicates {0} must be from 1 to {1}."),
    SCENARIO_THREADS_OUT_OF_RANGE(
            "Số luồng {0} phải từ 1 đến {1}.",
            "The number of threads {0} must be from 1 to {1}."),
    SCENARIO_TOO_LARGE(
            "Lượt chạy quá lớn: {0} kịch bản × {1} lần lặp × {2} chỉ tiêu vượt {3} giá trị.",
            "The sweep is too large: {0} scenarios × {1} replicates × {2} indicators exceed {3} values."),
    SCENARIO_INTERRUPTED(
            "Lượt chạy kịch bản bị ngắt sau {0} lần chạy.",
            "The scenario sweep was interrupted after {0} runs.");

    private final BilingualText message;

    ScenarioErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
