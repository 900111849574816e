package org.ketnghia.startup.project;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Closes a project: completed (every tranche paid, followed up) or failed (at any time after approval).
 *
 * <p>The facts it shares with its event are declared once in {@link ClosureFacts}.
 */
@Value.Immutable
@JsonTypeName(CloseProject.TYPE)
@JsonSerialize(as = ImmutableCloseProject.class)
@JsonDeserialize(as = ImmutableCloseProject.class)
public abstract class CloseProject implements Command, ClosureFacts {

    /** Stable JSON type id. */
    public static final String TYPE = "startup.close-project";

    CloseProject() {
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Who records it. */
    @Override
    public abstract Actor actor();

    /** The commune (or, for a call, the unit) it concerns. */
    @Override
    public abstract String unitCode();

    /** The date it happened. */
    @Override
    public abstract LocalDate occurredOn();

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableCloseProject.Builder {
    }
}
