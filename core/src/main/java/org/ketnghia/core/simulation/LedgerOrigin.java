package org.ketnghia.core.simulation;

import java.util.Optional;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.ledger.SnapshotForm;

/**
 * Where a ledger's data comes from: recorded by people (<i>số liệu ghi nhận</i>), or produced by a
 * simulator's trace (<i>số liệu mô phỏng</i>), as its first event declares ({@link SimulatedLedgerDeclared}).
 * Every output built from a simulated ledger — pages, workbooks, CSV and JSON files, public lists, PDFs —
 * carries {@link #MARK}, so that nobody posts or files simulated figures as real ones; a recorded
 * ledger's outputs carry none. Read it with {@code ledger.read(LedgerOrigin.class, LedgerOrigin::simulated)}.
 *
 * <p>Not thread-safe by itself: the ledger guards it with its lock.
 */
public final class LedgerOrigin implements Projection {

    /** The mark every output of a simulated ledger carries, in Vietnamese and English. */
    public static final String MARK = "MÔ PHỎNG — SIMULATED, NOT FOR POSTING";

    /**
     * The JSON field a simulated ledger's exports carry first, {@code true}; readers of the library's exports
     * (reports, roll-ups) accept and skip it.
     */
    public static final String JSON_SIMULATED_FIELD = "simulated";

    /** The JSON field holding {@link #MARK} in a simulated ledger's exports, beside {@link #JSON_SIMULATED_FIELD}. */
    public static final String JSON_MARK_FIELD = "simulationMark";

    /** How the origin is saved in a ledger snapshot and restored from it. */
    public static final SnapshotForm<LedgerOrigin, State> SNAPSHOT_FORM =
            SnapshotForm.of(State.class, LedgerOrigin::state, LedgerOrigin::restore);

    private Optional<String> descriptionVi = Optional.empty();
    private Optional<Long> seed = Optional.empty();

    /** Creates the origin of an empty ledger: recorded, until its first event says otherwise. */
    public LedgerOrigin() {
    }

    @Override
    public void apply(EventEnvelope event) {
        if (event.payload() instanceof SimulatedLedgerDeclared declared && descriptionVi.isEmpty()) {
            descriptionVi = Optional.of(declared.descriptionVi());
            seed = declared.seed();
        }
    }

    /** Whether the ledger holds simulated data. */
    public boolean simulated() {
        return descriptionVi.isPresent();
    }

    /** What produced a simulated ledger, in Vietnamese; empty for a recorded one. */
    public Optional<String> descriptionVi() {
        return descriptionVi;
    }

    /** The seed of the trace that produced a simulated ledger, when it said one. */
    public Optional<Long> seed() {
        return seed;
    }

    /** The mark its outputs carry: {@link #MARK} for a simulated ledger, empty for a recorded one. */
    public Optional<String> mark() {
        return simulated() ? Optional.of(MARK) : Optional.empty();
    }

    private State state() {
        return new State(descriptionVi, seed);
    }

    private static LedgerOrigin restore(State state) {
        LedgerOrigin origin = new LedgerOrigin();
        origin.descriptionVi = state.descriptionVi();
        origin.seed = state.seed();
        return origin;
    }

    /**
     * The origin as saved in a snapshot.
     *
     * @param descriptionVi what produced the ledger, when simulated
     * @param seed the trace's seed, when said
     */
    public record State(Optional<String> descriptionVi, Optional<Long> seed) {

        /** Rejects nulls. */
        public State {
            descriptionVi = descriptionVi == null ? Optional.empty() : descriptionVi;
            seed = seed == null ? Optional.empty() : seed;
        }
    }
}
