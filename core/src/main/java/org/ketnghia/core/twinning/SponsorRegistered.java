package org.ketnghia.core.twinning;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A sponsor (<i>đơn vị kết nghĩa</i>) was registered.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(SponsorRegistered.TYPE)
@JsonSerialize(as = ImmutableSponsorRegistered.class)
@JsonDeserialize(as = ImmutableSponsorRegistered.class)
public abstract class SponsorRegistered implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "twinning.sponsor-registered";

    /** The sponsor as registered. */
    public abstract Sponsor sponsor();

    /** The event for {@code sponsor}. */
    public static SponsorRegistered of(Sponsor sponsor) {
        return builder().sponsor(sponsor).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SponsorRegistered}; obtain one with {@link SponsorRegistered#builder()}. */
    public static final class Builder extends ImmutableSponsorRegistered.Builder {
    }
}
