package org.ketnghia.core.eligibility;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Map;
import org.ketnghia.core.value.BilingualText;

/**
 * Why a rule decided as it did: a stable code, the message in Vietnamese and English, whether the
 * rule was met, and the facts it used (e.g. {@code {"category": "NEAR_POOR", "year": "2021"}}).
 *
 * @param ruleId the rule that gave the reason
 * @param met whether the subject met the rule
 * @param messageVi explanation in Vietnamese
 * @param messageEn explanation in English
 * @param facts the facts used, by name
 */
public record EligibilityReason(String ruleId, boolean met, String messageVi, String messageEn, Map<String, String> facts) {

    /** Checks that no part is missing. */
    public EligibilityReason {
        requireNonNull(ruleId, "ruleId");
        requireNonNull(messageVi, "messageVi");
        requireNonNull(messageEn, "messageEn");
        facts = Map.copyOf(facts);
    }

    /** The explanation in Vietnamese and English, as one value. */
    @JsonIgnore
    public BilingualText message() {
        return BilingualText.of(messageVi, messageEn);
    }
}
