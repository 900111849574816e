package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;

/**
 * A purchase lot was accepted: which animals were accepted and paid for, which refused. Immutable.
 */
@Value.Immutable
@JsonTypeName(LotAccepted.TYPE)
@JsonSerialize(as = ImmutableLotAccepted.class)
@JsonDeserialize(as = ImmutableLotAccepted.class)
public abstract class LotAccepted implements LotAcceptanceFacts, LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.lot-accepted";

    /** The group. */
    public abstract String groupId();

    /** Ear tags accepted. */
    public abstract List<String> accepted();

    /** The amount paid for the accepted animals. */
    public abstract Money amountPaid();

    /**
     * The core funding expenditure recorded with it, when anything was paid: from the commune's fund for the model,
     * or from the group's revolving fund there; absent for a lot paid from the revolving fund before the funding
     * ledger kept revolving funds.
     */
    public abstract Optional<String> expenditureId();

    /**
     * The payment document (<i>chứng từ chi</i>) of a lot paid from the group's revolving fund (also the document
     * of its expenditure, when it has one); absent otherwise (and from the JSON, so lots accepted before it
     * keep their bytes).
     */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public abstract Optional<String> revolvingFundPaymentReference();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LotAccepted}. */
    public static final class Builder extends ImmutableLotAccepted.Builder {
    }
}
