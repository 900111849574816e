package org.ketnghia.core.participant;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.participant.poverty.PovertyClassification;
import org.ketnghia.core.participant.privacy.Sensitive;
import org.ketnghia.core.participant.privacy.SensitiveKind;

/**
 * A household's poverty status for one year (kết quả rà soát hộ nghèo, hộ cận nghèo) and its
 * basis: the decision or review it comes from (e.g. {@code "Quyết định 123/QĐ-UBND ngày
 * 10/12/2024 của UBND xã A Xan"}) and, when the commune classified the household under the
 * multidimensional standard, the {@link PovertyClassification} (income and deprivations: personal
 * data).
 *
 * <p>A year has one status; a correction supersedes it but the registry keeps the history
 * ({@link ParticipantRegistry#povertyStatusHistory(String, int)}). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePovertyStatus.class)
@JsonDeserialize(as = ImmutablePovertyStatus.class)
public abstract class PovertyStatus {

    PovertyStatus() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The household. */
    public abstract String householdId();

    /** The year the status applies to. */
    public abstract int year();

    /** The category: poor, near-poor, newly escaped, … */
    public abstract PovertyCategory category();

    /** The decision or review the status comes from. */
    public abstract String basis();

    /** The classification under the poverty standard, when recorded. */
    @Sensitive(kind = {SensitiveKind.INCOME, SensitiveKind.DEPRIVATION})
    public abstract Optional<PovertyClassification> classification();

    /** The date the status (or its correction) was recorded. */
    public abstract LocalDate recordedOn();

    /** Why it corrects the previous status of the year; empty for the first status. */
    public abstract Optional<String> correctionReason();

    /** The ledger sequence of the event that recorded it. */
    public abstract long sequence();

    /** Whether this status corrects an earlier one. */
    public boolean isCorrection() {
        return correctionReason().isPresent();
    }

    /** Builds a {@link PovertyStatus}. */
    public static final class Builder extends ImmutablePovertyStatus.Builder {
    }
}
