package org.ketnghia.core.funding;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;

/**
 * An expenditure was reversed (<i>hủy khoản chi</i>): its money returned to the receipts that had paid for it,
 * and it no longer counts as spent. Produced by {@link ReverseExpenditure}. Immutable.
 */
@Value.Immutable
@JsonTypeName(ExpenditureReversed.TYPE)
@JsonSerialize(as = ImmutableExpenditureReversed.class)
@JsonDeserialize(as = ImmutableExpenditureReversed.class)
public abstract class ExpenditureReversed implements LedgerEvent {

    /** Stable JSON type id. */
    public static final String TYPE = "funding.expenditure-reversed";

    /** Unique id of the reversal. */
    public abstract String reversalId();

    /** The expenditure reversed. */
    public abstract String expenditureId();

    /** The commune that had spent it. */
    public abstract String communeCode();

    /** The amount returned to the fund: the whole expenditure. */
    public abstract Money amount();

    /** Why. */
    public abstract String reason();

    /** The accounting document of the reversal. */
    public abstract String documentReference();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableExpenditureReversed.Builder {
    }
}
