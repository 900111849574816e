package org.ketnghia.core.twinning;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Approves the latest version of a commune's model plan (<i>phê duyệt phương án</i>) by the district office (while the
 * district level exists) or the provincial committee. Rejected when the plan is unknown or not the commune's, its
 * latest version is already approved, the day is before that version, the decision is blank, the level is not the
 * one the recorder acts for (a district office approves as the district office, the provincial committee as the
 * provincial committee), or a district approval is dated when the commune has no district.
 *
 * <p>Recorded by the system, the provincial committee, or a district office within its scope — never by the
 * commune that drafted the plan. Every rule is checked at once; a rejected command appends nothing. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonTypeName(ApproveModelPlan.TYPE)
@JsonSerialize(as = ImmutableApproveModelPlan.class)
@JsonDeserialize(as = ImmutableApproveModelPlan.class)
public abstract class ApproveModelPlan implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "twinning.approve-model-plan";

    @Override
    public abstract Actor actor();

    /** The commune concerned. */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The plan. */
    public abstract String planId();

    /** The approving level. */
    public abstract PlanApprovalLevel level();

    /** The approval decision (<i>quyết định phê duyệt</i>). */
    public abstract String decision();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ApproveModelPlan}; obtain one with {@link ApproveModelPlan#builder()}. */
    public static final class Builder extends ImmutableApproveModelPlan.Builder {
    }
}
