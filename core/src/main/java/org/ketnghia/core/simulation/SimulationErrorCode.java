package org.ketnghia.core.simulation;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/** Error codes of the simulation engine ({@code SIMULATION_…}). */
public enum SimulationErrorCode implements ErrorCode {
    SIMULATION_NO_TRACE_MODE(
            "Bộ mô phỏng của mô hình {0} không có chế độ ghi vết vào sổ cái.",
            "The simulator of model {0} has no trace mode."),
    SIMULATION_TRACE_NO_VILLAGE(
            "Kế hoạch không nêu thôn nào của xã {0}: không có nơi cho các hộ mô phỏng.",
            "The plan names no village of commune {0}: simulated households have nowhere to live."),
    SIMULATION_TRACE_UNIT_NOT_IN_FORCE(
            "Đơn vị {0} không còn hiệu lực ngày {1} và có {2} đơn vị kế thừa (cần đúng 1).",
            "Unit {0} is not in force on {1} and has {2} successors (exactly 1 is needed)."),
    SIMULATION_TRACE_ID_PREFIX_INVALID(
            "Tiền tố mã \"{0}\" không hợp lệ: chỉ gồm chữ, chữ số, dấu chấm, gạch ngang, gạch dưới, tối đa 40 ký tự.",
            "Id prefix \"{0}\" is invalid: letters, digits, dots, hyphens and underscores only, at most 40 characters."),
    SIMULATION_REPLICATES_OUT_OF_RANGE(
            "Số lần lặp {0} nằm ngoài khoảng cho phép [1, {1}].",
            "The number of replicates {0} is outside the allowed range [1, {1}]."),
    SIMULATION_THREADS_OUT_OF_RANGE(
            "Số luồng {0} nằm ngoài khoảng cho phép [1, {1}].",
            "The number of threads {0} is outside the allowed range [1, {1}]."),
    SIMULATION_WINDOW_OUT_OF_RANGE(
            "Cửa sổ sắp xếp lại {0} phải ít nhất bằng số luồng {1}.",
            "The reorder window {0} must be at least the number of threads {1}."),
    SIMULATION_YEAR_OUT_OF_RANGE(
            "Chỉ tiêu {0}: năm {1} nằm ngoài khoảng mô phỏng [1, {2}].",
            "Indicator {0}: year {1} is outside the simulated years [1, {2}]."),
    SIMULATION_VALUE_NOT_FINITE(
            "Chỉ tiêu {0} năm {1}: giá trị {2} không phải là một số hữu hạn.",
            "Indicator {0}, year {1}: value {2} is not a finite number."),
    SIMULATION_MONTH_OUT_OF_RANGE(
            "Tháng thứ {0} nằm ngoài khoảng mô phỏng [0, {1}].",
            "Month index {0} is outside the simulated months [0, {1}]."),
    SIMULATION_DATE_OUT_OF_RANGE(
            "Ngày {0} nằm ngoài thời gian mô phỏng {1} – {2}.",
            "Date {0} is outside the simulated time {1} – {2}."),
    SIMULATION_LEDGER_NOT_EMPTY(
            "Sổ cái đã có {0} sự kiện: chỉ sự kiện đầu tiên của sổ cái mới được khai báo sổ cái là mô phỏng.",
            "The ledger already holds {0} events: only its first event may declare it simulated."),
    SIMULATION_LEDGER_NOT_SIMULATED(
            "Sổ cái có số liệu thực (không khai báo mô phỏng ở sự kiện đầu tiên): không được ghi vết mô phỏng vào đó.",
            "The ledger holds recorded data (its first event does not declare it simulated): no simulated trace may be recorded into it."),
    SIMULATION_INTERRUPTED(
            "Mô phỏng bị ngắt sau {0} lần lặp.",
            "The simulation was interrupted after {0} replicates.");

    private final BilingualText message;

    SimulationErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
