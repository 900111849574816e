package org.ketnghia.core.inspection;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A finding with its actions as they stand on a date (a query result of {@link InspectionRegistry}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TrackedFinding {

    /** The inspection that found it. */
    public abstract String inspectionId();

    /** The day of that inspection. */
    public abstract LocalDate inspectedOn();

    /** The kind of that inspection. */
    public abstract InspectionKind kind();

    /** The inspecting body. */
    public abstract InspectingBody body();

    /** The unit the finding concerns (the finding's unit, else the inspected unit). */
    public abstract String unitCode();

    /** The finding. */
    public abstract Finding finding();

    /** Its required actions as they stand on the date asked. */
    public abstract List<TrackedAction> actions();

    /** Whether one of its actions is open. */
    public boolean isOpen() {
        return actions().stream().anyMatch(action -> action.status().isOpen());
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TrackedFinding}; obtain one with {@link TrackedFinding#builder()}. */
    public static final class Builder extends ImmutableTrackedFinding.Builder {
    }
}
