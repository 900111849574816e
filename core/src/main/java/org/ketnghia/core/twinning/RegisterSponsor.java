package org.ketnghia.core.twinning;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Registers a sponsor (<i>đăng ký đơn vị kết nghĩa</i>). Rejected when the id is blank or already
 * registered, the name is blank, or a locality unit is given for a sponsor that is not a lowland
 * locality or names no known administrative unit.
 *
 * <p>{@link #unitCode()} is the unit the record concerns — the province (e.g. {@code "QNA"} until
 * 30 June 2025, {@code "DNG"} after) or the recipient — and must exist on {@link #occurredOn()}.
 * Recorded by the system, the provincial committee, or a district office or commune committee
 * within its scope. Every rule is checked at once; a rejected command appends nothing.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(RegisterSponsor.TYPE)
@JsonSerialize(as = ImmutableRegisterSponsor.class)
@JsonDeserialize(as = ImmutableRegisterSponsor.class)
public abstract class RegisterSponsor implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "twinning.register-sponsor";

    @Override
    public abstract Actor actor();

    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The sponsor to register. */
    public abstract Sponsor sponsor();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RegisterSponsor}; obtain one with {@link RegisterSponsor#builder()}. */
    public static final class Builder extends ImmutableRegisterSponsor.Builder {
    }
}
