package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Records a vaccination round (<i>tiêm phòng</i>) of living animals. Immutable.
 */
@Value.Immutable
@JsonTypeName(RecordVaccination.TYPE)
@JsonSerialize(as = ImmutableRecordVaccination.class)
@JsonDeserialize(as = ImmutableRecordVaccination.class)
public abstract class RecordVaccination implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.record-vaccination";

    @Override
    public abstract Actor actor();

    /** The commune. */
    @Override
    public abstract String unitCode();

    /** The date it happened. */
    @Override
    public abstract LocalDate occurredOn();

    /** The animals vaccinated. */
    public abstract List<String> earTags();

    /** Against what. */
    public abstract Vaccine vaccine();

    /** The vaccination record’s reference. */
    public abstract String reference();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RecordVaccination}. */
    public static final class Builder extends ImmutableRecordVaccination.Builder {
    }
}
