package org.ketnghia.examples.output;

/**
 * The visible mark on every output built from a simulated ledger (a trace), so that figures from a simulation are
 * never printed, posted or filed as real ones. A real ledger's outputs carry none.
 *
 * <p>Constants only; immutable and thread-safe.
 */
public final class SimulatedMark {

    /** The mark itself, in Vietnamese and English, as printed on every page and sheet. */
    public static final String TEXT = "MÔ PHỎNG — SIMULATED, NOT FOR POSTING";

    /** A sentence that explains the mark, in Vietnamese then English. */
    public static final String EXPLANATION = "Số liệu lấy từ sổ cái mô phỏng, không phải số liệu thật: không niêm yết, "
            + "không lưu hồ sơ. / Figures from a simulated ledger, not real data: do not post or file.";

    private SimulatedMark() {
    }
}
