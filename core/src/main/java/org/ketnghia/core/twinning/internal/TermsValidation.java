package org.ketnghia.core.twinning.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.twinning.Commitment;
import org.ketnghia.core.twinning.TwinningErrorCode;

/** Checks shared by the agreement commands: chosen models and commitments. */
public final class TermsValidation {

    /** The id rule of installed pilot models. */
    private static final Pattern MODEL_ID = Pattern.compile("[a-z][a-z0-9-]*");

    private TermsValidation() {
    }

    static void checkModels(String field, List<String> modelIds, Problems problems) {
        problems.check(modelIds.isEmpty(), TwinningErrorCode.TWINNING_NO_MODEL, field);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < modelIds.size(); i++) {
            String modelId = modelIds.get(i);
            String itemField = field + "[" + i + "]";
            if (!MODEL_ID.matcher(modelId).matches()) {
                problems.add(TwinningErrorCode.TWINNING_INVALID_MODEL_ID, itemField, modelId);
            } else if (!seen.add(modelId)) {
                problems.add(CoreErrorCode.VALUE_DUPLICATE, itemField, modelId);
            }
        }
    }

    static void checkCommitments(String field, List<Commitment> commitments, List<String> modelIds, Problems problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < commitments.size(); i++) {
            Commitment commitment = commitments.get(i);
            String itemField = field + "[" + i + "]";
            if (!modelIds.contains(commitment.modelId())) {
                problems.add(TwinningErrorCode.TWINNING_COMMITMENT_MODEL_NOT_CHOSEN, itemField + ".modelId",
                        commitment.modelId());
            } else if (!seen.add(commitment.modelId())) {
                problems.add(CoreErrorCode.VALUE_DUPLICATE, itemField + ".modelId", commitment.modelId());
            }
            problems.check(commitment.descriptionVi().isBlank(), CoreErrorCode.VALUE_BLANK, itemField + ".descriptionVi");
            commitment.pledgedAmount().ifPresent(amount -> problems.check(!amount.isPositive(),
                    TwinningErrorCode.TWINNING_PLEDGE_NOT_POSITIVE, itemField + ".pledgedAmount", amount.toVietnamese()));
        }
    }
}
