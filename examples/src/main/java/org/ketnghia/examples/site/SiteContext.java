package org.ketnghia.examples.site;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.ketnghia.examples.output.LedgerPosition;

/**
 * The facts every page of the site states in its header, so that a printed page says where its
 * figures come from: the programme, the province data, the ledger (last sequence and hash) and when
 * the page was produced; and whether the ledger is simulated, in which case every page carries
 * {@link #SIMULATED_BANNER}. The run's pages state the ledger the run recorded; a forecast's or a
 * scenario comparison's page the ledger it was computed from, or none ({@link #NO_LEDGER_VI}) when a
 * comparison read none.
 *
 * @param programmeId the programme's id, e.g. {@code "qna-2021"}
 * @param programmeTitleVi the programme's title in Vietnamese
 * @param planFile the programme file's name
 * @param provinceVi the province data, e.g. "Quảng Nam (QNA)"
 * @param ledger the position of the ledger (its last event's sequence and hash) the page's figures come from;
 *     empty when they come from no ledger
 * @param producedAt when the page was written
 * @param simulated whether the ledger was recorded by a simulated trace rather than by officials
 */
public record SiteContext(String programmeId, String programmeTitleVi, String planFile, String provinceVi,
        Optional<LedgerPosition> ledger, Instant producedAt, boolean simulated) {

    /** The banner on every page of a site built from a simulated ledger. */
    public static final String SIMULATED_BANNER = org.ketnghia.core.simulation.LedgerOrigin.MARK;

    /** What the header says of the ledger when the figures come from none (a comparison on the programme file alone). */
    public static final String NO_LEDGER_VI = "không dùng sổ cái (chỉ tính từ tệp kế hoạch)";

    /** Vietnam's time zone, in which the production time is shown. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** Checks that no part is missing. */
    public SiteContext {
        requireNonNull(programmeId, "programmeId");
        requireNonNull(programmeTitleVi, "programmeTitleVi");
        requireNonNull(planFile, "planFile");
        requireNonNull(provinceVi, "provinceVi");
        requireNonNull(ledger, "ledger");
        requireNonNull(producedAt, "producedAt");
    }

    /** A context whose figures come from the ledger whose last event is {@code ledgerLastSequence}, {@code ledgerLastHash}. */
    public SiteContext(String programmeId, String programmeTitleVi, String planFile, String provinceVi,
            long ledgerLastSequence, String ledgerLastHash, Instant producedAt, boolean simulated) {
        this(programmeId, programmeTitleVi, planFile, provinceVi,
                Optional.of(new LedgerPosition(ledgerLastSequence, ledgerLastHash)), producedAt, simulated);
    }

    /**
     * The ledger as the header states it: {@code "sự kiện cuối số 1.234, mã băm 9f…"}, or {@link #NO_LEDGER_VI}.
     */
    public String ledgerVi() {
        return ledger.map(position -> "sự kiện cuối số " + SiteFormat.count(position.lastSequence()) + ", mã băm "
                + position.lastHash()).orElse(NO_LEDGER_VI);
    }

    /** The production time as shown: {@code "06/12/2026 06:10 (giờ Việt Nam)"}. */
    public String producedAtVi() {
        return SHOWN.format(producedAt.atZone(VIETNAM)) + " (giờ Việt Nam)";
    }
}
