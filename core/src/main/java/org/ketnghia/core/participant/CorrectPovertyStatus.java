package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.participant.poverty.PovertyClassification;
import org.ketnghia.core.participant.privacy.Sensitive;
import org.ketnghia.core.participant.privacy.SensitiveKind;

/**
 * Correct a household's poverty status for a year (điều chỉnh kết quả rà soát): the new status
 * supersedes the recorded one, which stays in the history. The year must already have a status.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(CorrectPovertyStatus.TYPE)
@JsonSerialize(as = ImmutableCorrectPovertyStatus.class)
@JsonDeserialize(as = ImmutableCorrectPovertyStatus.class)
public abstract class CorrectPovertyStatus implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.correct-poverty-status";

    CorrectPovertyStatus() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract Actor actor();

    /** The unit recording it (the commune, or a unit containing the participant). */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The household. */
    public abstract String householdId();

    /** The year the status applies to. */
    public abstract int year();

    /** The category; may be left out when {@link #classification()} is given. */
    public abstract Optional<PovertyCategory> category();

    /** The classification under the poverty standard, if the commune recorded it. */
    @Sensitive(kind = {SensitiveKind.INCOME, SensitiveKind.DEPRIVATION})
    public abstract Optional<PovertyClassification> classification();

    /** The decision or review the status comes from, e.g. {@code "Quyết định 123/QĐ-UBND"}. */
    public abstract String basis();

    /** Why the status is corrected, e.g. {@code "Phúc tra theo đơn đề nghị ngày 5/1/2025"}. */
    public abstract String reason();

    /** Builds a {@link CorrectPovertyStatus}. */
    public static final class Builder extends ImmutableCorrectPovertyStatus.Builder {
    }
}
