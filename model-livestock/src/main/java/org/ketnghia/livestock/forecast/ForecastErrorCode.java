package org.ketnghia.livestock.forecast;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/** Error codes of forecasts from the ledger ({@code FORECAST_…}), in Vietnamese and English. */
public enum ForecastErrorCode implements ErrorCode {
    FORECAST_BEFORE_PROGRAMME_START(
            "Ngày dự báo {0} trước ngày bắt đầu chương trình {1}.",
            "The forecast date {0} is before the programme's start {1}."),
    FORECAST_AFTER_TODAY(
            "Ngày dự báo {0} sau ngày hôm nay {1}: sổ cái chưa ghi gì cho ngày đó.",
            "The forecast date {0} is after today {1}: the ledger cannot have recorded it yet."),
    FORECAST_AFTER_PROGRAMME_END(
            "Ngày dự báo {0} sau ngày kết thúc chương trình {1}: không còn năm nào để dự báo.",
            "The forecast date {0} is after the programme's end {1}: no year is left to forecast."),
    FORECAST_NO_LIVESTOCK_PROGRAMME(
            "Chương trình không có mô hình chăn nuôi bò, dê sinh sản quay vòng: {0}.",
            "The programme has no revolving cattle and goat model: {0}."),
    FORECAST_GROUP_OUTSIDE_PLAN(
            "Tổ, nhóm hộ {0} ở xã {1}, không thuộc xã thí điểm nào của kế hoạch (kể cả các xã sau sáp nhập).",
            "Group {0} is in commune {1}, which is none of the plan's pilot communes (nor their successors after a merger)."),
    FORECAST_INVALID_SETTING(
            "Thiết lập dự báo {0} không hợp lệ: {1}.",
            "Forecast setting {0} is invalid: {1}.");

    private final BilingualText message;

    ForecastErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
