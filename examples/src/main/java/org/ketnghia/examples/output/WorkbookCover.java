package org.ketnghia.examples.output;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What the cover sheet of a workbook says it holds (<i>trang bìa</i>): its title, the programme, the province and
 * the ledger it was built from, and whether that ledger is simulated. No date of production: the same ledger gives
 * equal cells.
 *
 * @param titleVi the workbook's title, in Vietnamese
 * @param programmeVi the programme's title, in Vietnamese; empty when the workbook spans several
 * @param provinceVi the province's name, if one
 * @param ledgerVi the ledger it was built from (last sequence and hash), if known to the writer
 * @param simulated whether the ledger is simulated: then the cover and every sheet's header and footer carry
 *     {@link SimulationMarks#TEXT}
 */
public record WorkbookCover(String titleVi, String programmeVi, Optional<String> provinceVi, Optional<String> ledgerVi,
        boolean simulated) {

    /** Checks that no part is missing. */
    public WorkbookCover {
        requireNonNull(titleVi, "titleVi");
        requireNonNull(programmeVi, "programmeVi");
        requireNonNull(provinceVi, "provinceVi");
        requireNonNull(ledgerVi, "ledgerVi");
    }

    /** A cover naming the workbook and the programme only. */
    public static WorkbookCover of(String titleVi, String programmeVi, boolean simulated) {
        return new WorkbookCover(titleVi, programmeVi, Optional.empty(), Optional.empty(), simulated);
    }

    /** The ledger as the cover shows it: {@code "sự kiện cuối số 1234, mã băm 9f…"}. */
    public static String ledger(long lastSequence, String lastHash) {
        return "sự kiện cuối số " + lastSequence + ", mã băm " + requireNonNull(lastHash, "lastHash");
    }

    /** The same cover with the ledger given. */
    public WorkbookCover withLedger(long lastSequence, String lastHash) {
        return new WorkbookCover(titleVi, programmeVi, provinceVi, Optional.of(ledger(lastSequence, lastHash)), simulated);
    }

    /** The same cover naming the ledger in {@code state}: its last sequence and hash. */
    public WorkbookCover withLedger(LedgerPosition state) {
        return withLedger(state.lastSequence(), state.lastHash());
    }

    /** The same cover with the province given. */
    public WorkbookCover withProvince(String provinceName) {
        return new WorkbookCover(titleVi, programmeVi, Optional.of(provinceName), ledgerVi, simulated);
    }
}
