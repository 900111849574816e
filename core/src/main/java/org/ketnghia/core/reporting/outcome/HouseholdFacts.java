package org.ketnghia.core.reporting.outcome;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.poverty.PovertyCategory;

/**
 * What the outcome rules need of one supported household: its village, its first support and its
 * status in force per year (corrections applied).
 */
record HouseholdFacts(String villageCode, LocalDate firstSupportedOn, NavigableMap<Integer, YearStatus> statuses) {

    /** A year's category and, when the commune classified the household, its income per person per month. */
    record YearStatus(PovertyCategory category, Optional<Money> monthlyIncomePerPerson) {
    }

    /**
     * Poor or near-poor when first supported: by the status of the year of the first support, or else the
     * latest year before it that was reviewed (the list the household was selected from).
     */
    boolean listedWhenFirstSupported() {
        Map.Entry<Integer, YearStatus> entry = statuses.floorEntry(firstSupportedOn.getYear());
        return entry != null && entry.getValue().category().isListed();
    }

    /** Out of poverty in {@code year}: a status is recorded for it and is neither poor nor near-poor. */
    boolean outOfPovertyIn(int year) {
        YearStatus status = statuses.get(year);
        return status != null && !status.category().isListed();
    }

    /** The income recorded for {@code year}, if any. */
    Optional<Money> incomeIn(int year) {
        YearStatus status = statuses.get(year);
        return status == null ? Optional.empty() : status.monthlyIncomePerPerson();
    }

    /** Counts of a group of households for one year. */
    static final class Tally {
        int supported;
        int listed;
        int out;
        int withIncome;
        Money incomeTotal = Money.ZERO;

        void add(HouseholdFacts household, int year) {
            if (household.firstSupportedOn().getYear() > year) {
                return;
            }
            supported++;
            if (household.listedWhenFirstSupported()) {
                listed++;
                if (household.outOfPovertyIn(year)) {
                    out++;
                }
            }
            household.incomeIn(year).ifPresent(income -> {
                withIncome++;
                incomeTotal = incomeTotal.plus(income);
            });
        }

        PovertyOutcome toOutcome(String unitCode, int year) {
            return new PovertyOutcome(unitCode, year, supported, listed, out, withIncome, incomeTotal);
        }
    }
}
