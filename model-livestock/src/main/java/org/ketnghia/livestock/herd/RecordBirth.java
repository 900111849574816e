package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Command;

/**
 * Records a birth (<i>sinh sản</i>) in a household's herd: the new animal's ear tag and sex; its
 * mother must be a living female kept by a household. Refused when the ear tag is already used.
 * Immutable.
 */
@Value.Immutable
@JsonTypeName(RecordBirth.TYPE)
@JsonSerialize(as = ImmutableRecordBirth.class)
@JsonDeserialize(as = ImmutableRecordBirth.class)
public abstract class RecordBirth implements BirthFacts, Command {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.record-birth";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RecordBirth}. */
    public static final class Builder extends ImmutableRecordBirth.Builder {
    }
}
