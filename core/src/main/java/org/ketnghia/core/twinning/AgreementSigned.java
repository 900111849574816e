package org.ketnghia.core.twinning;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A twinning agreement (<i>thỏa thuận kết nghĩa</i>) was signed, with its terms as agreed.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(AgreementSigned.TYPE)
@JsonSerialize(as = ImmutableAgreementSigned.class)
@JsonDeserialize(as = ImmutableAgreementSigned.class)
public abstract class AgreementSigned implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "twinning.agreement-signed";

    /** The agreement as signed. */
    public abstract TwinningAgreement agreement();

    /** The event for {@code agreement}. */
    public static AgreementSigned of(TwinningAgreement agreement) {
        return builder().agreement(agreement).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link AgreementSigned}; obtain one with {@link AgreementSigned#builder()}. */
    public static final class Builder extends ImmutableAgreementSigned.Builder {
    }
}
