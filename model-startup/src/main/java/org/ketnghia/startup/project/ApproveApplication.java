package org.ketnghia.startup.project;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Approves an eligible application (<i>phê duyệt</i>) with a budget per item, its milestones and the
 * tranches that pay the items against them; the approved total must stay within the state-share
 * ceiling given the counterpart, and within the call's budget. When the declared programme sets the norm
 * {@code startup.support-per-project}, an approved total above it needs {@link #aboveNormJustification()}.
 *
 * <p>The facts it shares with its event are declared once in {@link ApprovalFacts}.
 */
@Value.Immutable
@JsonTypeName(ApproveApplication.TYPE)
@JsonSerialize(as = ImmutableApproveApplication.class)
@JsonDeserialize(as = ImmutableApproveApplication.class)
public abstract class ApproveApplication implements Command, ApprovalFacts {

    /** Stable JSON type id. */
    public static final String TYPE = "startup.approve-application";

    ApproveApplication() {
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Who records it. */
    @Override
    public abstract Actor actor();

    /** The commune (or, for a call, the unit) it concerns. */
    @Override
    public abstract String unitCode();

    /** The date it happened. */
    @Override
    public abstract LocalDate occurredOn();

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableApproveApplication.Builder {
    }
}
