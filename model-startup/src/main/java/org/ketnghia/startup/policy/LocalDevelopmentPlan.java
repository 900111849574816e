package org.ketnghia.startup.policy;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.twinning.TwinningCoverage;
import org.ketnghia.startup.internal.StartupJson;

/**
 * The products each commune or district plans to develop (<i>định hướng quy hoạch phát triển kinh
 * tế - xã hội của địa phương</i>), as data: an application fits the plan when its product is planned
 * for its commune, for a unit the commune lies within on the application date, or for a unit the commune carries
 * on after the 1 July 2025 reorganisation. {@link
 * #quangNam2021()} lists the whole Quảng Nam 2021 catalogue for the 6 mountain districts of Quảng Nam;
 * a host loads its real plan with {@link #read}. Immutable and thread-safe.
 *
 * @param description what the file is, for people
 * @param entries the planned products per unit
 */
public record LocalDevelopmentPlan(String description, List<Entry> entries) {

    /** The class-path resource of the Quảng Nam 2021 plan. */
    public static final String QUANG_NAM_2021_RESOURCE = "/org/ketnghia/startup/local-development-plan.json";

    /**
     * The products planned for one unit.
     *
     * @param unitCode a commune or district code
     * @param productIds ids of catalogue products
     */
    public record Entry(String unitCode, Set<String> productIds) {

        /** Checks that no part is missing. */
        public Entry {
            requireNonNull(unitCode, "unitCode");
            productIds = productIds == null ? Set.of() : Set.copyOf(productIds);
        }
    }

    /** Copies the entries. */
    public LocalDevelopmentPlan {
        description = description == null ? "" : description;
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** Quảng Nam's: every product of the 2021 catalogue planned for each of the 6 mountain districts. */
    public static LocalDevelopmentPlan quangNam2021() {
        return Holder.QUANG_NAM_2021;
    }

    /** A plan read from JSON (closed afterwards). */
    public static LocalDevelopmentPlan read(InputStream json, String sourceName) {
        return StartupJson.read(json, LocalDevelopmentPlan.class, sourceName);
    }

    /**
     * The unit whose plan includes {@code productId} for {@code communeCode} on {@code date}, if any: the commune
     * itself, a unit it lies within on that date, or a unit it carries on after a reorganisation. The plan is
     * keyed by the units of its day: after 1 July 2025 a district's plan holds for the new communes formed from the
     * district's communes ({@link TwinningCoverage#communesOf}), and a former commune's plan for the commune it
     * merged into — so an application from Hùng Sơn in 2026 fits the plan of Tây Giang district.
     */
    public Optional<String> planningUnit(String communeCode, String productId, LocalDate date,
            AdministrativeRegistry units) {
        requireNonNull(communeCode, "communeCode");
        requireNonNull(productId, "productId");
        requireNonNull(date, "date");
        requireNonNull(units, "units");
        return entries.stream().filter(entry -> entry.productIds().contains(productId))
                .map(Entry::unitCode)
                .filter(unit -> unit.equals(communeCode) || units.isWithin(communeCode, unit, date)
                        || TwinningCoverage.communesOf(unit, date, units).stream()
                                .anyMatch(commune -> commune.code().equals(communeCode)))
                .findFirst();
    }

    private static final class Holder {
        static final LocalDevelopmentPlan QUANG_NAM_2021 = read(requireNonNull(
                LocalDevelopmentPlan.class.getResourceAsStream(QUANG_NAM_2021_RESOURCE), QUANG_NAM_2021_RESOURCE),
                QUANG_NAM_2021_RESOURCE);
    }
}
