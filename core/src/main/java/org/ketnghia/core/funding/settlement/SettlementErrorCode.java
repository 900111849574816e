package org.ketnghia.core.funding.settlement;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/** Error codes of the settlement of accounts ({@code FUNDING_…}), in Vietnamese and English. */
public enum SettlementErrorCode implements ErrorCode {
    FUNDING_PERIOD_SETTLED(
            "Kỳ quyết toán {0} (đến hết ngày {1}) đã được phê duyệt: không được ghi thu, chi, đóng góp hay điều chuyển vốn ngày {2}.",
            "Settlement {0} (period ending {1}) is approved: no receipt, expenditure, contribution or transfer may be recorded on {2}."),
    FUNDING_SETTLED_NO_PROGRAMME_MONEY_SPENT(
            "Kỳ quyết toán {0} của chương trình {1} (đến hết ngày {2}) đã khóa tiền không thuộc chương trình nào ghi"
                    + " trong kỳ: khoản chi {3} của chương trình {4} ngày {5} sẽ chi {6} từ tiền đó. Chương trình khác"
                    + " chỉ được chi trong kỳ đã quyết toán từ tiền của chính mình; hãy ghi khoản chi sau ngày {2}.",
            "Settlement {0} of programme {1} (period ending {2}) closed the money of no programme dated in its period:"
                    + " expenditure {3} of programme {4} dated {5} would draw {6} of that money. Another programme may"
                    + " spend in a settled period only its own money; record the expenditure after {2}."),
    FUNDING_SETTLED_NO_PROGRAMME_MONEY_REVERSED(
            "Kỳ quyết toán {0} của chương trình {1} (đến hết ngày {2}) đã tính khoản chi {3} của chương trình {4}"
                    + " (chi {5} từ tiền mà kỳ đó quyết toán): không được hủy khoản chi này vào ngày {6}, trong kỳ đã"
                    + " quyết toán; hãy ghi việc hủy sau ngày {2}.",
            "Settlement {0} of programme {1} (period ending {2}) counted expenditure {3} of programme {4} (it drew {5}"
                    + " of money counted in that settlement): it may not be reversed on {6}, in the settled period;"
                    + " record the reversal after {2}."),
    FUNDING_SETTLEMENT_NOT_AFTER_PREVIOUS(
            "Kỳ quyết toán phải kết thúc sau kỳ {0} đã phê duyệt (đến hết ngày {1}), không phải ngày {2}.",
            "A settlement must end after approved settlement {0} (period ending {1}), not on {2}."),
    FUNDING_SETTLEMENT_PERIOD_NOT_ENDED(
            "Không thể quyết toán kỳ kết thúc ngày {0} vào ngày {1}: kỳ chưa kết thúc.",
            "A period ending {0} cannot be settled on {1}: it has not ended yet."),
    FUNDING_SETTLEMENT_PROGRAMME_MISMATCH(
            "Quyết toán ghi cho chương trình {0} nhưng lệnh được ghi trong sổ của chương trình {1}.",
            "The settlement names programme {0} but is recorded in the ledger of programme {1}.");

    private final BilingualText message;

    SettlementErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
