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
 * Record a household's poverty status for a year with its basis (ghi nhận kết quả rà soát hộ
 * nghèo, hộ cận nghèo). A year has one status: a second one is refused with {@link
 * ParticipantRegistryErrorCode#PARTICIPANT_STATUS_ALREADY_RECORDED}; use {@link
 * CorrectPovertyStatus} to change it. Give the category, the classification, or both (then they
 * must agree).
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(RecordPovertyStatus.TYPE)
@JsonSerialize(as = ImmutableRecordPovertyStatus.class)
@JsonDeserialize(as = ImmutableRecordPovertyStatus.class)
public abstract class RecordPovertyStatus implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.record-poverty-status";

    RecordPovertyStatus() {
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

    /** Builds a {@link RecordPovertyStatus}. */
    public static final class Builder extends ImmutableRecordPovertyStatus.Builder {
    }
}
