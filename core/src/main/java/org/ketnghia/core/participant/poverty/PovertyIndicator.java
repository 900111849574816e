package org.ketnghia.core.participant.poverty;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.participant.ethnicity.ParticipantErrorCode;
import org.ketnghia.core.value.BilingualText;

/**
 * One deprivation indicator (chỉ số đo lường mức độ thiếu hụt dịch vụ xã hội cơ bản) of a poverty
 * standard, e.g. {@code "health-insurance"} — Bảo hiểm y tế.
 *
 * <p>The {@link #id()} is stable across standards: the same indicator keeps its id when a new
 * decree keeps it, so assessments and reports can compare years. Ids are lower-case ASCII with
 * hyphens. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePovertyIndicator.class)
@JsonDeserialize(as = ImmutablePovertyIndicator.class)
public abstract class PovertyIndicator {

    PovertyIndicator() {
    }

    /** A builder for an indicator. */
    public static Builder builder() {
        return new Builder();
    }

    /** An indicator with the given id and names. */
    public static PovertyIndicator of(String id, String nameVi, String nameEn) {
        return builder().id(id).nameVi(nameVi).nameEn(nameEn).build();
    }

    /** The stable id, e.g. {@code "employment"}, {@code "housing-area"}. */
    public abstract String id();

    /** The name in Vietnamese, e.g. {@code "Bảo hiểm y tế"}. */
    public abstract String nameVi();

    /** The name in English, e.g. {@code "Health insurance"}. */
    public abstract String nameEn();

    /** The deprivation criterion in Vietnamese, when the data gives one (e.g. "dưới 8 m²/người"). */
    public abstract Optional<String> criterionVi();

    /** The deprivation criterion in English, when the data gives one. */
    public abstract Optional<String> criterionEn();

    @Value.Check
    void check() {
        Problems problems = new Problems();
        problems.check(!id().matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"), ParticipantErrorCode.PARTICIPANT_INVALID_INDICATOR_ID, "id", id());
        problems.check(nameVi().isBlank(), CoreErrorCode.VALUE_BLANK, "nameVi");
        problems.check(nameEn().isBlank(), CoreErrorCode.VALUE_BLANK, "nameEn");
        problems.throwIfAny();
    }

    /** Builds a {@link PovertyIndicator}; {@link #build()} throws {@code KetnghiaException} on invalid values. */
    public static final class Builder extends ImmutablePovertyIndicator.Builder {
    }

    /** The name in Vietnamese and English, as one value (the data files keep {@code nameVi} and {@code nameEn}). */
    @JsonIgnore
    public BilingualText name() {
        return BilingualText.of(nameVi(), nameEn());
    }
}
