package org.ketnghia.training.course;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * An official was enrolled in a class.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(OfficialEnrolled.TYPE)
@JsonSerialize(as = ImmutableOfficialEnrolled.class)
@JsonDeserialize(as = ImmutableOfficialEnrolled.class)
public abstract class OfficialEnrolled implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "training.official-enrolled";

    OfficialEnrolled() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The class. */
    public abstract String classId();

    /** The official. */
    public abstract String personId();

    /** Builds a {@link OfficialEnrolled}. */
    public static final class Builder extends ImmutableOfficialEnrolled.Builder {
    }
}
