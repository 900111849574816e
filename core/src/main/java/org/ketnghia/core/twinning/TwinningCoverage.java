package org.ketnghia.core.twinning;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;

/**
 * Which communes a recipient unit stands for on a given date, across the 2025 reorganisation.
 *
 * <p>The recipient is first carried forward with {@link AdministrativeRegistry#successorsAsOf}
 * (itself while it exists; otherwise the units that succeeded it, through any chain of mergers);
 * each resulting unit at the commune level counts as itself, and each unit above it (a district)
 * counts as the communes under it on that date. So a 2021 agreement with Tây Giang district covers
 * the district's 10 communes in 2022 and the communes Tây Giang, Hùng Sơn and Avương in 2026, and
 * an agreement with the former commune A Xan covers Hùng Sơn in 2026.
 *
 * <p>Stateless and thread-safe.
 */
public final class TwinningCoverage {

    private TwinningCoverage() {
    }

    /**
     * The communes (units at level {@value AdminLevel#COMMUNE}) that {@code recipientUnitCode}
     * stands for on {@code date}, sorted by code; empty for an unknown code or a date before the
     * unit existed. Whether any agreement is in force is not checked here.
     */
    public static List<AdministrativeUnit> communesOf(String recipientUnitCode, LocalDate date,
            AdministrativeRegistry units) {
        requireNonNull(recipientUnitCode, "recipientUnitCode");
        requireNonNull(date, "date");
        requireNonNull(units, "units");
        Map<String, AdministrativeUnit> communes = new TreeMap<>();
        for (AdministrativeUnit unit : units.successorsAsOf(recipientUnitCode, date)) {
            if (AdminLevel.COMMUNE.equals(unit.levelId())) {
                communes.put(unit.code(), unit);
            } else {
                for (AdministrativeUnit descendant : units.descendantsAsOf(unit.code(), date)) {
                    if (AdminLevel.COMMUNE.equals(descendant.levelId())) {
                        communes.put(descendant.code(), descendant);
                    }
                }
            }
        }
        return List.copyOf(communes.values());
    }

    /** The communes {@code agreement}'s recipient stands for on {@code date}; see {@link #communesOf}. */
    public static List<AdministrativeUnit> communesCoveredBy(TwinningAgreement agreement, LocalDate date,
            AdministrativeRegistry units) {
        return communesOf(requireNonNull(agreement, "agreement").recipientUnitCode(), date, units);
    }
}
