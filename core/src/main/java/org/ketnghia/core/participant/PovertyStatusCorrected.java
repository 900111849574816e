package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.participant.poverty.PovertyClassification;
import org.ketnghia.core.participant.privacy.Sensitive;
import org.ketnghia.core.participant.privacy.SensitiveKind;

/**
 * A household's poverty status for a year was corrected; it supersedes the earlier one, which
 * stays in the history.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(PovertyStatusCorrected.TYPE)
@JsonSerialize(as = ImmutablePovertyStatusCorrected.class)
@JsonDeserialize(as = ImmutablePovertyStatusCorrected.class)
public abstract class PovertyStatusCorrected implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.poverty-status-corrected";

    PovertyStatusCorrected() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The household. */
    public abstract String householdId();

    /** The year the status applies to. */
    public abstract int year();

    /** The category. */
    public abstract PovertyCategory category();

    /** The classification under the poverty standard, if recorded. */
    @Sensitive(kind = {SensitiveKind.INCOME, SensitiveKind.DEPRIVATION})
    public abstract Optional<PovertyClassification> classification();

    /** The decision or review the status comes from. */
    public abstract String basis();

    /** Why the status was corrected. */
    public abstract String reason();

    /** Builds a {@link PovertyStatusCorrected}. */
    public static final class Builder extends ImmutablePovertyStatusCorrected.Builder {
    }
}
