package org.ketnghia.startup.project;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Pays one tranche of an approved project from the commune’s fund, atomically with a funding
 * expenditure: refused before its milestone, above what the tranche and the approval allow, or when
 * the commune has not received enough money for the start-up model.
 *
 * <p>The facts it shares with its event are declared once in {@link TrancheFacts}.
 */
@Value.Immutable
@JsonTypeName(DisburseTranche.TYPE)
@JsonSerialize(as = ImmutableDisburseTranche.class)
@JsonDeserialize(as = ImmutableDisburseTranche.class)
public abstract class DisburseTranche implements Command, TrancheFacts {

    /** Stable JSON type id. */
    public static final String TYPE = "startup.disburse-tranche";

    DisburseTranche() {
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

    /** The accounting document (<i>chứng từ</i>). */
    public abstract String documentReference();

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableDisburseTranche.Builder {
    }
}
