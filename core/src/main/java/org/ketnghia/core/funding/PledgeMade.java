package org.ketnghia.core.funding;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;

/**
 * A source pledged money (<i>cam kết</i>) to a commune for a pilot model and optionally one of its
 * activities. A pledge is a promise, not money: receipts against it fill it. Immutable.
 */
@Value.Immutable
@JsonTypeName(PledgeMade.TYPE)
@JsonSerialize(as = ImmutablePledgeMade.class)
@JsonDeserialize(as = ImmutablePledgeMade.class)
public abstract class PledgeMade implements LedgerEvent {

    /** Stable JSON type id. */
    public static final String TYPE = "funding.pledge-made";

    /** Unique id of the pledge. */
    public abstract String pledgeId();

    /** Who pledges. */
    public abstract String sourceId();

    /** The recipient commune (its UBND xã), as a unit code. */
    public abstract String communeCode();

    /** The pilot model the money is for. */
    public abstract String modelId();

    /** The activity of the model, if earmarked. */
    public abstract Optional<String> activity();

    /** The amount pledged; positive. */
    public abstract Money amount();

    /** The purpose: model and optional activity. */
    public FundPurpose purpose() {
        return new FundPurpose(modelId(), activity());
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutablePledgeMade.Builder {
    }
}
