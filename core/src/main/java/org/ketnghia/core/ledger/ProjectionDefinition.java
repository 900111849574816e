package org.ketnghia.core.ledger;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;

/**
 * How to make a fresh, empty projection of a given type; registered by a feature or pilot model.
 *
 * @param type the projection type, the key other code reads it by
 * @param factory makes an empty instance
 * @param <P> the projection type
 */
public record ProjectionDefinition<P extends Projection>(Class<P> type, Supplier<? extends P> factory) {

    /** Checks that no part is missing. */
    public ProjectionDefinition {
        requireNonNull(type, "type");
        requireNonNull(factory, "factory");
    }

    /** A definition of {@code type} made by {@code factory}. */
    public static <P extends Projection> ProjectionDefinition<P> of(Class<P> type, Supplier<? extends P> factory) {
        return new ProjectionDefinition<>(type, factory);
    }

    P create() {
        return requireNonNull(factory.get(), "projection factory returned null for " + type.getName());
    }
}
