package org.ketnghia.core.admin;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.value.BilingualText;

/**
 * A level of the administrative hierarchy (<i>cấp hành chính</i>), as data rather than code:
 * {@code "province"} (<i>cấp tỉnh</i>), {@code "district"} (<i>cấp huyện</i>, abolished on
 * 1 July 2025), {@code "commune"} (<i>cấp xã</i>), {@code "village"} (<i>thôn</i>), or whatever
 * a host declares.
 *
 * <p>{@link #rank()} orders levels from the top: a parent's level must rank lower (closer to the
 * top) than its child's. A level may itself have a validity; every unit of that level must lie
 * within it. Values are checked when a registry is built, so that every problem of a data file is
 * reported at once.
 *
 * <p>JSON: {@code {"id": "district", "nameVi": "Cấp huyện", "nameEn": "District", "rank": 2,
 * "validTo": "2025-06-30"}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAdminLevel.class)
@JsonDeserialize(as = ImmutableAdminLevel.class)
public abstract class AdminLevel {

    /** The id of the province level ({@code "province"}) in the shipped reference data. */
    public static final String PROVINCE = "province";
    /** The id of the district level ({@code "district"}), abolished on 1 July 2025. */
    public static final String DISTRICT = "district";
    /** The id of the commune level ({@code "commune"}): xã, phường, thị trấn. */
    public static final String COMMUNE = "commune";
    /** The id of the village level ({@code "village"}): thôn, tổ dân phố, added by hosts. */
    public static final String VILLAGE = "village";

    /** The stable id, e.g. {@code "commune"}. */
    public abstract String id();

    /** The Vietnamese name, with diacritics, e.g. {@code "Cấp xã"}. */
    public abstract String nameVi();

    /** The English name, e.g. {@code "Commune"}. */
    public abstract String nameEn();

    /** The position from the top: smaller is higher (province 1, district 2, commune 3, village 4). */
    public abstract int rank();

    /** The first day the level exists; empty when open. */
    public abstract Optional<LocalDate> validFrom();

    /** The last day the level exists; empty when still in force. */
    public abstract Optional<LocalDate> validTo();

    /** A free note, e.g. the legal basis of its abolition. */
    public abstract Optional<String> note();

    /** The period in which the level exists. */
    public Validity validity() {
        return Validity.of(validFrom(), validTo());
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AdminLevel}; obtain one with {@link AdminLevel#builder()}. */
    public static final class Builder extends ImmutableAdminLevel.Builder {
    }

    /** The name in Vietnamese and English, as one value (the data files keep {@code nameVi} and {@code nameEn}). */
    @JsonIgnore
    public BilingualText name() {
        return BilingualText.of(nameVi(), nameEn());
    }
}
