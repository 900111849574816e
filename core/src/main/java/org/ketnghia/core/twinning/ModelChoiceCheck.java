package org.ketnghia.core.twinning;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;

/**
 * The result of {@link TwoOfFourRule#check}: every twinned commune checked on a date and every one
 * that violates the rule.
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the date checked
 * @param minimum how many of the rule's models each commune needs
 * @param ruleModelIds the rule's models
 * @param checkedCommuneCodes every commune covered by at least one agreement on the date, sorted
 * @param violations the communes that have too few models, sorted by code; empty when the rule holds
 */
public record ModelChoiceCheck(
        LocalDate date,
        int minimum,
        List<String> ruleModelIds,
        List<String> checkedCommuneCodes,
        List<ModelChoiceViolation> violations) {

    /** Copies the lists. */
    public ModelChoiceCheck {
        requireNonNull(date, "date");
        ruleModelIds = List.copyOf(ruleModelIds);
        checkedCommuneCodes = List.copyOf(checkedCommuneCodes);
        violations = List.copyOf(violations);
    }

    /** Whether no commune violates the rule. */
    public boolean satisfied() {
        return violations.isEmpty();
    }

    /** The codes of the violating communes, sorted. */
    public List<String> violatingCommuneCodes() {
        return violations.stream().map(ModelChoiceViolation::communeCode).toList();
    }

    /** One problem per violation, with bilingual messages. */
    public List<Problem> problems() {
        return violations.stream().map(ModelChoiceViolation::toProblem).toList();
    }

    /** @throws KetnghiaException listing every violating commune, if any */
    public void throwIfViolated() {
        if (!violations.isEmpty()) {
            throw new KetnghiaException(problems());
        }
    }
}
