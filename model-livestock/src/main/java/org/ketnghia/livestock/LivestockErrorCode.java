package org.ketnghia.livestock;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/** Error codes of the revolving livestock model ({@code LIVESTOCK_…}), in Vietnamese and English. */
public enum LivestockErrorCode implements ErrorCode {
    LIVESTOCK_NO_APPROVED_PLAN(
            "Xã {0} đã có phương án mô hình thí điểm nhưng chưa có phương án mô hình {1} được phê duyệt có hiệu lực ngày {2}; chưa thể thành lập tổ, nhóm hộ.",
            "Commune {0} has a model plan recorded but no approved plan for model {1} in force on {2}; no group can be founded yet."),
    LIVESTOCK_PLAN_INVALID(
            "Cấu hình mô hình chăn nuôi không hợp lệ: {0}.",
            "The livestock configuration is invalid: {0}."),
    LIVESTOCK_POLICY_INVALID(
            "Phương án quay vòng {0} không hợp lệ: {1}.",
            "Pass-on policy {0} is invalid: {1}."),
    LIVESTOCK_POLICY_UNKNOWN(
            "Không có phương án quay vòng {0}.",
            "There is no pass-on policy {0}."),
    LIVESTOCK_SPECIES_NOT_PRIORITY(
            "Huyện {0} ưu tiên nuôi {1}; nuôi {2} ở xã {3} cần ghi rõ lý do (ví dụ: xã không có điều kiện nuôi {1}).",
            "District {0} gives priority to {1}; raising {2} in commune {3} needs a recorded justification (e.g. no conditions for {1})."),
    LIVESTOCK_GROUP_ID_IN_USE(
            "Mã tổ, nhóm hộ {0} đã được dùng.",
            "Group id {0} is already in use."),
    LIVESTOCK_UNKNOWN_GROUP(
            "Không có tổ, nhóm hộ {0}.",
            "There is no household group {0}."),
    LIVESTOCK_GROUP_OTHER_COMMUNE(
            "Tổ, nhóm hộ {0} thuộc xã {1}, không phải xã {2}.",
            "Group {0} belongs to commune {1}, not to commune {2}."),
    LIVESTOCK_GROUP_WITHOUT_MEMBERS(
            "Tổ, nhóm hộ phải có ít nhất một hộ thành viên được hỗ trợ.",
            "A group needs at least one member household to support."),
    LIVESTOCK_GROUP_WITHOUT_LEADER(
            "Tổ, nhóm hộ phải có một Tổ trưởng.",
            "A group needs a leader."),
    LIVESTOCK_GROUP_SEVERAL_LEADERS(
            "Tổ, nhóm hộ chỉ có một Tổ trưởng, nhưng có {0}.",
            "A group has exactly one leader, but {0} were given."),
    LIVESTOCK_LEADER_IS_POOR(
            "Tổ trưởng phải là hộ không thuộc diện hộ nghèo; hộ {0} là {1} năm {2}.",
            "The leader must be a household that is not poor; household {0} is a {1} in {2}."),
    LIVESTOCK_LEADER_NOT_TRUSTED(
            "Tổ trưởng {0} không phải hộ gia đình thì phải là hội viên phụ nữ, nông dân, đoàn viên thanh niên hoặc người có kinh nghiệm được cộng đồng tín nhiệm.",
            "Leader {0}, not a household, must be a member of the women's, farmers' or youth union or an experienced person the community trusts."),
    LIVESTOCK_LEADER_UNKNOWN(
            "Không có người hoặc hộ {0} để làm Tổ trưởng.",
            "There is no person or household {0} to be leader."),
    LIVESTOCK_GROUP_DEPUTY_COUNT(
            "Tổ, nhóm hộ cần đúng một Tổ phó kiêm thư ký, nhưng có {0}.",
            "A group needs exactly one deputy who is also secretary, but {0} were given."),
    LIVESTOCK_HOUSEHOLD_UNKNOWN(
            "Không có hộ {0}.",
            "There is no household {0}."),
    LIVESTOCK_HOUSEHOLD_OUTSIDE_COMMUNE(
            "Hộ {0} không ở xã {1} vào ngày {2}.",
            "Household {0} is not in commune {1} on {2}."),
    LIVESTOCK_HOUSEHOLD_LISTED_TWICE(
            "Hộ {0} được ghi hai lần trong tổ.",
            "Household {0} is listed twice in the group."),
    LIVESTOCK_HOUSEHOLD_IN_OTHER_GROUP(
            "Hộ {0} đang là thành viên của tổ, nhóm hộ {1}; một hộ không được ở hai tổ cùng lúc.",
            "Household {0} is already a member of group {1}; a household cannot be in two groups at once."),
    LIVESTOCK_MEMBER_NOT_BENEFICIARY(
            "Hộ {0} là {1} năm {2}: thành viên phải là hộ nghèo, cận nghèo hoặc mới thoát nghèo.",
            "Household {0} is a {1} in {2}: members must be poor, near-poor or newly escaped households."),
    LIVESTOCK_MEMBER_WITHOUT_STATUS(
            "Hộ {0} chưa có kết quả rà soát hộ nghèo năm {1}.",
            "Household {0} has no poverty status for {1}."),
    LIVESTOCK_COMMITMENT_MISSING(
            "Hộ {0} chưa ký cam kết tham gia tổ.",
            "Household {0} has not signed the group commitment."),
    LIVESTOCK_VOTE_AFTER_DECISION(
            "Bình chọn công khai ngày {0} phải trước hoặc cùng ngày quyết định thành lập tổ {1}.",
            "The public vote on {0} must be on or before the founding decision of {1}."),
    LIVESTOCK_LOT_ID_IN_USE(
            "Mã lô mua {0} đã được dùng.",
            "Purchase lot id {0} is already in use."),
    LIVESTOCK_UNKNOWN_LOT(
            "Không có lô mua {0}.",
            "There is no purchase lot {0}."),
    LIVESTOCK_LOT_ALREADY_ACCEPTED(
            "Lô mua {0} đã được nghiệm thu ngày {1}.",
            "Purchase lot {0} was already accepted on {1}."),
    LIVESTOCK_LOT_EMPTY(
            "Lô mua phải có ít nhất một con giống.",
            "A purchase lot needs at least one animal."),
    LIVESTOCK_EAR_TAG_IN_USE(
            "Số tai {0} đã được dùng cho một con khác.",
            "Ear tag {0} is already used by another animal."),
    LIVESTOCK_SPECIES_MISMATCH(
            "Con {0} là {1} nhưng tổ {2} nuôi {3}.",
            "Animal {0} is {1} but group {2} raises {3}."),
    LIVESTOCK_OVERSIGHT_MISSING(
            "Thiếu đại diện giám sát khi nghiệm thu: {0}.",
            "The acceptance lacks an oversight party: {0}."),
    LIVESTOCK_TAG_NOT_IN_LOT(
            "Con {0} không có trong lô {1}.",
            "Animal {0} is not in lot {1}."),
    LIVESTOCK_NO_HEALTH_CERTIFICATE(
            "Con {0} không có giấy chứng nhận kiểm dịch, không được nghiệm thu.",
            "Animal {0} has no health certificate and cannot be accepted."),
    LIVESTOCK_UNKNOWN_ANIMAL(
            "Không có con giống số tai {0}.",
            "There is no animal with ear tag {0}."),
    LIVESTOCK_ANIMAL_NOT_ALIVE(
            "Con {0} đã {1}, không thể ghi nhận thêm.",
            "Animal {0} is {1} and cannot be recorded further."),
    LIVESTOCK_ANIMAL_ALREADY_HANDED_OVER(
            "Con {0} đã được bàn giao cho hộ {1}.",
            "Animal {0} was already handed over to household {1}."),
    LIVESTOCK_ANIMAL_NOT_IN_STOCK(
            "Con {0} không nằm trong số con giống đã nghiệm thu của xã chờ cấp.",
            "Animal {0} is not among the commune's accepted animals waiting to be handed over."),
    LIVESTOCK_ANIMAL_NOT_WITH_HOUSEHOLD(
            "Con {0} không do hộ {1} nuôi giữ.",
            "Animal {0} is not kept by household {1}."),
    LIVESTOCK_ANIMAL_UNDER_AGE(
            "Con {0} mới {1} tháng tuổi; phương án quay vòng yêu cầu ít nhất {2} tháng.",
            "Animal {0} is {1} months old; the pass-on policy requires at least {2} months."),
    LIVESTOCK_ANIMAL_WRONG_SEX(
            "Con {0} là con {1}; phương án quay vòng yêu cầu con {2}.",
            "Animal {0} is {1}; the pass-on policy requires a {2} animal."),
    LIVESTOCK_ANIMAL_NOT_OFFSPRING(
            "Con {0} không phải {1} theo phương án quay vòng.",
            "Animal {0} is not {1} as the pass-on policy requires."),
    LIVESTOCK_RECIPIENT_NOT_MEMBER(
            "Hộ {0} không phải thành viên được hỗ trợ của tổ {1}.",
            "Household {0} is not a supported member of group {1}."),
    LIVESTOCK_RECIPIENT_ALREADY_SUPPORTED(
            "Hộ {0} đã nhận con giống ở vòng {1}.",
            "Household {0} already received animals in round {1}."),
    LIVESTOCK_RECIPIENT_NOT_NEXT(
            "Theo thứ tự quay vòng, hộ nhận tiếp theo là {0}, không phải {1}.",
            "In the queue the next household to receive is {0}, not {1}."),
    LIVESTOCK_NO_OPEN_OBLIGATION(
            "Hộ {0} không có nghĩa vụ quay vòng đang mở.",
            "Household {0} has no open pass-on obligation."),
    LIVESTOCK_PASS_ON_COUNT(
            "Phải chuyển giao {0} con, nhưng có {1}.",
            "{0} animals must be passed on, but {1} were given."),
    LIVESTOCK_DEATH_WITHOUT_DATE(
            "Ghi nhận con chết phải có ngày chết.",
            "A death must be recorded with the date it happened."),
    LIVESTOCK_DATE_AFTER_RECORD(
            "Ngày {0} sau ngày ghi nhận {1}.",
            "Date {0} is after the date of the record {1}."),
    LIVESTOCK_SALE_WITHOUT_PERMISSION(
            "Quy chế tổ {0} cấm bán khi chưa được phép; cần số văn bản cho phép bán con {1}.",
            "The charter of group {0} forbids sale without permission; selling animal {1} needs a permission reference."),
    LIVESTOCK_MOTHER_NOT_FEMALE_ALIVE(
            "Con mẹ {0} phải là con cái còn sống.",
            "Mother {0} must be a living female."),
    LIVESTOCK_UNKNOWN_OBLIGATION(
            "Không có nghĩa vụ quay vòng {0}.",
            "There is no pass-on obligation {0}."),
    LIVESTOCK_OBLIGATION_CLOSED(
            "Nghĩa vụ quay vòng {0} đã {1}.",
            "Pass-on obligation {0} is already {1}."),
    LIVESTOCK_CASH_BELOW_POLICY(
            "Nộp tiền thay con giống: {0} thấp hơn mức {1} của phương án.",
            "Cash instead of animals: {0} is below the policy's {1}."),
    LIVESTOCK_NO_CASH_ALTERNATIVE(
            "Phương án quay vòng {0} không cho phép nộp tiền thay con giống.",
            "Pass-on policy {0} does not allow cash instead of animals."),
    LIVESTOCK_REPLACEMENT_NOT_IN_POLICY(
            "Phương án quay vòng {0} của tổ {1} xóa nghĩa vụ khi con giống chết, không bù con giống.",
            "Pass-on policy {0} of group {1} writes the obligation off when an animal dies; it does not replace animals."),
    LIVESTOCK_REPLACED_ANIMAL_NOT_DEAD(
            "Chỉ bù con giống đã chết; con {0} đang {1}.",
            "Only a dead animal is replaced; animal {0} is {1}."),
    LIVESTOCK_ANIMAL_ALREADY_REPLACED(
            "Con {0} đã được bù bằng con {1}.",
            "Animal {0} was already replaced by animal {1}."),
    LIVESTOCK_REPLACED_ANIMAL_NOT_RECEIVED(
            "Con {0} không phải con giống hộ {1} đã nhận; chỉ bù con giống hộ nhận bị chết.",
            "Animal {0} is not one household {1} received; only received animals that die are replaced."),
    LIVESTOCK_PACKAGE_EXCEEDED(
            "Hộ {0} sẽ nhận tổng cộng {1} con {2} vòng 1, vượt mức hỗ trợ {3} con/hộ.",
            "Household {0} would receive {1} {2} in round 1 in all, more than the package of {3} head per household."),
    LIVESTOCK_PACKAGE_ALREADY_RECEIVED(
            "Hộ {0} đã nhận đủ {1} con {2} vòng 1; mỗi hộ chỉ được hỗ trợ con giống vòng 1 một lần.",
            "Household {0} already received its round-1 package of {1} {2}; a household receives round-1 animals once."),
    LIVESTOCK_PACKAGE_MIXED_SPECIES(
            "Hỗ trợ vòng 1 cho hộ {0} chỉ gồm một loài (bò hoặc dê), nhưng có {1}.",
            "The round-1 package of household {0} is of one species (cattle or goats), but it mixes {1}."),
    LIVESTOCK_PACKAGE_EXCEPTION_SPECIES(
            "Tổ {0} nuôi {1}; không thể ghi mức hỗ trợ {2} cho hộ {3}.",
            "Group {0} raises {1}; household {3} cannot be granted {2} instead."),
    LIVESTOCK_PACKAGE_EXCEPTION_BELOW_RECEIVED(
            "Hộ {0} đã nhận {1} con vòng 1, nhiều hơn mức ngoại lệ {2} con.",
            "Household {0} already received {1} animals in round 1, more than the exception's {2}."),
    LIVESTOCK_PRICE_ABOVE_NORM(
            "Giá bình quân {0}/con của {1} con {2} trong lô cao hơn định mức {3}/con ({4}); cần ghi rõ lý do vượt định mức.",
            "The average price {0} per head of the lot's {1} {2} is above the norm of {3} per head ({4}); an above-norm justification is needed."),
    LIVESTOCK_REVOLVING_FUND_INSUFFICIENT(
            "Quỹ quay vòng của tổ {0} còn {1} có thể chi, không đủ {2}.",
            "The revolving fund of group {0} has {1} to spend, not enough for {2}."),
    LIVESTOCK_HANDOVER_MIXES_FUNDS(
            "Con giống mua bằng quỹ quay vòng ({0}) không được bàn giao chung với con giống hỗ trợ vòng 1 ({1}).",
            "Animals bought from the revolving fund ({0}) cannot be handed over together with round-1 animals ({1})."),
    LIVESTOCK_QUEUE_PLACE_INVALID(
            "Hộ {0} không có trong thứ tự quay vòng của tổ {1} hoặc đã nhận con giống; không thể xếp hộ mới trước hộ này.",
            "Household {0} is not in the pass-on queue of group {1} or has already received animals; new members cannot be placed before it."),
    LIVESTOCK_TRANSFER_SAME_GROUP(
            "Con {0} đã thuộc tổ {1}; chuyển giữa các hộ trong tổ là bàn giao, không phải điều chuyển.",
            "Animal {0} already belongs to group {1}; a move between households of one group is a hand-over, not a transfer."),
    LIVESTOCK_TRANSFER_MIXED(
            "Một lần điều chuyển chỉ gồm con giống của cùng một tổ và cùng một hộ nuôi giữ (hoặc cùng chờ cấp); con {0} khác con {1}.",
            "One transfer moves animals of one group and one keeper (or all waiting to be handed over); animal {0} differs from animal {1}."),
    LIVESTOCK_TRANSFER_STOCK_TO_HOUSEHOLD(
            "Con {0} đang chờ cấp: điều chuyển vào số chờ cấp của tổ nhận, rồi bàn giao cho hộ bằng biên bản bàn giao.",
            "Animal {0} is waiting to be handed over: it moves to the receiving group's stock, then is handed over to a household."),
    LIVESTOCK_TRANSFER_OBLIGATION_OPEN(
            "Hộ {0} còn nghĩa vụ quay vòng {1} chưa hoàn thành; phải hoàn thành, nộp tiền thay hoặc được miễn trước khi điều chuyển con giống.",
            "Household {0} still owes pass-on obligation {1}; it must be fulfilled, paid in cash or waived before its animals are transferred."),
    LIVESTOCK_TRANSFER_REVOLVING_FUND_ANIMAL(
            "Con {0} mua bằng quỹ quay vòng của tổ {1}, không được điều chuyển sang tổ khác.",
            "Animal {0} was bought from the revolving fund of group {1} and cannot be transferred to another group."),
    LIVESTOCK_NO_BIRTH_TO_CORRECT(
            "Con {0} không được ghi nhận sinh ra trong chương trình; không có ghi nhận sinh để hủy.",
            "Animal {0} was not recorded as born in the programme; there is no birth to reverse."),
    LIVESTOCK_NO_DEATH_TO_CORRECT(
            "Con {0} không được ghi nhận chết (đang {1}); không có ghi nhận chết để đính chính.",
            "Animal {0} is not recorded as dead (it is {1}); there is no death to correct."),
    LIVESTOCK_NO_SALE_TO_CORRECT(
            "Con {0} không được ghi nhận đã bán (đang {1}); không có ghi nhận bán để đính chính.",
            "Animal {0} is not recorded as sold (it is {1}); there is no sale to correct."),
    LIVESTOCK_CORRECTION_ANIMAL_HANDED_OVER(
            "Không thể hủy ghi nhận sinh con {0}: con này đã được bàn giao hoặc điều chuyển {1} lần.",
            "The birth of animal {0} cannot be reversed: it was already handed over or transferred {1} times."),
    LIVESTOCK_CORRECTION_ANIMAL_HAS_OFFSPRING(
            "Không thể hủy ghi nhận sinh con {0}: sổ đàn đã ghi con {1} do nó sinh ra.",
            "The birth of animal {0} cannot be reversed: the register records its offspring {1}."),
    LIVESTOCK_CORRECTED_DATE_TOO_EARLY(
            "Ngày {0} trước ngày {1} con {2} về với hộ bán.",
            "Date {0} is before {1}, when animal {2} came to the selling household."),
    LIVESTOCK_CORRECTION_NOTHING_CHANGED(
            "Đính chính ghi nhận bán con {0} phải nêu giá bán hoặc ngày bán đúng, khác với ghi nhận trước.",
            "A correction of the sale of animal {0} must give a correct price or date different from what was recorded.");

    private final BilingualText message;

    LivestockErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
