package org.ketnghia.core.reporting.rollup;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.ketnghia.core.reporting.Report;

/**
 * An included province's reports, one per period of its {@link ProvinceLedger}, built from its
 * verified events exactly as a province builds its own.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ledger the ledger the reports rest on
 * @param reports one report per period, in the order of the periods
 */
public record ProvinceReports(IncludedLedger ledger, List<Report> reports) {

    /** Checks that no part is missing and copies the reports. */
    public ProvinceReports {
        requireNonNull(ledger, "ledger");
        reports = List.copyOf(requireNonNull(reports, "reports"));
    }
}
