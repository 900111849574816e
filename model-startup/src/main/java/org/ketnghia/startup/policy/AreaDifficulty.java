package org.ketnghia.startup.policy;

import static java.util.Objects.requireNonNull;

import org.ketnghia.core.admin.EthnicMinorityZone;
import org.ketnghia.core.admin.UnitFlags;
import org.ketnghia.core.value.BilingualText;

/** How difficult the project's area is, which sets its state-share ceiling. */
public enum AreaDifficulty {
    /** Địa bàn đặc biệt khó khăn. */
    ESPECIALLY_DIFFICULT("địa bàn đặc biệt khó khăn", "especially difficult"),
    /** Địa bàn khó khăn. */
    DIFFICULT("địa bàn khó khăn", "difficult"),
    /** Địa bàn khác. */
    OTHER("địa bàn khác", "other");

    private final BilingualText label;

    AreaDifficulty(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /**
     * The difficulty of a commune from its flags: especially difficult when flagged so or in
     * ethnic-minority zone III, difficult in zone II, other otherwise (also when unknown).
     */
    public static AreaDifficulty of(UnitFlags flags) {
        requireNonNull(flags, "flags");
        if (flags.especiallyDifficult().orElse(false)
                || flags.ethnicMinorityZone().filter(zone -> zone == EthnicMinorityZone.ZONE_III).isPresent()) {
            return ESPECIALLY_DIFFICULT;
        }
        if (flags.ethnicMinorityZone().filter(zone -> zone == EthnicMinorityZone.ZONE_II).isPresent()) {
            return DIFFICULT;
        }
        return OTHER;
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }
}
