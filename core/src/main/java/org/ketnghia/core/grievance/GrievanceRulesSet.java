package org.ketnghia.core.grievance;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * The deadlines for complaints about the public lists of a programme were set (<i>quy định thời hạn giải quyết phản
 * ánh</i>), for complaints received from the event's date on.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(GrievanceRulesSet.TYPE)
@JsonSerialize(as = ImmutableGrievanceRulesSet.class)
@JsonDeserialize(as = ImmutableGrievanceRulesSet.class)
public abstract class GrievanceRulesSet implements LedgerEvent, GrievanceRulesFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "grievance.rules-set";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GrievanceRulesSet}; obtain one with {@link GrievanceRulesSet#builder()}. */
    public static final class Builder extends ImmutableGrievanceRulesSet.Builder {
    }
}
