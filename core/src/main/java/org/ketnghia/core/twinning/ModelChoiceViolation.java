package org.ketnghia.core.twinning;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;
import org.ketnghia.core.error.Problem;

/**
 * One commune whose sponsors together chose too few of the rule's models.
 *
 * <p>Immutable and thread-safe.
 *
 * @param communeCode the commune's code on the date checked, e.g. {@code "DNG.HUNG-SON"}
 * @param communeName the commune's name, e.g. {@code "Hùng Sơn"}
 * @param sponsors the sponsors twinned with it, in the order registered
 * @param agreementIds the agreements covering it, in the order signed
 * @param chosenModelIds every model chosen for it so far, sorted (including models outside the rule's set)
 * @param countedModelIds the chosen models that count for the rule, sorted
 * @param minimum how many of the rule's models are required
 * @param ruleModelIds the rule's models
 */
public record ModelChoiceViolation(
        String communeCode,
        String communeName,
        List<Sponsor> sponsors,
        List<String> agreementIds,
        List<String> chosenModelIds,
        List<String> countedModelIds,
        int minimum,
        List<String> ruleModelIds) {

    /** Copies the lists. */
    public ModelChoiceViolation {
        requireNonNull(communeCode, "communeCode");
        requireNonNull(communeName, "communeName");
        sponsors = List.copyOf(sponsors);
        agreementIds = List.copyOf(agreementIds);
        chosenModelIds = List.copyOf(chosenModelIds);
        countedModelIds = List.copyOf(countedModelIds);
        ruleModelIds = List.copyOf(ruleModelIds);
    }

    /** The ids of {@link #sponsors()}. */
    public List<String> sponsorIds() {
        return sponsors.stream().map(Sponsor::id).toList();
    }

    /** How many more of the rule's models must be chosen. */
    public int missingCount() {
        return minimum - countedModelIds.size();
    }

    /** The violation as a {@link TwinningErrorCode#TWINNING_TOO_FEW_MODELS} problem, field {@code "communes[<code>]"}. */
    public Problem toProblem() {
        String sponsorNames = sponsors.stream().map(Sponsor::name).collect(Collectors.joining(", "));
        String models = countedModelIds.isEmpty() ? "—" : String.join(", ", countedModelIds);
        return Problem.of(TwinningErrorCode.TWINNING_TOO_FEW_MODELS, "communes[" + communeCode + "]", communeName,
                communeCode, sponsorNames, countedModelIds.size(), ruleModelIds.size(), models, minimum);
    }

    /** The message in Vietnamese. */
    public String messageVi() {
        return toProblem().messageVi();
    }

    /** The message in English. */
    public String messageEn() {
        return toProblem().messageEn();
    }
}
