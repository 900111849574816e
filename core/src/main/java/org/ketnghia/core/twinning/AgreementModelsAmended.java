package org.ketnghia.core.twinning;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * The pilot models chosen in an agreement (and the commitments for them) were changed, from
 * {@link #effectiveFrom()} on; before that day the previous choice stays in force.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(AgreementModelsAmended.TYPE)
@JsonSerialize(as = ImmutableAgreementModelsAmended.class)
@JsonDeserialize(as = ImmutableAgreementModelsAmended.class)
public abstract class AgreementModelsAmended implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "twinning.agreement-models-amended";

    /** The agreement amended. */
    public abstract String agreementId();

    /** The first day the new choice is in force. */
    public abstract LocalDate effectiveFrom();

    /** The models chosen from that day. */
    public abstract List<String> modelIds();

    /** The commitments from that day, replacing the previous ones. */
    public abstract List<Commitment> commitments();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link AgreementModelsAmended}; obtain one with {@link AgreementModelsAmended#builder()}. */
    public static final class Builder extends ImmutableAgreementModelsAmended.Builder {
    }
}
