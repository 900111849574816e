package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Command;

/**
 * Records a vaccination round (<i>tiêm phòng</i>) of living animals. Immutable.
 */
@Value.Immutable
@JsonTypeName(RecordVaccination.TYPE)
@JsonSerialize(as = ImmutableRecordVaccination.class)
@JsonDeserialize(as = ImmutableRecordVaccination.class)
public abstract class RecordVaccination implements VaccinationFacts, Command {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.record-vaccination";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RecordVaccination}. */
    public static final class Builder extends ImmutableRecordVaccination.Builder {
    }
}
