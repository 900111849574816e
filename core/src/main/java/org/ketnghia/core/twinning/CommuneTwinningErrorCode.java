package org.ketnghia.core.twinning;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/**
 * Error codes of the commune's twinning task team (<i>Tổ công tác kết nghĩa</i>, {@code TWINNING_TEAM_…}) and of its
 * model plans (<i>phương án</i>, {@code TWINNING_PLAN_…}).
 */
public enum CommuneTwinningErrorCode implements ErrorCode {
    TWINNING_NOT_A_COMMUNE(
            "Đơn vị \"{0}\" không phải là xã vào ngày {1}.",
            "Unit \"{0}\" is not a commune on {1}."),
    TWINNING_TEAM_DUPLICATE(
            "Tổ công tác mã \"{0}\" đã được ghi nhận.",
            "Task team \"{0}\" is already recorded."),
    TWINNING_TEAM_EXISTS(
            "Xã \"{0}\" đã có Tổ công tác kết nghĩa \"{1}\".",
            "Commune \"{0}\" already has task team \"{1}\"."),
    TWINNING_TEAM_UNKNOWN(
            "Không có Tổ công tác mã \"{0}\" của xã \"{1}\".",
            "There is no task team \"{0}\" of commune \"{1}\"."),
    TWINNING_TEAM_NO_MEMBER(
            "Tổ công tác phải có ít nhất một thành viên.",
            "A task team needs at least one member."),
    TWINNING_TEAM_UNKNOWN_PERSON(
            "Chưa đăng ký người mã \"{0}\".",
            "No person \"{0}\" is registered."),
    TWINNING_TEAM_ALREADY_MEMBER(
            "Người \"{0}\" đã là thành viên của tổ.",
            "Person \"{0}\" is already a member of the team."),
    TWINNING_TEAM_NOT_MEMBER(
            "Người \"{0}\" không phải thành viên của tổ vào ngày {1}.",
            "Person \"{0}\" is not a member of the team on {1}."),
    TWINNING_TEAM_SECOND_LEADER(
            "Tổ đã có tổ trưởng \"{0}\".",
            "The team already has a leader, \"{0}\"."),
    TWINNING_TEAM_DISSOLVED(
            "Tổ công tác \"{0}\" đã giải thể từ ngày {1}.",
            "Task team \"{0}\" was dissolved as of {1}."),
    TWINNING_TEAM_CHANGED_AFTER(
            "Tổ có thay đổi thành viên ngày {1}, không trước ngày giải thể {0}.",
            "The team's members changed on {1}, not before the day it is dissolved, {0}."),
    TWINNING_TEAM_DATE_BEFORE(
            "Ngày {0} trước ngày {1} (thành lập tổ hoặc vào tổ).",
            "The day {0} is before {1}, when the team was formed or the member joined."),
    TWINNING_PLAN_DUPLICATE(
            "Phương án mã \"{0}\" đã được ghi nhận.",
            "Model plan \"{0}\" is already recorded."),
    TWINNING_PLAN_UNKNOWN(
            "Không có phương án mã \"{0}\" của xã \"{1}\".",
            "There is no model plan \"{0}\" of commune \"{1}\"."),
    TWINNING_PLAN_VILLAGE_OUTSIDE(
            "Thôn \"{0}\" không tồn tại hoặc không thuộc xã \"{1}\" vào ngày {2}.",
            "Village \"{0}\" does not exist or is not within commune \"{1}\" on {2}."),
    TWINNING_PLAN_MODEL_CHANGED(
            "Điều chỉnh không được đổi mô hình của phương án từ \"{0}\" sang \"{1}\".",
            "An amendment cannot change the plan's model from \"{0}\" to \"{1}\"."),
    TWINNING_PLAN_DATE_BEFORE(
            "Ngày {0} trước ngày {1} của phiên bản mới nhất của phương án.",
            "The day {0} is before {1}, the day of the plan's latest version."),
    TWINNING_PLAN_NOTHING_TO_APPROVE(
            "Phiên bản {0} của phương án \"{1}\" đã được phê duyệt.",
            "Version {0} of model plan \"{1}\" is already approved."),
    TWINNING_PLAN_APPROVER_LEVEL(
            "Người ghi ({0}) không phê duyệt ở cấp \"{1}\".",
            "The recorder ({0}) does not approve at the level \"{1}\"."),
    TWINNING_PLAN_NO_DISTRICT(
            "Xã \"{0}\" không thuộc huyện nào vào ngày {1}; phương án do cấp tỉnh phê duyệt.",
            "Commune \"{0}\" belongs to no district on {1}; the plan is approved by the province.");

    private final BilingualText message;

    CommuneTwinningErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
