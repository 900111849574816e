package org.ketnghia.village;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/**
 * The stable error codes of the model new-rural village (<i>thôn nông thôn mới kiểu mẫu</i>), with
 * messages in Vietnamese and English. The constant name is the code and is never renamed.
 */
public enum VillageErrorCode implements ErrorCode {
    VILLAGE_NO_APPROVED_PLAN(
            "Xã {0} đã có phương án mô hình thí điểm nhưng chưa có phương án mô hình {1} được phê duyệt có hiệu lực ngày {2}; chưa thể đăng ký thôn.",
            "Commune {0} has a model plan recorded but no approved plan for model {1} in force on {2}; no village can be registered yet."),
    // ---------------------------------------------------------------- criteria set (bộ tiêu chí)
    VILLAGE_SET_NOT_LABELLED(
            "Bộ tiêu chí {0} phải có mã, tên và số quyết định ban hành.",
            "Criteria set {0} needs an id, names and the number of its issuing decision."),
    VILLAGE_SET_ZONES_INVALID(
            "Danh sách vùng {0} không hợp lệ: phải có ít nhất một vùng, mỗi vùng từ 1 đến 3, không trùng.",
            "Zone list {0} is invalid: at least one zone, each from 1 to 3, no duplicates."),
    VILLAGE_SET_NO_CRITERIA(
            "Bộ tiêu chí không có tiêu chí nào.",
            "The criteria set has no criteria."),
    VILLAGE_SET_DUPLICATE_ID(
            "Mã {0} bị dùng nhiều lần trong bộ tiêu chí.",
            "Id {0} is used more than once in the criteria set."),
    VILLAGE_SET_CRITERION_WITHOUT_INDICATORS(
            "Tiêu chí {0} không có chỉ tiêu nào.",
            "Criterion {0} has no indicators."),
    VILLAGE_SET_ZONE_THRESHOLD_MISSING(
            "Chỉ tiêu {0} thiếu ngưỡng đạt cho vùng {1}.",
            "Indicator {0} has no threshold for zone {1}."),
    VILLAGE_SET_THRESHOLD_FOR_UNKNOWN_ZONE(
            "Chỉ tiêu {0} có ngưỡng cho vùng {1} không thuộc bộ tiêu chí.",
            "Indicator {0} has a threshold for zone {1}, which is not a zone of the set."),
    VILLAGE_SET_THRESHOLD_OUT_OF_RANGE(
            "Ngưỡng {1} của chỉ tiêu {0} không hợp lệ cho loại {2}.",
            "Threshold {1} of indicator {0} is not valid for kind {2}."),
    VILLAGE_SET_COMPOSITE_MISUSED(
            "Chỉ tiêu {0}: chỉ loại \"đạt khi mọi chỉ tiêu con đạt\" mới có chỉ tiêu con, và loại đó không có ngưỡng.",
            "Indicator {0}: only the kind \"met when all sub-indicators are met\" has sub-indicators, and it has no thresholds."),
    VILLAGE_SET_VALIDITY_INVERTED(
            "Hiệu lực của bộ tiêu chí kết thúc ngày {1} trước ngày bắt đầu {0}.",
            "The criteria set's validity ends on {1}, before it starts on {0}."),
    VILLAGE_SET_ALREADY_ADOPTED(
            "Bộ tiêu chí {0} đã được ghi nhận.",
            "Criteria set {0} is already recorded."),
    VILLAGE_SET_UNKNOWN(
            "Không có bộ tiêu chí {0}.",
            "There is no criteria set {0}."),
    VILLAGE_SET_NOT_IN_FORCE(
            "Bộ tiêu chí {0} không có hiệu lực vào ngày {1}.",
            "Criteria set {0} is not in force on {1}."),
    // ---------------------------------------------------------------- villages in the scheme
    VILLAGE_NOT_A_VILLAGE(
            "{0} không phải là thôn vào ngày {1}.",
            "{0} is not a village on {1}."),
    VILLAGE_ZONE_UNKNOWN(
            "Không xác định được vùng của thôn {0} vào ngày {1} (vùng theo xã).",
            "The zone of village {0} on {1} is not known (it follows the commune)."),
    VILLAGE_ZONE_NOT_IN_SET(
            "Thôn {0} thuộc vùng {1}, bộ tiêu chí {2} không có ngưỡng cho vùng này.",
            "Village {0} is in zone {1}; criteria set {2} has no thresholds for that zone."),
    VILLAGE_ALREADY_REGISTERED(
            "Thôn {0} đã đăng ký xây dựng thôn nông thôn mới kiểu mẫu.",
            "Village {0} is already registered in the scheme."),
    VILLAGE_NOT_REGISTERED(
            "Thôn {0} chưa đăng ký xây dựng thôn nông thôn mới kiểu mẫu.",
            "Village {0} is not registered in the scheme."),
    VILLAGE_BASELINE_ALREADY_ASSESSED(
            "Thôn {0} đã được đánh giá hiện trạng.",
            "Village {0} already has its baseline assessment."),
    VILLAGE_BASELINE_MISSING(
            "Thôn {0} chưa được đánh giá hiện trạng.",
            "Village {0} has no baseline assessment yet."),
    VILLAGE_BASELINE_INCOMPLETE(
            "Đánh giá hiện trạng thiếu chỉ tiêu {0}.",
            "The baseline assessment lacks indicator {0}."),
    VILLAGE_UNKNOWN_INDICATOR(
            "Chỉ tiêu {0} không có trong bộ tiêu chí {1}.",
            "Indicator {0} is not in criteria set {1}."),
    VILLAGE_UNKNOWN_CRITERION(
            "Tiêu chí {0} không có trong bộ tiêu chí {1}.",
            "Criterion {0} is not in criteria set {1}."),
    VILLAGE_READING_KIND_MISMATCH(
            "Chỉ tiêu {0} thuộc loại {1}: giá trị đo phải là {2}.",
            "Indicator {0} is of kind {1}: the measured value must be {2}."),
    VILLAGE_PERCENTAGE_OUT_OF_RANGE(
            "Tỷ lệ {1}% của chỉ tiêu {0} phải nằm trong khoảng 0–100.",
            "Percentage {1}% of indicator {0} must be between 0 and 100."),
    VILLAGE_VALUE_INVALID(
            "Giá trị {1} của chỉ tiêu {0} không hợp lệ: phải không âm, và là số nguyên với chỉ tiêu đếm.",
            "Value {1} of indicator {0} is invalid: it must not be negative, and a count must be whole."),
    VILLAGE_MEASUREMENT_BEFORE_BASELINE(
            "Ngày đo {1} của thôn {0} trước ngày đánh giá hiện trạng {2}.",
            "Measurement date {1} of village {0} is before the baseline on {2}."),
    VILLAGE_NO_READINGS(
            "Không có giá trị đo nào.",
            "There are no readings."),
    // ---------------------------------------------------------------- sponsors' plan
    VILLAGE_UNKNOWN_SPONSOR(
            "Không có đơn vị kết nghĩa {0}.",
            "There is no sponsor {0}."),
    VILLAGE_SPONSOR_NOT_TWINNED(
            "Đơn vị {0} không kết nghĩa với xã {1} của thôn {2} vào ngày {3}.",
            "Sponsor {0} is not twinned with commune {1} of village {2} on {3}."),
    VILLAGE_PLAN_BEFORE_BASELINE(
            "Thôn {0}: đơn vị kết nghĩa đảm nhận hỗ trợ tiêu chí ngày {1}, trước ngày rà soát, đánh giá hiện trạng {2}.",
            "Village {0}: a sponsor takes on criteria on {1}, before the baseline assessment on {2}."),
    VILLAGE_CRITERION_ALREADY_TAKEN(
            "Đơn vị {0} đã nhận hỗ trợ tiêu chí {1} ở thôn {2}.",
            "Sponsor {0} already took criterion {1} in village {2}."),
    // ---------------------------------------------------------------- recognition (công nhận)
    VILLAGE_STEP_OUT_OF_ORDER(
            "Thôn {0} đang ở bước {1}: chưa thể ghi bước {2}.",
            "Village {0} is at stage {1}: step {2} cannot be recorded now."),
    VILLAGE_STEP_BEFORE_PREVIOUS(
            "Thôn {0}: bước {1} ngày {2} không thể trước ngày {3}, khi thôn chuyển sang giai đoạn {4}.",
            "Village {0}: step {1} on {2} cannot come before {3}, when the village reached stage {4}."),
    VILLAGE_SELF_ASSESSMENT_BEFORE_MEASUREMENT(
            "Thôn {0}: tự đánh giá ngày {1}, trước lần đo gần nhất ngày {2}.",
            "Village {0}: the self-assessment on {1} comes before the latest measurement on {2}."),
    VILLAGE_REASSESSMENT_BEFORE_RECOGNITION(
            "Thôn {0}: đánh giá lại ngày {1}, trước ngày công nhận {2}.",
            "Village {0}: the re-assessment on {1} comes before the recognition on {2}."),
    VILLAGE_REVOCATION_BEFORE_REASSESSMENT(
            "Thôn {0}: thu hồi công nhận ngày {1}, trước ngày đánh giá lại {2}.",
            "Village {0}: the revocation on {1} comes before the re-assessment on {2}."),
    VILLAGE_CRITERION_NOT_MET(
            "Thôn {0} chưa đạt tiêu chí {1} ở lần đo gần nhất.",
            "Village {0} does not meet criterion {1} at the latest measurement."),
    VILLAGE_NOT_RECOGNISED(
            "Thôn {0} chưa được công nhận đạt chuẩn.",
            "Village {0} is not recognised."),
    VILLAGE_REASSESSMENT_PASSED(
            "Thôn {0} vẫn đạt mọi tiêu chí ở lần đánh giá lại gần nhất: không thể thu hồi công nhận.",
            "Village {0} still meets every criterion at its latest re-assessment: recognition cannot be revoked."),
    VILLAGE_NO_REASSESSMENT(
            "Thôn {0} chưa được đánh giá lại sau khi công nhận.",
            "Village {0} has not been re-assessed since recognition."),
    VILLAGE_DECISION_IN_USE(
            "Số quyết định {0} đã được dùng.",
            "Decision number {0} is already used."),
    // ---------------------------------------------------------------- corrections (đính chính)
    VILLAGE_MEASUREMENT_UNKNOWN(
            "Thôn {0} không có lần đo (đánh giá ban đầu hoặc đo chỉ tiêu) ghi ở sự kiện số {1}.",
            "Village {0} has no baseline or measurement recorded as event {1}."),
    VILLAGE_READING_NOT_IN_MEASUREMENT(
            "Lần đo ghi ở sự kiện số {1} của thôn {0} không đo chỉ tiêu {2}: chỉ đính chính được chỉ tiêu đã đo.",
            "The measurement recorded as event {1} of village {0} did not read indicator {2}: only readings taken can be corrected."),
    VILLAGE_CORRECTION_UNCHANGED(
            "Chỉ tiêu {2} của lần đo ghi ở sự kiện số {1} (thôn {0}) đã có đúng giá trị này: không có gì để đính chính.",
            "Indicator {2} of the measurement recorded as event {1} (village {0}) already has this value: nothing to correct."),
    VILLAGE_CORRECTION_BEFORE_MEASUREMENT(
            "Ngày đính chính {1} trước ngày đo {2} của thôn {0}.",
            "The correction date {1} is before the measurement date {2} of village {0}."),
    // ---------------------------------------------------------------- trace mode (ghi vết mô phỏng)
    VILLAGE_TRACE_TOO_FEW_VILLAGES(
            "Bối cảnh ghi vết nêu {2} thôn của xã {0}, kế hoạch mô phỏng {1} thôn.",
            "The trace context names {2} villages of commune {0}; the plan simulates {1}."),
    VILLAGE_TRACE_NO_PROVINCE(
            "Không xác định được tỉnh của xã {0} vào ngày {1} từ các đơn vị hành chính của bối cảnh ghi vết.",
            "The province of commune {0} on {1} is not known from the trace context's administrative units.");

    private final BilingualText message;

    VillageErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
