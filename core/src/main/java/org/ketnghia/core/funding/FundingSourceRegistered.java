package org.ketnghia.core.funding;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A funding source was registered (<i>đăng ký nguồn vốn</i>): an enterprise, investor,
 * philanthropist, sponsor, integrated programme, the state budget or a counterpart.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(FundingSourceRegistered.TYPE)
@JsonSerialize(as = ImmutableFundingSourceRegistered.class)
@JsonDeserialize(as = ImmutableFundingSourceRegistered.class)
public abstract class FundingSourceRegistered implements LedgerEvent {

    /** Stable JSON type id. */
    public static final String TYPE = "funding.source-registered";

    /** Unique id of the source. */
    public abstract String sourceId();

    /** Display name, e.g. "Công ty CP Vinamilk". */
    public abstract String name();

    /** What kind of source it is. */
    public abstract FundingSourceKind kind();

    /** The twinning sponsor this source belongs to, if any (an id of the twinning feature). */
    public abstract Optional<String> sponsorId();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableFundingSourceRegistered.Builder {
    }
}
