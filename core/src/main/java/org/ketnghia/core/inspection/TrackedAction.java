package org.ketnghia.core.inspection;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A required action as it stands on a date (a query result of {@link InspectionRegistry}): the inspection that
 * required it, where, by whom, its deadline in force (the latest reopening's, else the original) and its status.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TrackedAction {

    /** The inspection that required it. */
    public abstract String inspectionId();

    /** The day of that inspection. */
    public abstract LocalDate inspectedOn();

    /** The inspecting body. */
    public abstract InspectingBody body();

    /** The unit the finding concerns (the finding's unit, else the inspected unit). */
    public abstract String unitCode();

    /** The finding it answers. */
    public abstract Finding finding();

    /** The action as required. */
    public abstract RequiredAction action();

    /** The deadline in force on the date asked. */
    public abstract LocalDate deadline();

    /** The status on the date asked. */
    public abstract ActionStatus status();

    /** The day of the closure in force, if closed or confirmed. */
    public abstract Optional<LocalDate> closedOn();

    /** The evidence of the closure in force, if closed or confirmed. */
    public abstract Optional<String> evidenceReference();

    /** Whether it is open and its deadline has passed on {@code date}. */
    public boolean isOverdueOn(LocalDate date) {
        return status().isOpen() && deadline().isBefore(date);
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TrackedAction}; obtain one with {@link TrackedAction#builder()}. */
    public static final class Builder extends ImmutableTrackedAction.Builder {
    }
}
