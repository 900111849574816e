package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Command;

/**
 * Records a death (<i>con giống chết</i>) with its date, cause and, if any, the vet’s certificate
 * (<i>xác nhận của thú y</i>). Refused without a date, with a date after the record, or for an animal
 * that is unknown or no longer alive. Immutable.
 */
@Value.Immutable
@JsonTypeName(RecordDeath.TYPE)
@JsonSerialize(as = ImmutableRecordDeath.class)
@JsonDeserialize(as = ImmutableRecordDeath.class)
public abstract class RecordDeath implements DeathFacts, Command {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.record-death";

    /** The date it died; required. */
    public abstract Optional<LocalDate> diedOn();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RecordDeath}. */
    public static final class Builder extends ImmutableRecordDeath.Builder {
    }
}
