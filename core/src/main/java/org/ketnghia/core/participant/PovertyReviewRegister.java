package org.ketnghia.core.participant;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.ledger.SnapshotForm;

/**
 * The annual poverty review (<i>rà soát hộ nghèo, hộ cận nghèo hằng năm</i>) folded from the ledger: the review windows
 * set per province and the public postings of the results per commune.
 *
 * <p>Read it through {@code ledger.read(PovertyReviewRegister.class, register -> …)} or, in a command handler, through
 * {@code state.projection(PovertyReviewRegister.class)}. Queries return immutable values; "not found" is an empty
 * {@link Optional}. Not thread-safe by itself: the ledger guards it with its lock.
 */
public final class PovertyReviewRegister implements Projection {

    /** Orders windows by the day they take effect, then as recorded. */
    private static final Comparator<PovertyReviewWindow> LATEST_LAST = Comparator
            .comparing(PovertyReviewWindow::effectiveFrom).thenComparingLong(PovertyReviewWindow::sequence);

    /** How the register is saved in a ledger snapshot and restored from it. */
    public static final SnapshotForm<PovertyReviewRegister, State> SNAPSHOT_FORM =
            SnapshotForm.of(State.class, register -> new State(register.windows(), List.copyOf(register.postings)),
                    PovertyReviewRegister::restore);

    private final List<PovertyReviewWindow> windows = new ArrayList<>();
    private final List<PovertyReviewPosting> postings = new ArrayList<>();

    /** An empty register; the ledger fills it. */
    public PovertyReviewRegister() {
    }

    @Override
    public void apply(EventEnvelope event) {
        Object payload = event.payload();
        if (payload instanceof PovertyReviewWindowSet set) {
            windows.add(new PovertyReviewWindow(event.unitCode(), set.windowStart(), set.windowEnd(), set.effectiveFrom(),
                    set.basis(), event.sequence()));
        } else if (payload instanceof PovertyReviewResultsPosted posted) {
            postings.add(new PovertyReviewPosting(event.unitCode(), event.occurredOn(), event.sequence(), posted));
        }
    }

    private static PovertyReviewRegister restore(State state) {
        PovertyReviewRegister register = new PovertyReviewRegister();
        register.windows.addAll(state.windows());
        register.postings.addAll(state.postings());
        return register;
    }

    /** Every window set, in the order recorded; immutable. */
    public List<PovertyReviewWindow> windows() {
        return List.copyOf(windows);
    }

    /** Whether any window was set: until one is, {@link #windowFor} is empty for every unit and date. */
    public boolean hasWindows() {
        return !windows.isEmpty();
    }

    /**
     * The window in force on {@code date} for a unit (a village, commune, …): among the windows set for a province
     * containing {@code unitCode} on that date and in force by then, the one in force from the latest date (recorded
     * last on a tie); empty when none is, and then nothing is checked.
     */
    public Optional<PovertyReviewWindow> windowFor(String unitCode, LocalDate date, AdministrativeRegistry units) {
        requireNonNull(unitCode, "unitCode");
        requireNonNull(date, "date");
        requireNonNull(units, "units");
        PovertyReviewWindow latest = null; // asked on every recorded status: a loop, not a stream
        for (PovertyReviewWindow window : windows) {
            if (!window.effectiveFrom().isAfter(date) && units.isWithin(unitCode, window.unitCode(), date)
                    && (latest == null || LATEST_LAST.compare(window, latest) > 0)) {
                latest = window;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** Whether a posting has that id. */
    public boolean hasPosting(String postingId) {
        requireNonNull(postingId, "postingId");
        return postings.stream().anyMatch(posting -> posting.posted().postingId().equals(postingId));
    }

    /** The postings of the commune, in the order recorded; immutable. */
    public List<PovertyReviewPosting> postingsOf(String communeCode) {
        requireNonNull(communeCode, "communeCode");
        return postings.stream().filter(posting -> posting.communeCode().equals(communeCode)).toList();
    }

    /** The postings of the commune for one review year, in the order recorded; immutable. */
    public List<PovertyReviewPosting> postingsOf(String communeCode, int reviewYear) {
        return postingsOf(communeCode).stream().filter(posting -> posting.posted().reviewYear() == reviewYear).toList();
    }

    /**
     * The register's whole state in a snapshot, in the order recorded.
     *
     * @param windows the review windows set
     * @param postings the public postings of results
     */
    public record State(List<PovertyReviewWindow> windows, List<PovertyReviewPosting> postings) {

        /** Copies the lists. */
        public State {
            windows = List.copyOf(windows);
            postings = List.copyOf(postings);
        }
    }
}
