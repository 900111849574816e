package org.ketnghia.startup.project;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;

/**
 * An approved project was amended (<i>điều chỉnh dự án</i>): from this event on, its approved items, milestones and
 * tranches are the ones it carries; the approval and earlier amendments stay in the ledger unchanged. Carries the
 * approved total before it, so that the support approved in a period counts the change.
 *
 * <p>The facts it shares with the approval are declared once in {@link ApprovalFacts}.
 */
@Value.Immutable
@JsonTypeName(ApprovalAmended.TYPE)
@JsonSerialize(as = ImmutableApprovalAmended.class)
@JsonDeserialize(as = ImmutableApprovalAmended.class)
public abstract class ApprovalAmended implements LedgerEvent, ApprovalFacts {

    /** Stable JSON type id. */
    public static final String TYPE = "startup.approval-amended";

    ApprovalAmended() {
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Why. */
    public abstract String reason();

    /** The approved total before the amendment. */
    public abstract Money previousTotal();

    /** The change of the approved total (negative when support was reduced). */
    public Money totalChange() {
        return approvedTotal().minus(previousTotal());
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableApprovalAmended.Builder {
    }
}
