package org.ketnghia.core.programme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
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
public abstract class ModelReplicated implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "programme.model-replicated";

    /** The stable id of the replication. */
    public abstract String replicationId();

    /** The model replicated. */
    public abstract String modelId();

    /** The pilot it was learnt from (a group id or a unit code); empty if not said. */
    public abstract Optional<String> learntFrom();

    /** How many households take part; 0 if not counted. */
    @Value.Default
    public int households() {
        return 0;
    }

    /** Who pays, in Vietnamese (e.g. "ngân sách xã", "hộ tự đầu tư"). */
    public abstract String fundedBy();

    /** What was replicated, in Vietnamese. */
    public abstract String descriptionVi();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ModelReplicated}; obtain one with {@link ModelReplicated#builder()}. */
    public static final class Builder extends ImmutableModelReplicated.Builder {
    }
}
