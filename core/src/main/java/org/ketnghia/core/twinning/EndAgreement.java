package org.ketnghia.core.twinning;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Ends a twinning agreement (<i>chấm dứt thỏa thuận kết nghĩa</i>): from the day after {@link
 * #lastDay()} it no longer counts anywhere. Rejected when the agreement is unknown or already ended,
 * or the last day is before its start or after its agreed end.
 *
 * <p>{@link #unitCode()} is the unit the record concerns — the province (e.g. {@code "QNA"} until
 * 30 June 2025, {@code "DNG"} after) or the recipient — and must exist on {@link #occurredOn()}.
 * Recorded by the system, the provincial committee, or a district office or commune committee
 * within its scope. Every rule is checked at once; a rejected command appends nothing.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(EndAgreement.TYPE)
@JsonSerialize(as = ImmutableEndAgreement.class)
@JsonDeserialize(as = ImmutableEndAgreement.class)
public abstract class EndAgreement implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "twinning.end-agreement";

    @Override
    public abstract Actor actor();

    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The agreement to end. */
    public abstract String agreementId();

    /** The last day the agreement is in force. */
    public abstract LocalDate lastDay();

    /** Why it ends, in Vietnamese; empty if not given. */
    public abstract Optional<String> reasonVi();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link EndAgreement}; obtain one with {@link EndAgreement#builder()}. */
    public static final class Builder extends ImmutableEndAgreement.Builder {
    }
}
