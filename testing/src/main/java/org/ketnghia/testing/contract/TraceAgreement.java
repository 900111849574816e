package org.ketnghia.testing.contract;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * How one simulated indicator of a model reads in the model's own reports, so that {@link PilotModelContract}
 * can check that a traced replicate, recorded into a ledger, reports exactly what the Monte Carlo replicate
 * gave (<i>vết mô phỏng khớp với báo cáo</i>).
 *
 * @param simulatedIndicator the id the simulator records, e.g. {@code "livestock.sim.births/QNA.TAY-GIANG"}
 * @param reportIndicator the id of the model's indicator source, e.g. {@code "livestock.births"}
 * @param unitCode the unit whose report value is compared; empty: the report's total
 * @param window whether the report covers the programme so far or the programme year alone
 */
public record TraceAgreement(String simulatedIndicator, String reportIndicator, Optional<String> unitCode, Window window) {

    /** Checks that no part is missing. */
    public TraceAgreement {
        requireNonNull(simulatedIndicator, "simulatedIndicator");
        requireNonNull(reportIndicator, "reportIndicator");
        requireNonNull(unitCode, "unitCode");
        requireNonNull(window, "window");
    }

    /** The period of the report compared with year {@code y} of the replicate. */
    public enum Window {
        /** From the programme's first day to the end of year {@code y}. */
        SINCE_START,
        /** Programme year {@code y} alone. */
        IN_YEAR
    }

    /** Agreement of the report's total. */
    public static TraceAgreement total(String simulatedIndicator, String reportIndicator, Window window) {
        return new TraceAgreement(simulatedIndicator, reportIndicator, Optional.empty(), window);
    }

    /** Agreement of the report's value at {@code unitCode}. */
    public static TraceAgreement at(String unitCode, String simulatedIndicator, String reportIndicator, Window window) {
        return new TraceAgreement(simulatedIndicator, reportIndicator, Optional.of(unitCode), window);
    }
}
