package org.ketnghia.livestock.passon;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.money.Money;
import org.ketnghia.livestock.AnimalSex;
import org.ketnghia.livestock.LivestockErrorCode;

/**
 * A revolving pass-on rule (<i>phương án quay vòng</i>). Pass-on rules differ from place to place,
 * so each group's charter names one; the group records the whole value, frozen, when it is founded.
 *
 * <p>For {@link PassOnKind#OFFSPRING}: the household passes {@link #count()} offspring of {@link
 * #offspringSex()} (any sex when empty), at least the {@link #offspringOrdinal()}-th such offspring
 * of its mother, aged at least {@link #minimumAgeMonths()} months. For {@link PassOnKind#MOTHER}:
 * the household returns {@link #count()} of the mothers it received once one of her offspring of
 * {@link #offspringSex()} is {@link #minimumAgeMonths()} months old. Either way within {@link
 * #deadlineMonths()} of receiving, or — when {@link #cashAlternative()} is set — by paying that sum
 * into the revolving fund instead.
 *
 * <p>Immutable and thread-safe; no dependency on the ledger, so a simulator can apply it directly.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePassOnPolicy.class)
@JsonDeserialize(as = ImmutablePassOnPolicy.class)
public abstract class PassOnPolicy {

    /** Stable id, lower case with hyphens, e.g. {@code "first-female-offspring"}. */
    public abstract String id();

    /** Name in Vietnamese. */
    public abstract String nameVi();

    /** Name in English. */
    public abstract String nameEn();

    /** Offspring or the mother. */
    @Value.Default
    public PassOnKind kind() {
        return PassOnKind.OFFSPRING;
    }

    /** The sex required of the offspring (for MOTHER: of the offspring that frees the mother); empty = any. */
    public abstract Optional<AnimalSex> offspringSex();

    /** Which offspring at the earliest: 1 = the first, 2 = the second… (of the required sex). */
    @Value.Default
    public int offspringOrdinal() {
        return 1;
    }

    /** How many animals each household passes on. */
    @Value.Default
    public int count() {
        return 1;
    }

    /** Minimum age in months at hand-over (for MOTHER: of her offspring). */
    public abstract int minimumAgeMonths();

    /** Months after receiving by which the pass-on is due. */
    public abstract int deadlineMonths();

    /** Sum paid into the revolving fund instead of animals, if the policy allows it. */
    public abstract Optional<Money> cashAlternative();

    /** What a death of a received animal means for the obligation. */
    @Value.Default
    public DeathHandling deathHandling() {
        return DeathHandling.CERTIFIED_WRITE_OFF;
    }

    /** Whether selling an animal needs the commune's permission (<i>không tự ý bán</i>). */
    @Value.Default
    public boolean saleNeedsPermission() {
        return true;
    }

    /** How the waiting households are ordered. */
    @Value.Default
    public QueueOrder queueOrder() {
        return QueueOrder.CHARTER_ORDER;
    }

    /** The problems of this policy; empty when valid. */
    public List<Problem> problems() {
        List<Problem> found = new ArrayList<>();
        if (!id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            found.add(Problem.of(LivestockErrorCode.LIVESTOCK_POLICY_INVALID, "id", id(), "id must be lower case words joined by hyphens"));
        }
        check(found, nameVi().isBlank(), "nameVi", "name must not be blank");
        check(found, nameEn().isBlank(), "nameEn", "name must not be blank");
        check(found, offspringOrdinal() < 1, "offspringOrdinal", "must be at least 1");
        check(found, count() < 1, "count", "must be at least 1");
        check(found, minimumAgeMonths() < 0, "minimumAgeMonths", "must not be negative");
        check(found, deadlineMonths() < 1, "deadlineMonths", "must be at least 1");
        check(found, deadlineMonths() < minimumAgeMonths(), "deadlineMonths", "must not be shorter than the minimum age");
        check(found, cashAlternative().map(cash -> !cash.isPositive()).orElse(false), "cashAlternative",
                "must be positive");
        return List.copyOf(found);
    }

    private void check(List<Problem> found, boolean broken, String field, String rule) {
        if (broken) {
            found.add(Problem.of(LivestockErrorCode.LIVESTOCK_POLICY_INVALID, field, id(), rule));
        }
    }

    @Value.Check
    void validate() {
        List<Problem> found = problems();
        if (!found.isEmpty()) {
            throw new KetnghiaException(found);
        }
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PassOnPolicy}; {@code build()} throws {@link KetnghiaException} with every problem. */
    public static final class Builder extends ImmutablePassOnPolicy.Builder {
    }
}
