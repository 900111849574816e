package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.participant.privacy.Sensitive;
import org.ketnghia.core.participant.privacy.SensitiveKind;

/**
 * A household's ethnicity was corrected (the official code; sensitive personal data).
 * Produced by {@link CorrectHouseholdEthnicity}.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(HouseholdEthnicityCorrected.TYPE)
@JsonSerialize(as = ImmutableHouseholdEthnicityCorrected.class)
@JsonDeserialize(as = ImmutableHouseholdEthnicityCorrected.class)
public abstract class HouseholdEthnicityCorrected implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.household-ethnicity-corrected";

    HouseholdEthnicityCorrected() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The household. */
    public abstract String householdId();

    /** The official code of the ethnic group. */
    @Sensitive(kind = SensitiveKind.ETHNICITY)
    public abstract String ethnicityCode();

    /** Why. */
    public abstract String reason();

    /** Builds a {@link HouseholdEthnicityCorrected}. */
    public static final class Builder extends ImmutableHouseholdEthnicityCorrected.Builder {
    }
}
