package org.ketnghia.core.admin;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One administrative unit (<i>đơn vị hành chính</i>) — province, district, commune, ward,
 * township, village — during one period of its existence.
 *
 * <p>A unit is identified by its stable {@link #code()} (see {@link UnitCodes} for the scheme).
 * The same code may appear in several records only for successive, non-overlapping periods
 * (versions of one unit, e.g. before and after it changed kind); a renamed or merged unit whose
 * identity changed gets a new code and a {@link Succession} link instead. Its parent may change
 * over time ({@link #parents()}), its name has spelling variants ({@link #aliases()}), and it
 * carries the {@link UnitFlags flags} eligibility needs.
 *
 * <p>Values are not checked when built: a registry checks all units together and reports every
 * problem at once ({@link AdministrativeRegistry#of(AdministrativeData)}).
 *
 * <p>JSON: {@code {"code": "QNA.TAY-GIANG.A-XAN", "name": "A Xan", "kind": "commune",
 * "levelId": "commune", "validTo": "2025-06-30", "parents": [{"code": "QNA.TAY-GIANG"}],
 * "flags": {"borderCommune": true, "modelVillageZone": 1}}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAdministrativeUnit.class)
@JsonDeserialize(as = ImmutableAdministrativeUnit.class)
public abstract class AdministrativeUnit {

    /** The stable code, e.g. {@code "QNA.TAY-GIANG.A-XAN"} or {@code "DNG.HUNG-SON"}. */
    public abstract String code();

    /** The official name without the kind label, with diacritics, e.g. {@code "Ch'ơm"}. */
    public abstract String name();

    /** What the unit is called: xã, phường, thị trấn, huyện, … */
    public abstract UnitKind kind();

    /** The id of the unit's {@link AdminLevel}, e.g. {@code "commune"}. */
    public abstract String levelId();

    /** The official code of the General Statistics Office, where known with confidence. */
    public abstract Optional<String> gsoCode();

    /** The first day the unit exists; empty when open (or not needed). */
    public abstract Optional<LocalDate> validFrom();

    /** The last day the unit exists; empty while it still exists. */
    public abstract Optional<LocalDate> validTo();

    /** The units it belonged to, each for its own period; empty for a top-level unit. */
    public abstract List<ParentLink> parents();

    /** Other spellings of the name: {@code "Laêê"} for {@code "La Êê"}, {@code "Zuôich"} for {@code "Zuôih"}. */
    public abstract List<String> aliases();

    /** The eligibility flags; all unknown by default. */
    @Value.Default
    public UnitFlags flags() {
        return UnitFlags.none();
    }

    /** A free note, e.g. what is uncertain about this record ({@code "(check)"}). */
    public abstract Optional<String> note();

    /** Where this record comes from. */
    public abstract Optional<String> source();

    /** The period in which this record is in force. */
    public Validity validity() {
        return Validity.of(validFrom(), validTo());
    }

    /** Whether the unit exists on {@code date}. Allocates nothing: it is on the hot path of every look-up. */
    public boolean isValidOn(LocalDate date) {
        Optional<LocalDate> from = validFrom();
        Optional<LocalDate> to = validTo();
        return (from.isEmpty() || !date.isBefore(from.get())) && (to.isEmpty() || !date.isAfter(to.get()));
    }

    /** The name with its kind label, e.g. {@code "xã Ch'ơm"} (Vietnamese) or {@code "Ch'ơm commune"}. */
    public String displayName(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? kind().label().vi() + " " + name() : name() + " " + kind().label().en();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AdministrativeUnit}; obtain one with {@link AdministrativeUnit#builder()}. */
    public static final class Builder extends ImmutableAdministrativeUnit.Builder {
    }
}
