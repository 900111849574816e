package org.ketnghia.core.participant.poverty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.ketnghia.core.money.Money;

/**
 * What the commune found about one household in a poverty review (rà soát hộ nghèo, hộ cận
 * nghèo), the input of {@link PovertyClassifier}.
 *
 * <p>The value only requires its attributes to be present; the rules that depend on the standard
 * in force (known indicator ids, a standard at the date) and on each other (income not negative,
 * exit date not after the assessment) are checked all together by {@link
 * PovertyClassifier#validate(PovertyAssessment)}, so that an official sees every problem at once.
 *
 * <p>Contains sensitive personal data (income, deprivations): never publish it. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePovertyAssessment.class)
@JsonDeserialize(as = ImmutablePovertyAssessment.class)
public abstract class PovertyAssessment {

    PovertyAssessment() {
    }

    /** A builder for an assessment. */
    public static Builder builder() {
        return new Builder();
    }

    /** The date of the assessment; selects the poverty standard in force. */
    public abstract LocalDate assessmentDate();

    /** Whether the household lives in a rural or an urban area. */
    public abstract Area area();

    /** The household's average income per person per month. */
    public abstract Money monthlyIncomePerPerson();

    /** The ids of the indicators in which the household is deprived, e.g. {@code "health-insurance"}. */
    public abstract Set<String> deprivations();

    /** The household's category before this assessment, if known. */
    public abstract Optional<PovertyCategory> previousStatus();

    /**
     * The date the household left the poor or near-poor list, if it did. When absent and {@link
     * #previousStatus()} is poor or near-poor, a household now above the line is taken to leave the
     * list on the {@link #assessmentDate()}.
     */
    public abstract Optional<LocalDate> listExitDate();

    /** Builds a {@link PovertyAssessment}. */
    public static final class Builder extends ImmutablePovertyAssessment.Builder {
    }
}
