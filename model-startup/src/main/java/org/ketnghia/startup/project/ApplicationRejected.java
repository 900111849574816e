package org.ketnghia.startup.project;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A screened application was rejected.
 */
@Value.Immutable
@JsonTypeName(ApplicationRejected.TYPE)
@JsonSerialize(as = ImmutableApplicationRejected.class)
@JsonDeserialize(as = ImmutableApplicationRejected.class)
public abstract class ApplicationRejected implements LedgerEvent {

    /** Stable JSON type id. */
    public static final String TYPE = "startup.application-rejected";

    ApplicationRejected() {
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The application. */
    public abstract String applicationId();

    /** Why. */
    public abstract String reasonVi();

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableApplicationRejected.Builder {
    }
}
