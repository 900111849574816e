package org.ketnghia.core.reporting.rollup;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.simulation.LedgerOrigin;

/**
 * The result of a national roll-up (<i>báo cáo tổng hợp toàn quốc</i>): the reports of every
 * province whose ledger was verified, one national report per period, and every ledger left out with
 * its reason.
 *
 * <p>A national report has one top row per included province (its unit code is the province's id in
 * the roll-up, its level {@code "province"}, its cells the province report's totals for the period)
 * and totals that combine those rows with each indicator's own {@link
 * org.ketnghia.core.reporting.Aggregation}: sums add, ratios of sums add numerators and denominators,
 * weighted averages add their weighted parts, minima and maxima compare exactly. Its indicators are
 * those of every province given, in the order they first appear. A national period is the provinces'
 * period when they all agree, otherwise the span from the earliest start to the latest end with the
 * provinces' labels.
 *
 * <p>An indicator that rests on personal data has no value in the row of a province whose encrypted ledger was read
 * without its keys, and no national total ({@link #indicatorsNotAvailable()}); the rows of the provinces read with
 * their keys keep theirs.
 *
 * <p>Immutable and thread-safe.
 *
 * @param provinces the included provinces' reports, in the order the provinces were given
 * @param national one national report per period, in period order
 * @param excluded the ledgers left out, in the order the provinces were given
 */
@JsonIgnoreProperties({LedgerOrigin.JSON_SIMULATED_FIELD, LedgerOrigin.JSON_MARK_FIELD})
public record NationalRollUp(List<ProvinceReports> provinces, List<Report> national, List<ExcludedLedger> excluded) {

    /** Checks that no part is missing and copies the lists. */
    public NationalRollUp {
        provinces = List.copyOf(requireNonNull(provinces, "provinces"));
        national = List.copyOf(requireNonNull(national, "national"));
        excluded = List.copyOf(requireNonNull(excluded, "excluded"));
    }

    /**
     * The mark of simulated data ({@link org.ketnghia.core.simulation.LedgerOrigin#MARK}) when any included ledger
     * is simulated: national figures resting on a trace are not for posting. Empty when every ledger is recorded.
     */
    public Optional<String> simulationMark() {
        return includedLedgers().stream().anyMatch(IncludedLedger::simulated)
                ? Optional.of(LedgerOrigin.MARK) : Optional.empty();
    }

    /** The ledgers the national figures rest on, in the order the provinces were given. */
    public List<IncludedLedger> includedLedgers() {
        return provinces.stream().map(ProvinceReports::ledger).toList();
    }

    /** The reports of province {@code provinceId}, if its ledger was included. */
    public Optional<ProvinceReports> province(String provinceId) {
        requireNonNull(provinceId, "provinceId");
        return provinces.stream().filter(province -> province.ledger().provinceId().equals(provinceId)).findFirst();
    }

    /** Why province {@code provinceId}'s ledger was left out, if it was. */
    public Optional<ExcludedLedger> exclusion(String provinceId) {
        requireNonNull(provinceId, "provinceId");
        return excluded.stream().filter(ledger -> ledger.provinceId().equals(provinceId)).findFirst();
    }

    /**
     * The ids of the indicators whose national total is not available, because at least one included ledger was read
     * without its keys and the indicator rests on personal data ({@link IncludedLedger#indicatorsNotAvailable()}), in
     * the order the ledgers name them; empty when every figure is available.
     */
    public Set<String> indicatorsNotAvailable() {
        Set<String> ids = new LinkedHashSet<>();
        includedLedgers().forEach(ledger -> ids.addAll(ledger.indicatorsNotAvailable()));
        return Collections.unmodifiableSet(ids);
    }

    /** Whether every ledger was left out, so that the national reports show nothing. */
    public boolean nothingIncluded() {
        return provinces.isEmpty();
    }
}
