package org.ketnghia.village.simulation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.money.Money;

/**
 * A village's plan to recognition, the model's part of a simulation scenario (the programme file's
 * {@code models.village} section): the work per criterion, the money available each month (all
 * sources together), and the months the workflow self-assessment → proposal → inspection → dossier →
 * decision takes once every criterion is met. Unfunded work waits; money goes to the criteria in the
 * order listed. Which villages are traced, and their zones, come from the host's trace context, not
 * from the plan. Immutable.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecognitionPlan.class)
@JsonDeserialize(as = ImmutableRecognitionPlan.class)
public abstract class RecognitionPlan {

    /**
     * The unit the plan is for; needed for a budget estimate (any unit) and for trace mode (the pilot
     * commune whose villages, named by the trace context, are simulated and whose fund pays the work).
     */
    public abstract Optional<String> unitCode();

    /** How many identical villages the plan covers; at least 1. */
    @Value.Default
    public int villages() {
        return 1;
    }

    /** Money available to a village each month. */
    public abstract Money fundingPerMonth();

    /** Months from all criteria met to the recognition decision. */
    @Value.Default
    public int processMonths() {
        return 3;
    }

    /** The work per criterion. */
    public abstract List<CriterionWork> criteria();

    /**
     * For trace mode: the sponsors (<i>đơn vị kết nghĩa</i>) that take on the criteria with a gap,
     * in turn; a sponsor the ledger does not find twinned with the village's commune is left out.
     */
    public abstract List<String> sponsorIds();

    /**
     * Every problem of the plan.
     *
     * @throws org.ketnghia.core.error.KetnghiaException listing them, if any
     */
    public void validate() {
        Problems problems = new Problems();
        problems.check(villages() < 1, CoreErrorCode.VALUE_OUT_OF_RANGE, "villages", villages(), 1, 10_000);
        problems.check(fundingPerMonth().isNegative(), CoreErrorCode.VALUE_NEGATIVE, "fundingPerMonth", fundingPerMonth());
        problems.check(processMonths() < 0, CoreErrorCode.VALUE_NEGATIVE, "processMonths", processMonths());
        problems.check(criteria().isEmpty(), CoreErrorCode.VALUE_REQUIRED, "criteria");
        for (int i = 0; i < criteria().size(); i++) {
            CriterionWork work = criteria().get(i);
            String field = "criteria[" + i + "]";
            problems.check(work.criterionId().isBlank(), CoreErrorCode.VALUE_BLANK, field + ".criterionId");
            problems.check(!(work.gap() >= 0) || !Double.isFinite(work.gap()), CoreErrorCode.VALUE_NEGATIVE,
                    field + ".gap", work.gap());
            problems.check(!(work.improvementPerMonth() > 0) || !Double.isFinite(work.improvementPerMonth()),
                    CoreErrorCode.VALUE_OUT_OF_RANGE, field + ".improvementPerMonth", work.improvementPerMonth(),
                    "> 0", "∞");
            problems.check(!(work.variability() >= 0 && work.variability() <= 1), CoreErrorCode.VALUE_OUT_OF_RANGE,
                    field + ".variability", work.variability(), 0, 1);
            problems.check(work.costPerPoint().isNegative(), CoreErrorCode.VALUE_NEGATIVE, field + ".costPerPoint",
                    work.costPerPoint());
        }
        problems.throwIfAny();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RecognitionPlan}. */
    public static final class Builder extends ImmutableRecognitionPlan.Builder {
    }
}
