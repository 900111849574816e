package org.ketnghia.core.duty;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.ledger.ActorRole;

/**
 * The reporting chain (<i>tuyến báo cáo</i>) as the administrative units have it on a date, not as
 * constants: a unit reports to its parent on that day — a commune to its district (through the district's
 * ethnic affairs office) until 30 June 2025, to the province from 1 July 2025, a district to the province —
 * and the province, having none above it, to its own People's Committee. A unit that no longer exists
 * is followed by the unit that carries it on ({@link AdministrativeRegistry#unitInForce}). A sponsor reports
 * to the programme's province in force. Stateless and thread-safe.
 */
public final class ReportingChain {

    private ReportingChain() {
    }

    /**
     * The unit that approves, returns and reopens the reports of {@code reporter} on {@code date}; empty when
     * the reporter cannot be followed to a single unit on that day.
     *
     * @param provinceCode the programme's province (a sponsor reports to it, or to the unit carrying it on)
     */
    public static Optional<AdministrativeUnit> approverOf(Reporter reporter, String provinceCode, LocalDate date,
            AdministrativeRegistry units) {
        requireNonNull(reporter, "reporter");
        requireNonNull(provinceCode, "provinceCode");
        requireNonNull(date, "date");
        requireNonNull(units, "units");
        if (reporter.sponsor()) {
            return units.unitInForce(provinceCode, date);
        }
        Optional<AdministrativeUnit> inForce = units.unitInForce(reporter.code(), date);
        if (inForce.isEmpty()) {
            return Optional.empty();
        }
        return units.parentAsOf(inForce.get().code(), date).or(() -> inForce);
    }

    /**
     * The role that acts for {@code unit}'s level: the provincial committee for a province, the district office
     * for a district, the commune committee for a commune; empty for any other level.
     */
    public static Optional<ActorRole> roleOf(AdministrativeUnit unit) {
        requireNonNull(unit, "unit");
        return switch (unit.levelId()) {
            case AdminLevel.PROVINCE -> Optional.of(ActorRole.PROVINCIAL_COMMITTEE);
            case AdminLevel.DISTRICT -> Optional.of(ActorRole.DISTRICT_OFFICE);
            case AdminLevel.COMMUNE -> Optional.of(ActorRole.COMMUNE_COMMITTEE);
            default -> Optional.empty();
        };
    }
}
