package org.ketnghia.startup.simulation;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.util.List;
import org.ketnghia.startup.internal.StartupJson;

/**
 * Yearly outcome rates of start-ups in one sector <i>(check; calibrate per district)</i>. Immutable.
 *
 * @param sectorId the catalogue sector
 * @param annualFailureProbability chance a running business stops within a year, 0 to 1
 * @param revenueGrowthMean mean yearly revenue growth, e.g. 0.08 for +8 %
 * @param revenueGrowthStandardDeviation spread of the yearly growth (normal distribution)
 */
public record SectorRates(String sectorId, double annualFailureProbability, double revenueGrowthMean,
        double revenueGrowthStandardDeviation) {

    /** The class-path resource of the rates shipped for the Quảng Nam 2021 catalogue. */
    public static final String QUANG_NAM_2021_RESOURCE = "/org/ketnghia/startup/simulation-rates.json";

    /** Checks that no part is missing. */
    public SectorRates {
        requireNonNull(sectorId, "sectorId");
    }

    /**
     * The rates shipped for the sectors of the Quảng Nam 2021 catalogue ({@code simulation-rates.json}):
     * planning assumptions to calibrate with local figures, not measured rates.
     */
    public static List<SectorRates> quangNam2021() {
        return Holder.QUANG_NAM_2021;
    }

    /**
     * The rates of a JSON file {@code {"description": …, "rates": [{"sectorId": …, …}]}} (closed afterwards).
     *
     * @throws org.ketnghia.core.error.KetnghiaException naming the source and the path if it does not read
     */
    public static List<SectorRates> read(InputStream json, String sourceName) {
        requireNonNull(json, "json");
        requireNonNull(sourceName, "sourceName");
        List<SectorRates> rates = StartupJson.read(json, RatesFile.class, sourceName).rates();
        return rates == null ? List.of() : List.copyOf(rates);
    }

    private record RatesFile(String description, List<SectorRates> rates) {
    }

    private static final class Holder {
        static final List<SectorRates> QUANG_NAM_2021 = read(requireNonNull(
                SectorRates.class.getResourceAsStream(QUANG_NAM_2021_RESOURCE), QUANG_NAM_2021_RESOURCE),
                QUANG_NAM_2021_RESOURCE);
    }
}
