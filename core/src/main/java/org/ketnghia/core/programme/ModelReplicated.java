package org.ketnghia.core.programme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A pilot model was taken up beyond the pilot (<i>nhân rộng mô hình</i>): a group, village or commune
 * ({@link org.ketnghia.core.ledger.EventEnvelope#unitCode()}) now runs it with its own or other means.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(ModelReplicated.TYPE)
@JsonSerialize(as = ImmutableModelReplicated.class)
@JsonDeserialize(as = ImmutableModelReplicated.class)
public abstract class ModelReplicated implements LedgerEvent, ReplicationFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "programme.model-replicated";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ModelReplicated}; obtain one with {@link ModelReplicated#builder()}. */
    public static final class Builder extends ImmutableModelReplicated.Builder {
    }
}
