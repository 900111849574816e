package org.ketnghia.core.funding;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.money.Money;

/**
 * Reverses a receipt (or a cash counterpart contribution) recorded by mistake (<i>hủy/điều chỉnh giảm khoản
 * thu</i>), wholly or in part, with a reason and the accounting document. The receipt stays in the history; the
 * reversal names it. Refused when the receipt is unknown, belongs to another commune's fund, was already
 * reversed, or when the amount exceeds what is left of it in the commune's fund (money already spent or moved
 * cannot be reversed: reverse the expenditure first). {@link #unitCode()} is the commune that holds the receipt.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(ReverseReceipt.TYPE)
@JsonSerialize(as = ImmutableReverseReceipt.class)
@JsonDeserialize(as = ImmutableReverseReceipt.class)
public abstract class ReverseReceipt implements Command {

    /** Stable JSON type id. */
    public static final String TYPE = "funding.reverse-receipt";

    @Override
    public abstract Actor actor();

    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** Unique id of the reversal (shares the funding ids' namespace). */
    public abstract String reversalId();

    /** The receipt or cash counterpart contribution reversed. */
    public abstract String receiptId();

    /** The amount reversed; absent: the whole receipt. */
    public abstract Optional<Money> amount();

    /** Why it is reversed, e.g. {@code "Ghi trùng khoản thu thu-3"}; never blank. */
    public abstract String reason();

    /** The accounting document of the reversal (<i>số chứng từ</i>); never blank. */
    public abstract String documentReference();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableReverseReceipt.Builder {
    }
}
