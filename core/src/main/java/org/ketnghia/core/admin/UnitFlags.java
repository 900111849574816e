package org.ketnghia.core.admin;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The facts about a unit that eligibility rules ask for. Every flag may be absent, meaning
 * <em>unknown</em> — not "no": a rule that needs a flag must decide what an unknown value means.
 *
 * <ul>
 *   <li>{@link #ethnicMinorityZone()}: <i>khu vực I/II/III</i> of the ethnic-minority area;</li>
 *   <li>{@link #especiallyDifficult()}: <i>xã, thôn đặc biệt khó khăn</i>;</li>
 *   <li>{@link #borderCommune()}: <i>xã biên giới</i> (on the land border with Laos here);</li>
 *   <li>{@link #modelVillageZone()}: the zone 1, 2 or 3 of the model new-rural village criteria
 *       (QĐ 2254/QĐ-UBND, zone 1 = all villages of the 6 mountain districts); a village with no
 *       zone inherits its commune's, see {@link AdministrativeRegistry#modelVillageZoneAsOf};</li>
 *   <li>{@link #source()}: where the flags come from, with {@code "(check)"} when unverified.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUnitFlags.class)
@JsonDeserialize(as = ImmutableUnitFlags.class)
public abstract class UnitFlags {

    private static final UnitFlags NONE = builder().build();

    /** The ethnic-minority area zone; empty when unknown. */
    public abstract Optional<EthnicMinorityZone> ethnicMinorityZone();

    /** Whether the unit is especially difficult; empty when unknown. */
    public abstract Optional<Boolean> especiallyDifficult();

    /** Whether the unit is a border commune; empty when unknown. */
    public abstract Optional<Boolean> borderCommune();

    /** The model-village zone, 1 to 3; empty when not set on this unit. */
    public abstract OptionalInt modelVillageZone();

    /** Where these flags come from. */
    public abstract Optional<String> source();

    /** No flag known. */
    public static UnitFlags none() {
        return NONE;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link UnitFlags}; obtain one with {@link UnitFlags#builder()}. */
    public static final class Builder extends ImmutableUnitFlags.Builder {
    }
}
