package org.ketnghia.core.participant;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.ketnghia.core.participant.poverty.PovertyCategory;

/**
 * A household as eligibility rules see it for one year: the household and its poverty status in
 * force that year (none if the year was not reviewed). Obtain it from {@link
 * ParticipantRegistry#profile(String, int)}; {@link HouseholdRules} judge it.
 *
 * <p>Immutable and thread-safe. Allocation-free accessors: rules run over a million households.
 */
public final class HouseholdProfile {

    private final Household household;
    private final int year;
    private final PovertyStatus status;

    /**
     * A profile of {@code household} for {@code year} with its status, or {@code null} when none.
     */
    public HouseholdProfile(Household household, int year, PovertyStatus status) {
        this.household = requireNonNull(household, "household");
        this.year = year;
        if (status != null && (!status.householdId().equals(household.id()) || status.year() != year)) {
            throw new IllegalArgumentException("status of " + status.householdId() + " for " + status.year()
                    + " does not belong to household " + household.id() + " in " + year);
        }
        this.status = status;
    }

    /** The household. */
    public Household household() {
        return household;
    }

    /** The household id (the ranking tie-breaker). */
    public String householdId() {
        return household.id();
    }

    /** The year judged. */
    public int year() {
        return year;
    }

    /** The status in force that year, if any. */
    public Optional<PovertyStatus> status() {
        return Optional.ofNullable(status);
    }

    /** The category in force that year, or {@code null} if the year was not reviewed (no allocation). */
    public PovertyCategory categoryOrNull() {
        return status == null ? null : status.category();
    }

    @Override
    public String toString() {
        return "HouseholdProfile[" + household.id() + ", " + year + ", "
                + (status == null ? "no status" : status.category()) + "]";
    }
}
