package org.ketnghia.core.ledger;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One snapshot (<i>ảnh chụp trạng thái</i>) of a ledger's projections: their state after the event at
 * {@code sequence}, whose hash is {@code eventHash}. Not an event and not in the hash chain; see {@link
 * SnapshotStore}.
 *
 * @param sequence the last event folded into the saved states, at least 1
 * @param eventHash that event's hash; the snapshot is used only if the store holds that event with this hash
 * @param savedAt when it was saved (for the operator; not checked)
 * @param projections one entry per saved projection, each type at most once
 */
public record LedgerSnapshot(long sequence, String eventHash, Instant savedAt, List<ProjectionSnapshot> projections) {

    /** Checks the parts and copies the list. */
    public LedgerSnapshot {
        requireNonNull(eventHash, "eventHash");
        requireNonNull(savedAt, "savedAt");
        projections = List.copyOf(projections);
        if (sequence < 1) {
            throw new IllegalArgumentException("a snapshot stands on an event: sequence " + sequence + " is below 1");
        }
        Set<String> seen = new HashSet<>();
        for (ProjectionSnapshot projection : projections) {
            if (!seen.add(projection.projectionType())) {
                throw new IllegalArgumentException("projection " + projection.projectionType() + " is saved twice");
            }
        }
    }

    /** The saved state of the projection whose type id is {@code projectionType}, if it was saved. */
    public Optional<ProjectionSnapshot> projection(String projectionType) {
        requireNonNull(projectionType, "projectionType");
        return projections.stream().filter(saved -> saved.projectionType().equals(projectionType)).findFirst();
    }
}
