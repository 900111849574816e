package org.ketnghia.core.programme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Records that a model was taken up beyond the pilot (<i>nhân rộng mô hình</i>) in the unit {@link
 * #unitCode()} (a village or commune). Rejected when the id is blank or taken, the model, the description
 * or the funding is blank, the households are negative, or the unit is not within a declared programme's
 * districts.
 *
 * <p>Recorded by the system, the provincial committee, a district office or a commune committee within
 * its scope. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(RecordReplication.TYPE)
@JsonSerialize(as = ImmutableRecordReplication.class)
@JsonDeserialize(as = ImmutableRecordReplication.class)
public abstract class RecordReplication implements Command, ReplicationFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "programme.record-replication";

    @Override
    public abstract Actor actor();

    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RecordReplication}; obtain one with {@link RecordReplication#builder()}. */
    public static final class Builder extends ImmutableRecordReplication.Builder {
    }
}
