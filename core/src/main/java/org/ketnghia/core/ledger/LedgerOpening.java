package org.ketnghia.core.ledger;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a {@link Ledger} brought its projections up to date when it was opened: from which snapshot, if any,
 * and which projections were rebuilt by replaying the events from the first, and why ({@link
 * Ledger#openedFrom()}). Every projection not listed in {@link #replayed()} was restored from the snapshot.
 *
 * @param snapshotSequence the sequence of the snapshot used, empty when every projection was replayed from
 *     the first event
 * @param snapshotIgnored why the latest snapshot was not used at all (it names an event the store does not
 *     hold with that hash, or the snapshot store cannot be read); empty when it was used or there was none
 * @param restored the type ids (class names) of the projections restored from the snapshot
 * @param replayed the projections rebuilt by replay, each with the reason
 */
public record LedgerOpening(Optional<Long> snapshotSequence, Optional<String> snapshotIgnored, List<String> restored,
        List<Replayed> replayed) {

    /** Checks the parts and copies the lists. */
    public LedgerOpening {
        requireNonNull(snapshotSequence, "snapshotSequence");
        requireNonNull(snapshotIgnored, "snapshotIgnored");
        restored = List.copyOf(restored);
        replayed = List.copyOf(replayed);
    }

    /** Why a projection was rebuilt by replay rather than restored from a snapshot. */
    public enum Reason {
        /** The ledger has no snapshot store. */
        NO_SNAPSHOT_STORE,
        /** The snapshot store holds no snapshot. */
        NO_SNAPSHOT,
        /** The latest snapshot does not match the chain or cannot be read ({@link #snapshotIgnored()}). */
        SNAPSHOT_IGNORED,
        /** The projection has no {@link SnapshotForm}. */
        NO_SNAPSHOT_FORM,
        /** The snapshot holds no state for the projection (it was added since). */
        NOT_IN_SNAPSHOT,
        /** The projection's code changed since the snapshot ({@link CodeFingerprint}). */
        CODE_CHANGED,
        /** The projection's class files cannot be read, so its code cannot be fingerprinted. */
        CODE_UNREADABLE,
        /** The saved state cannot be read or restored. */
        STATE_UNREADABLE
    }

    /**
     * One projection rebuilt by replay.
     *
     * @param projectionType its type id (class name)
     * @param reason why
     * @param detail more about the reason (the error for an unreadable state), possibly empty
     */
    public record Replayed(String projectionType, Reason reason, String detail) {

        /** Checks that no part is missing. */
        public Replayed {
            requireNonNull(projectionType, "projectionType");
            requireNonNull(reason, "reason");
            requireNonNull(detail, "detail");
        }
    }

    /** One line for a log or an operator: the snapshot used or ignored, and the projections replayed. */
    public String describe() {
        String source = snapshotSequence.map(sequence -> "opened from the snapshot at event " + sequence)
                .orElse("opened by replaying every event");
        String ignored = snapshotIgnored.map(reason -> "; the latest snapshot was ignored: " + reason).orElse("");
        String rebuilt = replayed.isEmpty() ? "; no projection replayed"
                : "; replayed " + replayed.stream().map(one -> simpleName(one.projectionType()) + " (" + one.reason()
                        + (one.detail().isEmpty() ? "" : ": " + one.detail()) + ")").collect(Collectors.joining(", "));
        return source + ignored + "; " + restored.size() + " restored" + rebuilt;
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
