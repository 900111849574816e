package org.ketnghia.startup.project;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.core.eligibility.EligibilityReason;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * One application’s screening result within its call.
 */
@Value.Immutable
@JsonTypeName(ApplicationScreened.TYPE)
@JsonSerialize(as = ImmutableApplicationScreened.class)
@JsonDeserialize(as = ImmutableApplicationScreened.class)
public abstract class ApplicationScreened implements LedgerEvent {

    /** Stable JSON type id. */
    public static final String TYPE = "startup.application-screened";

    ApplicationScreened() {
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The application. */
    public abstract String applicationId();

    /** Its call. */
    public abstract String callId();

    /** Its place in the call’s ranked list, 1 first. */
    public abstract int rank();

    /** Whether it meets every condition. */
    public abstract boolean eligible();

    /** The priority points earned. */
    public abstract int priorityScore();

    /** Every condition checked, met or not. */
    public abstract List<EligibilityReason> conditions();

    /** Every priority checked, met or not. */
    public abstract List<EligibilityReason> priorities();

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableApplicationScreened.Builder {
    }
}
