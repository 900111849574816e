package org.ketnghia.startup.project;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A project was closed, completed or failed.
 *
 * <p>The facts it shares with its command are declared once in {@link ClosureFacts}.
 */
@Value.Immutable
@JsonTypeName(ProjectClosed.TYPE)
@JsonSerialize(as = ImmutableProjectClosed.class)
@JsonDeserialize(as = ImmutableProjectClosed.class)
public abstract class ProjectClosed implements LedgerEvent, ClosureFacts {

    /** Stable JSON type id. */
    public static final String TYPE = "startup.project-closed";

    ProjectClosed() {
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableProjectClosed.Builder {
    }
}
