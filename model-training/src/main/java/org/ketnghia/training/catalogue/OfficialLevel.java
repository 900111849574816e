package org.ketnghia.training.catalogue;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.value.BilingualText;

/**
 * The level of an official (<i>cán bộ cấp huyện, cấp xã, cấp thôn</i>), taken from the level of the
 * administrative unit they work for. The plan's rule: districts train district-level officials,
 * communes train commune-level (and village-level) ones.
 */
public enum OfficialLevel {
    /** Cán bộ cấp huyện (until 30 June 2025, when the district level ended). */
    DISTRICT("cán bộ cấp huyện", "district-level official", AdminLevel.DISTRICT),
    /** Cán bộ, công chức cấp xã. */
    COMMUNE("cán bộ, công chức cấp xã", "commune-level official", AdminLevel.COMMUNE),
    /** Cán bộ thôn (trưởng thôn, bí thư chi bộ thôn, …). */
    VILLAGE("cán bộ thôn", "village-level official", AdminLevel.VILLAGE);

    private final BilingualText label;
    private final String adminLevelId;

    OfficialLevel(String labelVi, String labelEn, String adminLevelId) {
        this.label = BilingualText.of(labelVi, labelEn);
        this.adminLevelId = adminLevelId;
    }

    /** The level of officials working for a unit of the given administrative level, if it is one of the three. */
    public static Optional<OfficialLevel> ofAdminLevel(String adminLevelId) {
        requireNonNull(adminLevelId, "adminLevelId");
        for (OfficialLevel level : values()) {
            if (level.adminLevelId.equals(adminLevelId)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** The administrative level id of the units officials of this level work for. */
    public String adminLevelId() {
        return adminLevelId;
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }

    /** The label in the given language: Vietnamese for {@code vi}, English otherwise. */
    public String label(Locale locale) {
        return label.in(locale);
    }
}
