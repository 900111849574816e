package org.ketnghia.core.twinning;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Amends a commune's model plan (<i>điều chỉnh phương án</i>): the new scope is a new version that needs its own
 * approval; until then the last approved version stays in force. Rejected when the plan is unknown or not the
 * commune's, the model changes, the day is before the latest version, the reason is blank, or the scope is broken as
 * for {@link RecordModelPlan}.
 *
 * <p>Recorded by the system, the provincial committee, or a district office or commune committee within its scope.
 * Every rule is checked at once; a rejected command appends nothing. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(AmendModelPlan.TYPE)
@JsonSerialize(as = ImmutableAmendModelPlan.class)
@JsonDeserialize(as = ImmutableAmendModelPlan.class)
public abstract class AmendModelPlan implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "twinning.amend-model-plan";

    @Override
    public abstract Actor actor();

    /** The commune concerned. */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The plan. */
    public abstract String planId();

    /** The amended scope. */
    public abstract ModelPlanScope scope();

    /** Why, in Vietnamese. */
    public abstract String reasonVi();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link AmendModelPlan}; obtain one with {@link AmendModelPlan#builder()}. */
    public static final class Builder extends ImmutableAmendModelPlan.Builder {
    }
}
