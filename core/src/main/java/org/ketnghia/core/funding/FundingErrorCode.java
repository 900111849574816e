package org.ketnghia.core.funding;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/** Error codes of the funding ledger ({@code FUNDING_…}), in Vietnamese and English. */
public enum FundingErrorCode implements ErrorCode {
    FUNDING_ID_IN_USE(
            "Mã {0} đã được dùng cho một bản ghi vốn khác.",
            "Id {0} is already used by another funding record."),
    FUNDING_SOURCE_UNKNOWN(
            "Không có nguồn vốn {0}.",
            "There is no funding source {0}."),
    FUNDING_PLEDGE_UNKNOWN(
            "Không có cam kết {0}.",
            "There is no pledge {0}."),
    FUNDING_NOT_A_COMMUNE(
            "Đơn vị {0} không phải là xã, huyện hoặc tỉnh vào ngày {1}: quỹ chỉ được ghi cho UBND xã hoặc cơ quan cấp huyện, cấp tỉnh.",
            "Unit {0} is not a commune, district or province on {1}: funds are recorded only for a commune people's committee or a district or provincial body."),
    FUNDING_SPONSOR_NOT_TWINNED(
            "Đơn vị kết nghĩa \"{0}\" không kết nghĩa với xã {1} vào ngày {2}.",
            "Sponsor \"{0}\" is not twinned with commune {1} on {2}."),
    FUNDING_ALLOTMENT_EXCEEDED(
            "Chi {0} cho mô hình \"{1}\" tại {2} vượt kinh phí kế hoạch phân bổ {3} (đã chi {4}); cần quyết định điều chỉnh được phê duyệt.",
            "Spending {0} on model \"{1}\" in {2} exceeds the {3} the plan allots (already spent {4}); an approved adjustment is needed."),
    FUNDING_AMOUNT_NOT_POSITIVE(
            "Số tiền {0} phải lớn hơn 0.",
            "Amount {0} must be greater than zero."),
    FUNDING_QUANTITY_NOT_POSITIVE(
            "Số lượng {0} phải lớn hơn 0.",
            "Quantity {0} must be greater than zero."),
    FUNDING_RECEIPT_NEEDS_PLEDGE_OR_UNPLEDGED(
            "Khoản thu phải gắn với một cam kết hoặc được ghi rõ là ngoài cam kết.",
            "A receipt must be against a pledge or explicitly recorded as unpledged."),
    FUNDING_RECEIPT_PLEDGE_AND_UNPLEDGED(
            "Khoản thu không thể vừa gắn với cam kết {0} vừa được ghi là ngoài cam kết.",
            "A receipt cannot be both against pledge {0} and unpledged."),
    FUNDING_RECEIPT_EXCEEDS_PLEDGE(
            "Khoản thu {0} vượt quá phần còn lại {1} của cam kết {2} (đã cam kết {3}).",
            "Receipt of {0} exceeds the {1} still open on pledge {2} (pledged {3})."),
    FUNDING_PLEDGE_MISMATCH(
            "{0} của khoản thu là {1} nhưng cam kết {2} ghi {3}.",
            "The receipt's {0} is {1} but pledge {2} says {3}."),
    FUNDING_PLEDGE_OTHER_COMMUNE(
            "Cam kết {0} dành cho xã {1} (và đơn vị kế thừa), không phải xã {2}.",
            "Pledge {0} is for commune {1} (or its successors), not for commune {2}."),
    FUNDING_INSUFFICIENT_BALANCE(
            "Xã {0} không được chi {3} cho {1}: số dư đã nhận cho mục đích này chỉ còn {2}.",
            "Commune {0} cannot spend {3} on {1}: the balance received for that purpose is only {2}."),
    FUNDING_PROGRAMME_BALANCE_INSUFFICIENT(
            "Xã {0} không được chi {3} cho {1} thuộc chương trình {4}: tiền của chương trình này và tiền không thuộc chương trình nào còn trong quỹ cho mục đích này chỉ là {2}; {5} còn lại là tiền của chương trình khác, chỉ được chi cho chương trình đó.",
            "Commune {0} cannot spend {3} on {1} for programme {4}: the money of that programme and of no programme left in the fund for that purpose is only {2}; the other {5} is another programme's money and pays only for that programme."),
    FUNDING_UNASSIGNED_BALANCE_INSUFFICIENT(
            "Xã {0} không được chi {3} cho {1} ngoài các chương trình: tiền không thuộc chương trình nào còn trong quỹ cho mục đích này chỉ là {2}; {4} còn lại là tiền của các chương trình, mỗi khoản chỉ được chi cho chương trình của nó.",
            "Commune {0} cannot spend {3} on {1} for no programme: the money of no programme left in the fund for that purpose is only {2}; the other {4} is programmes' money, each paying only for its own programme."),
    FUNDING_SOURCE_KIND_NOT_ALLOWED(
            "Nguồn {0} thuộc loại {1}; đóng góp đối ứng của {2} cần nguồn loại {3}.",
            "Source {0} is of kind {1}; a counterpart contribution from {2} needs a source of kind {3}."),
    FUNDING_CASH_NEEDS_AMOUNT_ONLY(
            "Đóng góp bằng tiền mặt chỉ ghi số tiền, không ghi số lượng hay đơn giá.",
            "A cash contribution has an amount only, no quantity or unit value."),
    FUNDING_NON_CASH_NEEDS_QUANTITY_AND_UNIT_VALUE(
            "Đóng góp {0} cần số lượng (hoặc số ngày công) và đơn giá (hoặc đơn giá ngày công), không ghi số tiền.",
            "A {0} contribution needs a quantity (or labour days) and a unit value (or day rate), and no amount."),
    FUNDING_SPONSOR_MISMATCH(
            "Đơn vị kết nghĩa {0} không phải đơn vị của nguồn vốn {1} ({2}).",
            "Sponsor {0} is not the sponsor of funding source {1} ({2})."),
    FUNDING_TRANSFER_NOT_SUCCESSOR(
            "Xã {1} không phải đơn vị kế thừa của {0} vào ngày {2} (kế thừa: {3}).",
            "Commune {1} is not a successor of {0} on {2} (successors: {3})."),
    FUNDING_TRANSFER_NOTHING(
            "Xã {0} không còn số dư cho {1} để chuyển.",
            "Commune {0} has no balance left for {1} to transfer."),
    FUNDING_RECEIPT_UNKNOWN(
            "Không có khoản thu {0}.",
            "There is no receipt {0}."),
    FUNDING_EXPENDITURE_UNKNOWN(
            "Không có khoản chi {0}.",
            "There is no expenditure {0}."),
    FUNDING_REVERSAL_OTHER_COMMUNE(
            "{0} thuộc quỹ của {1}, không phải của {2}.",
            "{0} belongs to the fund of {1}, not of {2}."),
    FUNDING_ALREADY_REVERSED(
            "{0} đã được điều chỉnh hủy bằng bút toán {1}; không thể hủy lần nữa.",
            "{0} was already reversed by {1}; it cannot be reversed twice."),
    FUNDING_REVERSAL_EXCEEDS_REMAINING(
            "Không thể hủy {1} của khoản thu {0}: chỉ còn {2} chưa chi, chưa chuyển trong quỹ (hãy hủy khoản chi trước).",
            "Cannot reverse {1} of receipt {0}: only {2} of it is left unspent and unmoved in the fund (reverse the expenditure first)."),
    FUNDING_REVERSAL_BEFORE_ORIGINAL(
            "Ngày điều chỉnh {0} trước ngày ghi {1} ({2}).",
            "The reversal date {0} is before {1} was recorded ({2}).");

    private final BilingualText message;

    FundingErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
