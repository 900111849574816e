package org.ketnghia.core.programme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.ketnghia.core.ledger.Actor;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Command;

/**
 * Records that a model was taken up beyond the pilot (<i>nhân rộng mô hình</i>) in the unit {@link
 * #unitCode()} (a village or commune). Rejected when the id is taken, the model is not one the ledger
 * knows, the households are negative, the description or funding is blank, or the unit is not within
 * a declared programme’s districts.
 *
 * <p>Recorded by the system, the provincial committee, a district office or a commune committee within
 * its scope. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(RecordReplication.TYPE)
@JsonSerialize(as = ImmutableRecordReplication.class)
@JsonDeserialize(as = ImmutableRecordReplication.class)
public abstract class RecordReplication implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "programme.record-replication";

    @Override
    public abstract Actor actor();

    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

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

    /** Who pays, in Vietnamese. */
    public abstract String fundedBy();

    /** What was replicated, in Vietnamese. */
    public abstract String descriptionVi();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RecordReplication}; obtain one with {@link RecordReplication#builder()}. */
    public static final class Builder extends ImmutableRecordReplication.Builder {
    }
}
