package org.ketnghia.core.twinning;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Records a signed twinning agreement (<i>ký kết thỏa thuận kết nghĩa</i>). Rejected when the id is
 * blank or already used; there is no sponsor, a sponsor is not registered or named twice; the
 * recipient does not exist on the start date or is neither a commune nor a district; the period is
 * inverted; no model is chosen, a model id is malformed or repeated; a commitment is for a model not
 * chosen, repeated, blank, or pledges an amount that is not positive; or a sponsor already has an agreement of the
 * same programme with the same recipient whose period (to its last day, if ended early) overlaps this one's
 * ({@code TWINNING_OVERLAPPING_AGREEMENT}, naming it: amend that agreement's models instead, or end it first).
 *
 * <p>{@link #unitCode()} is the unit the record concerns — the province (e.g. {@code "QNA"} until
 * 30 June 2025, {@code "DNG"} after) or the recipient — and must exist on {@link #occurredOn()}.
 * Recorded by the system, the provincial committee, or a district office or commune committee
 * within its scope. Every rule is checked at once; a rejected command appends nothing.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(SignAgreement.TYPE)
@JsonSerialize(as = ImmutableSignAgreement.class)
@JsonDeserialize(as = ImmutableSignAgreement.class)
public abstract class SignAgreement implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "twinning.sign-agreement";

    @Override
    public abstract Actor actor();

    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The agreement as signed. */
    public abstract TwinningAgreement agreement();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SignAgreement}; obtain one with {@link SignAgreement#builder()}. */
    public static final class Builder extends ImmutableSignAgreement.Builder {
    }
}
