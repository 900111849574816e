package org.ketnghia.core.ledger;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * How to make a fresh, empty projection of a given type, and optionally how to save it in a snapshot;
 * registered by a feature or pilot model.
 *
 * @param type the projection type, the key other code reads it by
 * @param factory makes an empty instance
 * @param snapshotForm how its state is saved in a snapshot and restored; empty for a projection that is
 *     always rebuilt by replay
 * @param <P> the projection type
 */
public record ProjectionDefinition<P extends Projection>(Class<P> type, Supplier<? extends P> factory,
        Optional<SnapshotForm<P, ?>> snapshotForm) {

    /** Checks that no part is missing. */
    public ProjectionDefinition {
        requireNonNull(type, "type");
        requireNonNull(factory, "factory");
        requireNonNull(snapshotForm, "snapshotForm");
    }

    /** A definition without a snapshot form. */
    public ProjectionDefinition(Class<P> type, Supplier<? extends P> factory) {
        this(type, factory, Optional.empty());
    }

    /** A definition of {@code type} made by {@code factory}, always rebuilt by replay. */
    public static <P extends Projection> ProjectionDefinition<P> of(Class<P> type, Supplier<? extends P> factory) {
        return new ProjectionDefinition<>(type, factory);
    }

    /** A definition of {@code type} made by {@code factory}, saved in snapshots in {@code form}. */
    public static <P extends Projection> ProjectionDefinition<P> of(Class<P> type, Supplier<? extends P> factory,
            SnapshotForm<P, ?> form) {
        return new ProjectionDefinition<>(type, factory, Optional.of(requireNonNull(form, "form")));
    }

    P create() {
        return requireNonNull(factory.get(), "projection factory returned null for " + type.getName());
    }
}
