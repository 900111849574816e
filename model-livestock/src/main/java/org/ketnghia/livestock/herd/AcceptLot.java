package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Command;

/**
 * Accepts a purchase lot (<i>nghiệm thu</i>) in the presence of the oversight parties the plan names
 * (the sponsor, the provincial ethnic affairs committee, and — while districts exist, before 1 July
 * 2025 — the district ethnic affairs and agriculture offices): the animals not listed as rejected are
 * accepted and paid for from the commune's fund, atomically, as a core funding expenditure. Refused
 * when the lot is unknown or already accepted, a party is missing, a rejected tag is not in the lot,
 * an accepted animal has no health certificate, or the funds do not cover the accepted animals. A lot
 * paid from the group's revolving fund is paid from that fund instead: its expenditure is earmarked {@code
 * livestock/quy-quay-vong:<groupId>}, draws only on the money the group's households paid in (never on the
 * commune's money for the model), does not count against the plan's allotment, and is refused when the funding
 * ledger's fund of the commune recording cannot pay; the event keeps the payment document in {@link
 * LotAccepted#revolvingFundPaymentReference()} too. Immutable.
 */
@Value.Immutable
@JsonTypeName(AcceptLot.TYPE)
@JsonSerialize(as = ImmutableAcceptLot.class)
@JsonDeserialize(as = ImmutableAcceptLot.class)
public abstract class AcceptLot implements LotAcceptanceFacts, Command {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.accept-lot";

    /** The payment document (<i>chứng từ chi</i>). */
    public abstract String paymentReference();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link AcceptLot}. */
    public static final class Builder extends ImmutableAcceptLot.Builder {
    }
}
