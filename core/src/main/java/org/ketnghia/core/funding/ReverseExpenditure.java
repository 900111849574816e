package org.ketnghia.core.funding;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Reverses an expenditure recorded by mistake (<i>hủy khoản chi ghi sai</i>), wholly, with a reason and the
 * accounting document: the money returns to the receipts that paid for it, so every đồng stays traceable. The
 * expenditure stays in the history; the reversal names it. Refused when the expenditure is unknown, belongs to
 * another commune, or was already reversed. {@link #unitCode()} is the commune that spent. Reversing the money
 * does not undo what a pilot model recorded with it (animals bought, say): that model's own correction does.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(ReverseExpenditure.TYPE)
@JsonSerialize(as = ImmutableReverseExpenditure.class)
@JsonDeserialize(as = ImmutableReverseExpenditure.class)
public abstract class ReverseExpenditure implements Command {

    /** Stable JSON type id. */
    public static final String TYPE = "funding.reverse-expenditure";

    @Override
    public abstract Actor actor();

    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** Unique id of the reversal (shares the funding ids' namespace). */
    public abstract String reversalId();

    /** The expenditure reversed. */
    public abstract String expenditureId();

    /** Why it is reversed; never blank. */
    public abstract String reason();

    /** The accounting document of the reversal (<i>số chứng từ</i>); never blank. */
    public abstract String documentReference();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableReverseExpenditure.Builder {
    }
}
