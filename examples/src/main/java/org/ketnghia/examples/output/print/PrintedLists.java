package org.ketnghia.examples.output.print;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import org.ketnghia.core.disclosure.PublicListing;
import org.ketnghia.core.grievance.GrievanceRegister;
import org.ketnghia.examples.host.ProgrammeHost;

/**
 * Prints the public lists of one programme as PDF beside their CSV and text: reads the postings recorded in the
 * ledger once, then writes one {@link PublicListingPdf} per commune and date, named by {@link
 * PublicListingPdf#fileName}. Immutable once made; thread-safe.
 */
public final class PrintedLists {

    private final ProgrammeHost host;
    private final GrievanceRegister postings;
    private final boolean simulated;

    private PrintedLists(ProgrammeHost host, GrievanceRegister postings, boolean simulated) {
        this.host = host;
        this.postings = postings;
        this.simulated = simulated;
    }

    /**
     * The printer of the host's programme; every page is marked when the host's ledger is simulated ({@link
     * org.ketnghia.examples.output.SimulationMarks#of}).
     */
    public static PrintedLists of(ProgrammeHost host) {
        requireNonNull(host, "host");
        return new PrintedLists(host, host.projection(GrievanceRegister.class),
                org.ketnghia.examples.output.SimulationMarks.of(host).isPresent());
    }

    /**
     * Writes the list of {@code communeCode} into {@code folder}.
     *
     * @return the file written
     * @throws org.ketnghia.core.error.KetnghiaException {@link PrintErrorCode#PRINT_WRITE_FAILED} if it cannot be
     *     written
     */
    public Path write(String communeCode, PublicListing listing, Path folder) {
        requireNonNull(communeCode, "communeCode");
        requireNonNull(listing, "listing");
        Path file = requireNonNull(folder, "folder").resolve(PublicListingPdf.fileName(communeCode, listing.date()));
        PublicListingPdf.write(listing, PostingNotice.of(postings, communeCode, listing.date(), host.units()),
                host.plan().programme().titleVi(), simulated, file);
        return file;
    }
}
