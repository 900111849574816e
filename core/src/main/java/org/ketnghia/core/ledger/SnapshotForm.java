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
 * <p>A projection that folds every event implementing an interface, whatever module defines it (the core's {@code
 * SupportLedger} folds every {@code BeneficiarySupport}), cannot name those event classes: it declares the interface
 * with {@link #coveringEventsOf}, and the ledger's snapshot keeper adds to its code every event type the runtime
 * registered that implements it, with the types its accessors return ({@link CodeFingerprint#of(Class, SnapshotForm,
 * EventSchemas)}). A model author whose event implements such an interface then names nothing: changing how the event
 * reports what the projection keeps, in its own nest or in a type an accessor returns, replays the projection's old
 * snapshots (code the event merely calls is not seen).
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
 * @param coveredEventsOf the interfaces (or classes) by which the projection folds events that other modules may
 *     define, in the order declared ({@link #coveringEventsOf}); each is covered as a class of {@link #covered()} is,
 *     and so is every event type the runtime registered that is assignable to it; empty for a projection folding no
 *     event by such an interface
 * @param <P> the projection type
 * @param <S> the state type
 */
public record SnapshotForm<P extends Projection, S>(
        Class<S> stateType,
        Function<? super P, ? extends S> save,
        Function<? super S, ? extends P> restore,
        List<Class<?>> covered,
        List<Class<?>> coveredEventsOf) {

    /** Checks that no part is missing, and copies {@code covered} and {@code coveredEventsOf}. */
    public SnapshotForm {
        requireNonNull(stateType, "stateType");
        requireNonNull(save, "save");
        requireNonNull(restore, "restore");
        covered = List.copyOf(requireNonNull(covered, "covered"));
        coveredEventsOf = List.copyOf(requireNonNull(coveredEventsOf, "coveredEventsOf"));
    }

    /**
     * A form covering {@code covered} and no event types by interface: its code is that of {@code P} and {@code S}
     * with their nests and of the classes covered.
     */
    public SnapshotForm(Class<S> stateType, Function<? super P, ? extends S> save,
            Function<? super S, ? extends P> restore, List<Class<?>> covered) {
        this(stateType, save, restore, covered, List.of());
    }

    /** A form covering no further class: its code is that of {@code P} and {@code S} with their nests. */
    public SnapshotForm(Class<S> stateType, Function<? super P, ? extends S> save,
            Function<? super S, ? extends P> restore) {
        this(stateType, save, restore, List.of(), List.of());
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
        return new SnapshotForm<>(stateType, save, restore, all, coveredEventsOf);
    }

    /**
     * This form, also covering every event type the runtime registers that is assignable to {@code eventSupertype}
     * (<i>mọi loại sự kiện thực hiện giao diện</i>): for a projection that folds events by an interface any pilot model
     * may implement, so that it cannot name their classes with {@link #covering}. The ledger's snapshot keeper adds to
     * the projection's {@link CodeFingerprint} the class files of {@code eventSupertype} and of each registered event
     * type assignable to it (sorted by class name), each with its nest and the types outside the JDK its accessors
     * return ({@code CodeFingerprint.accessorTypes}); a snapshot saved when those types were others,
     * or their code was other, is then replayed instead of restored ({@code CODE_CHANGED}).
     *
     * <p>The event types are those the runtime registered ({@link EventSchemas#eventTypesAssignableTo}); nothing is
     * searched for on the class path. An event's generated {@code Immutable…} class follows its registered abstract
     * type, which is the one covered.
     *
     * @param eventSupertype the interface (or class) the projection folds events by, e.g. {@code
     *     BeneficiarySupport.class}
     * @return a new form with the same parts, covering what this one covers and the event types of {@code
     *     eventSupertype}
     * @throws NullPointerException if {@code eventSupertype} is {@code null}
     */
    public SnapshotForm<P, S> coveringEventsOf(Class<?> eventSupertype) {
        List<Class<?>> all = new ArrayList<>(coveredEventsOf);
        all.add(requireNonNull(eventSupertype, "eventSupertype"));
        return new SnapshotForm<>(stateType, save, restore, covered, all);
    }
}
