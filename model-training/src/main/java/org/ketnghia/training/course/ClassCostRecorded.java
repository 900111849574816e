package org.ketnghia.training.course;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A cost of a class was recorded; {@code fromCommuneFund} tells whether it was spent from the commune's fund (with an accompanying core expenditure event of the same id).
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(ClassCostRecorded.TYPE)
@JsonSerialize(as = ImmutableClassCostRecorded.class)
@JsonDeserialize(as = ImmutableClassCostRecorded.class)
public abstract class ClassCostRecorded implements LedgerEvent, ClassCostFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "training.class-cost-recorded";

    ClassCostRecorded() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether it was paid from the commune fund (with a core expenditure event of the same id). */
    public abstract boolean fromCommuneFund();

    /** Builds a {@link ClassCostRecorded}. */
    public static final class Builder extends ImmutableClassCostRecorded.Builder {
    }
}
