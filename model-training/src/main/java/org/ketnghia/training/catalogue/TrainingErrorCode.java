package org.ketnghia.training.catalogue;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/** Error codes of the training model ({@code TRAINING_…}), in Vietnamese and English. */
public enum TrainingErrorCode implements ErrorCode {
    TRAINING_CATALOGUE_UNREADABLE(
            "Không đọc được danh mục chuyên đề bồi dưỡng: {0}.",
            "The training topic catalogue cannot be read: {0}."),
    TRAINING_TOPIC_DUPLICATE(
            "Chuyên đề {0} xuất hiện nhiều lần trong danh mục.",
            "Topic {0} appears more than once in the catalogue."),
    TRAINING_TOPIC_NO_LEVEL(
            "Chuyên đề {0} phải có ít nhất một cấp đối tượng.",
            "Topic {0} needs at least one target level."),
    TRAINING_TOPIC_UNKNOWN(
            "Không có chuyên đề {0} trong danh mục.",
            "There is no topic {0} in the catalogue."),
    TRAINING_CLASS_ID_IN_USE(
            "Mã lớp {0} đã được dùng.",
            "Class id {0} is already used."),
    TRAINING_CLASS_OTHER_UNIT(
            "Lớp {0} thuộc đơn vị {1}, không phải {2}: ghi nhận cho lớp phải do đơn vị của lớp thực hiện.",
            "Class {0} belongs to unit {1}, not {2}: records for a class are made for the class's unit."),
    TRAINING_OFFICIAL_ALREADY_DEPARTED(
            "Cán bộ {0} đã được ghi thôi công tác ngày {1}.",
            "Official {0} was already recorded as departed on {1}."),
    TRAINING_CLASS_UNKNOWN(
            "Không có lớp bồi dưỡng {0}.",
            "There is no training class {0}."),
    TRAINING_ORGANISER_MISSING(
            "Lớp phải có đơn vị tổ chức: đơn vị kết nghĩa và/hoặc địa phương (huyện, xã, tỉnh).",
            "A class needs an organiser: a sponsor and/or a locality (district, commune, province)."),
    TRAINING_ORGANISER_NOT_A_LOCALITY(
            "Đơn vị {0} không phải là tỉnh, huyện hoặc xã vào ngày {1}.",
            "Unit {0} is not a province, district or commune on {1}."),
    TRAINING_SPONSOR_UNKNOWN(
            "Không có đơn vị kết nghĩa {0}.",
            "There is no sponsor {0}."),
    TRAINING_LEVEL_RULE_BROKEN(
            "Lớp của đơn vị {0} (cấp {1}) dành cho cán bộ cấp {2}: theo kế hoạch, huyện bồi dưỡng cán bộ cấp huyện, xã bồi dưỡng cán bộ cấp xã, thôn — cần ghi rõ lý do ngoại lệ.",
            "A class of unit {0} (level {1}) for {2}-level officials: the plan has districts train district officials and communes train commune and village officials — record the reason for the exception."),
    TRAINING_NO_SESSIONS(
            "Lớp phải có ít nhất một buổi học.",
            "A class needs at least one session."),
    TRAINING_SESSION_DUPLICATE(
            "Ngày học {0} được ghi hai lần.",
            "Session day {0} is given twice."),
    TRAINING_SESSION_BEFORE_OPENING(
            "Buổi học ngày {0} sớm hơn ngày mở lớp {1}.",
            "Session on {0} is before the class was opened on {1}."),
    TRAINING_CAPACITY_NOT_POSITIVE(
            "Sĩ số tối đa {0} phải lớn hơn 0.",
            "Capacity {0} must be greater than zero."),
    TRAINING_THRESHOLD_OUT_OF_RANGE(
            "Ngưỡng chuyên cần {0}% phải từ 1% đến 100%.",
            "Attendance threshold {0}% must be between 1% and 100%."),
    TRAINING_SCALE_INVALID(
            "Thang điểm {0}–{1} không hợp lệ: điểm tối đa phải lớn hơn điểm tối thiểu.",
            "Score scale {0}–{1} is invalid: the maximum must be greater than the minimum."),
    TRAINING_NOT_AN_OFFICIAL(
            "{0} không phải là cán bộ, công chức đã đăng ký.",
            "{0} is not a registered official."),
    TRAINING_OFFICIAL_DEPARTED(
            "Cán bộ {0} đã thôi công tác từ ngày {1}.",
            "Official {0} left the post on {1}."),
    TRAINING_ALREADY_ENROLLED(
            "Cán bộ {0} đã được ghi danh vào lớp {1}.",
            "Official {0} is already enrolled in class {1}."),
    TRAINING_CAPACITY_EXCEEDED(
            "Lớp {0} chỉ nhận tối đa {1} học viên; đã có {2}, không thể thêm {3}.",
            "Class {0} takes at most {1} participants; it has {2} and cannot take {3} more."),
    TRAINING_OVERLAPPING_CLASS(
            "Cán bộ {0} đã học lớp {1} ({2} – {3}) trùng thời gian với lớp {4}.",
            "Official {0} is in class {1} ({2} – {3}), which overlaps class {4}."),
    TRAINING_LEVEL_MISMATCH(
            "Cán bộ {0} là cán bộ cấp {1}, nhưng lớp {2} dành cho cán bộ cấp {3} và không ghi lý do ngoại lệ.",
            "Official {0} is a {1}-level official, but class {2} is for {3}-level officials and records no exception reason."),
    TRAINING_NOT_ENROLLED(
            "Cán bộ {0} không có tên trong danh sách học viên lớp {1}.",
            "Official {0} is not enrolled in class {1}."),
    TRAINING_SESSION_UNKNOWN(
            "Lớp {0} không có buổi học ngày {1}.",
            "Class {0} has no session on {1}."),
    TRAINING_ATTENDANCE_ALREADY_RECORDED(
            "Điểm danh buổi học ngày {1} của lớp {0} đã được ghi.",
            "Attendance for class {0} on {1} is already recorded."),
    TRAINING_SCORE_OUT_OF_SCALE(
            "Điểm {1} của {0} nằm ngoài thang điểm {2}–{3}.",
            "Score {1} of {0} is outside the scale {2}–{3}."),
    TRAINING_SCORE_ALREADY_RECORDED(
            "Điểm {1} của {0} đã được ghi.",
            "The {1} score of {0} is already recorded."),
    TRAINING_BELOW_COMPLETION_THRESHOLD(
            "Cán bộ {0} dự {1}/{2} buổi, dưới ngưỡng hoàn thành {3}% — không được cấp chứng nhận.",
            "Official {0} attended {1} of {2} sessions, below the {3}% completion threshold — no certificate."),
    TRAINING_CERTIFICATE_NUMBER_IN_USE(
            "Số chứng nhận {0} đã được cấp.",
            "Certificate number {0} is already issued."),
    TRAINING_ALREADY_CERTIFIED(
            "Cán bộ {0} đã được cấp chứng nhận lớp {1}.",
            "Official {0} already holds a certificate for class {1}."),
    TRAINING_COST_ID_IN_USE(
            "Mã chi phí {0} đã được dùng.",
            "Cost id {0} is already used."),
    TRAINING_AMOUNT_NOT_POSITIVE(
            "Số tiền {0} phải lớn hơn 0.",
            "Amount {0} must be greater than zero."),
    TRAINING_TRACE_NO_COMMUNE_TOPIC(
            "Danh mục chuyên đề không có chuyên đề nào dành cho cán bộ cấp xã: không thể ghi vết lớp mô phỏng.",
            "The topic catalogue has no topic for commune-level officials: simulated classes cannot be traced."),
    TRAINING_COST_ABOVE_NORM(
            "Chi phí lớp {0} lên tới {1}, vượt định mức {2}/{3} ({4}, {5}): phải ghi rõ lý do chi vượt định mức.",
            "The costs of class {0} would reach {1}, above the norm of {2} per {3} ({4}, {5}): a justification is required."),
    TRAINING_CLASS_CANCELLED(
            "Lớp {0} đã bị hủy ngày {1}: không ghi thêm được gì cho lớp này.",
            "Class {0} was cancelled on {1}: nothing more can be recorded for it."),
    TRAINING_CLASS_CERTIFIED(
            "Lớp {0} đã cấp {1} chứng chỉ: không thể {2}.",
            "Class {0} has issued {1} certificates: it cannot be {3}."),
    TRAINING_WITHDRAWAL_CERTIFIED(
            "{0} đã được cấp chứng chỉ lớp {1}: không thể rút tên.",
            "{0} holds the certificate of class {1}: the enrolment cannot be withdrawn."),
    TRAINING_SESSION_ALREADY_HELD(
            "Ngày học {1} của lớp {0} đã được điểm danh: phải giữ trong lịch học.",
            "Session {1} of class {0} has its attendance recorded: it must stay in the schedule."),
    TRAINING_SESSION_BEFORE_CHANGE(
            "Ngày học mới {1} của lớp {0} trước ngày điều chỉnh lịch {2}.",
            "New session {1} of class {0} is before the change of schedule on {2}."),
    TRAINING_SCHEDULE_UNCHANGED(
            "Lịch học mới của lớp {0} giống lịch đang có hiệu lực.",
            "The new schedule of class {0} is the one already in force."),
    TRAINING_SCORE_NOT_RECORDED(
            "Chưa có điểm {2} của {0} ở lớp {1}: không có gì để đính chính.",
            "There is no {2} score of {0} in class {1} to correct."),
    TRAINING_SCORE_UNCHANGED(
            "Điểm {2} của {0} ở lớp {1} đã là {3}: không có gì để đính chính.",
            "The {2} score of {0} in class {1} is already {3}: nothing to correct."),
    TRAINING_HOUSEHOLD_CLASS_NOT_IN_COMMUNE(
            "Lớp tập huấn cho hộ phải tổ chức tại một xã: {0} không phải là xã vào ngày {1}.",
            "A technical class for households is held in a commune: {0} is not a commune on {1}."),
    TRAINING_HOUSEHOLD_CLASS_UNKNOWN(
            "Không có lớp tập huấn cho hộ {0}.",
            "There is no technical class for households {0}."),
    TRAINING_HOUSEHOLD_UNKNOWN(
            "Hộ {0} chưa có trong danh sách hộ tham gia.",
            "Household {0} is not in the participant registry."),
    TRAINING_NOT_A_HOUSEHOLD_MEMBER(
            "{1} không phải là thành viên của hộ {0}.",
            "{1} is not a member of household {0}."),
    TRAINING_HOUSEHOLD_OUTSIDE_COMMUNE(
            "Hộ {0} (thôn {1}) không thuộc xã {2} nơi tổ chức lớp vào ngày {3}.",
            "Household {0} (village {1}) is not in commune {2}, where the class is held, on {3}."),
    TRAINING_UNIT_NOT_IN_SERVICE_AREA(
            "Đơn vị công tác {0} không tồn tại hoặc không phải huyện, xã, thôn vào ngày {1}.",
            "Work unit {0} does not exist or is not a district, commune or village on {1}.");

    private final BilingualText message;

    TrainingErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
