package org.ketnghia.examples.site;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The facts every page of the site states in its header, so that a printed page says where its
 * figures come from: the programme, the province data, the ledger (last sequence and hash) and when
 * the site was produced; and whether the ledger is simulated, in which case every page carries
 * {@link #SIMULATED_BANNER}.
 *
 * @param programmeId the programme's id, e.g. {@code "qna-2021"}
 * @param programmeTitleVi the programme's title in Vietnamese
 * @param planFile the programme file's name
 * @param provinceVi the province data, e.g. "Quảng Nam (QNA)"
 * @param ledgerLastSequence the sequence of the ledger's last event when the site was written
 * @param ledgerLastHash the hash of that event
 * @param producedAt when the site was written
 * @param simulated whether the ledger was recorded by a simulated trace rather than by officials
 */
public record SiteContext(String programmeId, String programmeTitleVi, String planFile, String provinceVi,
        long ledgerLastSequence, String ledgerLastHash, Instant producedAt, boolean simulated) {

    /** The banner on every page of a site built from a simulated ledger. */
    public static final String SIMULATED_BANNER = org.ketnghia.core.simulation.LedgerOrigin.MARK;

    /** Vietnam's time zone, in which the production time is shown. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** Checks that no part is missing. */
    public SiteContext {
        requireNonNull(programmeId, "programmeId");
        requireNonNull(programmeTitleVi, "programmeTitleVi");
        requireNonNull(planFile, "planFile");
        requireNonNull(provinceVi, "provinceVi");
        requireNonNull(ledgerLastHash, "ledgerLastHash");
        requireNonNull(producedAt, "producedAt");
    }

    /** The production time as shown: {@code "06/12/2026 06:10 (giờ Việt Nam)"}. */
    public String producedAtVi() {
        return SHOWN.format(producedAt.atZone(VIETNAM)) + " (giờ Việt Nam)";
    }
}
