package org.ketnghia.startup.project;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Pays one tranche of an approved project from the commune’s fund, atomically with a funding
 * expenditure: refused before its milestone, above what the tranche and the approval allow, or when
 * the commune has not received enough money for the start-up model.
 */
@Value.Immutable
@JsonTypeName(DisburseTranche.TYPE)
@JsonSerialize(as = ImmutableDisburseTranche.class)
@JsonDeserialize(as = ImmutableDisburseTranche.class)
public abstract class DisburseTranche implements Command {

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

    /** The application. */
    public abstract String applicationId();

    /** The tranche, as planned at approval. */
    public abstract int trancheNumber();

    /** What is paid now, per item. */
    public abstract List<ItemAmount> items();

    /** Id of the funding expenditure. */
    public abstract String expenditureId();

    /** The accounting document (<i>chứng từ</i>). */
    public abstract String documentReference();

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableDisburseTranche.Builder {
    }
}
