package org.ketnghia.core.funding;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/** Registers a funding source (<i>đăng ký nguồn vốn</i>); {@link #unitCode()} is the unit recording it. */
@Value.Immutable
@JsonTypeName(RegisterFundingSource.TYPE)
@JsonSerialize(as = ImmutableRegisterFundingSource.class)
@JsonDeserialize(as = ImmutableRegisterFundingSource.class)
public abstract class RegisterFundingSource implements Command {

    /** Stable JSON type id. */
    public static final String TYPE = "funding.register-source";

    @Override
    public abstract Actor actor();

    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** Unique id of the new source. */
    public abstract String sourceId();

    /** Display name. */
    public abstract String name();

    /** Kind of source. */
    public abstract FundingSourceKind kind();

    /** The twinning sponsor the source belongs to, if any. */
    @Override
    public abstract Optional<String> sponsorId();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableRegisterFundingSource.Builder {
    }
}
