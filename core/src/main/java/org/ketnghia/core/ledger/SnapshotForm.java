package org.ketnghia.core.ledger;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;

/**
 * How a projection's state is saved in a snapshot (<i>ảnh chụp trạng thái</i>) and restored from it,
 * so that a ledger opens from its latest snapshot plus the events after it instead of replaying every
 * event from the first.
 *
 * <p>The state is one immutable value the runtime's JSON mapper writes and reads (records or Immutables
 * of JSON types, lists rather than maps keyed by values). A snapshot is never trusted: the ledger uses it
 * only when the event it stands on is in the chain with the hash it names, and when the projection's code
 * (the class files of {@code P} and {@code S} and their nested classes) is the code that saved it;
 * otherwise the projection is rebuilt by replay.
 *
 * <p>The contract every model passes ({@code ketnghia-testing}) checks that a projection restored from
 * its saved state, then fed the events after it, saves exactly the state a full replay saves.
 *
 * @param stateType the type of the saved state
 * @param save the whole state of a projection as a value; called under the ledger's lock, must not keep
 *     references to the projection's mutable internals
 * @param restore a fresh projection holding exactly that state
 * @param <P> the projection type
 * @param <S> the state type
 */
public record SnapshotForm<P extends Projection, S>(
        Class<S> stateType,
        Function<? super P, ? extends S> save,
        Function<? super S, ? extends P> restore) {

    /** Checks that no part is missing. */
    public SnapshotForm {
        requireNonNull(stateType, "stateType");
        requireNonNull(save, "save");
        requireNonNull(restore, "restore");
    }

    /** A form saving {@code save(projection)} as a {@code stateType} and restoring with {@code restore}. */
    public static <P extends Projection, S> SnapshotForm<P, S> of(Class<S> stateType,
            Function<? super P, ? extends S> save, Function<? super S, ? extends P> restore) {
        return new SnapshotForm<>(stateType, save, restore);
    }
}
