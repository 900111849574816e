package org.ketnghia.training.course;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A training class was opened.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(ClassOpened.TYPE)
@JsonSerialize(as = ImmutableClassOpened.class)
@JsonDeserialize(as = ImmutableClassOpened.class)
public abstract class ClassOpened implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "training.class-opened";

    ClassOpened() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The class as opened. */
    public abstract TrainingClass trainingClass();

    /** Builds a {@link ClassOpened}. */
    public static final class Builder extends ImmutableClassOpened.Builder {
    }
}
