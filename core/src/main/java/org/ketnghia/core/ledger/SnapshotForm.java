package org.ketnghia.core.ledger;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How a projection's state is saved in a snapshot (<i>ảnh chụp trạng thái</i>) and restored from it,
 * so that a ledger opens from its latest snapshot plus the events after it instead of replaying every
 * event from the first.
 *
 * <p>The state is one immutable value the runtime's JSON mapper writes and reads (records or Immutables
 * of JSON types, lists rather than maps keyed by values). A snapshot is never trusted: the ledger uses it
 * only when the event it stands on is in the chain with the hash it names, and when the projection's code
 * is the code that saved it ({@link CodeFingerprint}); otherwise the projection is rebuilt by replay.
 *
 * <p><b>What counts as the projection's code</b> (<i>mã quyết định trạng thái</i>): the class files of
 * {@code P} and {@code S}, and of every class named in {@link #covered()}, each with every member of its nest
 * (its nested and enclosing classes). A projection must name, with {@link #covering}, every class outside
 * those nests whose code shapes its state as events are folded in — a helper that builds or decides what it
 * keeps, a class it delegates part of its fold to — or a change there would let an old snapshot be restored
 * and carried on under rules a replay would not give. Value types whose JSON shape a change would alter need
 * not be named (their state then fails to read and is replayed), nor classes of the JDK.
 *
 * <p>The contract every model passes ({@code ketnghia-testing}) checks that a projection restored from
 * its saved state, then fed the events after it, saves exactly the state a full replay saves.
 *
 * @param stateType the type of the saved state
 * @param save the whole state of a projection as a value; called under the ledger's lock, must not keep
 *     references to the projection's mutable internals
 * @param restore a fresh projection holding exactly that state
 * @param covered the further classes whose code shapes the state, in the order named; empty for a projection
 *     whose state is shaped only within the nests of {@code P} and {@code S}
 * @param <P> the projection type
 * @param <S> the state type
 */
public record SnapshotForm<P extends Projection, S>(
        Class<S> stateType,
        Function<? super P, ? extends S> save,
        Function<? super S, ? extends P> restore,
        List<Class<?>> covered) {

    /** Checks that no part is missing, and copies {@code covered}. */
    public SnapshotForm {
        requireNonNull(stateType, "stateType");
        requireNonNull(save, "save");
        requireNonNull(restore, "restore");
        covered = List.copyOf(requireNonNull(covered, "covered"));
    }

    /** A form covering no further class: its code is that of {@code P} and {@code S} with their nests. */
    public SnapshotForm(Class<S> stateType, Function<? super P, ? extends S> save,
            Function<? super S, ? extends P> restore) {
        this(stateType, save, restore, List.of());
    }

    /**
     * A form saving {@code save(projection)} as a {@code stateType} and restoring with {@code restore}, covering no
     * further class (name those with {@link #covering}).
     */
    public static <P extends Projection, S> SnapshotForm<P, S> of(Class<S> stateType,
            Function<? super P, ? extends S> save, Function<? super S, ? extends P> restore) {
        return new SnapshotForm<>(stateType, save, restore);
    }

    /**
     * This form, also covering {@code classes}: classes outside the nests of the projection and its state type whose
     * code shapes the state, so that a change to any of them (or to a member of its nest) changes the projection's
     * {@link CodeFingerprint} and a snapshot saved before is replayed instead of restored.
     *
     * @param classes the further classes, none {@code null}
     * @return a new form with the same parts, covering what this one covers and {@code classes}
     * @throws NullPointerException if {@code classes} or one of them is {@code null}
     */
    public SnapshotForm<P, S> covering(Class<?>... classes) {
        requireNonNull(classes, "classes");
        List<Class<?>> all = new ArrayList<>(covered);
        for (Class<?> type : classes) {
            all.add(requireNonNull(type, "class"));
        }
        return new SnapshotForm<>(stateType, save, restore, all);
    }
}
