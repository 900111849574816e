package org.ketnghia.core.twinning;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A twinning agreement was ended (<i>chấm dứt</i>): {@link #lastDay()} is its last day in force.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(AgreementEnded.TYPE)
@JsonSerialize(as = ImmutableAgreementEnded.class)
@JsonDeserialize(as = ImmutableAgreementEnded.class)
public abstract class AgreementEnded implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "twinning.agreement-ended";

    /** The agreement ended. */
    public abstract String agreementId();

    /** The last day the agreement is in force. */
    public abstract LocalDate lastDay();

    /** Why it ended, in Vietnamese; empty if not given. */
    public abstract Optional<String> reasonVi();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link AgreementEnded}; obtain one with {@link AgreementEnded#builder()}. */
    public static final class Builder extends ImmutableAgreementEnded.Builder {
    }
}
