package org.ketnghia.livestock.herd;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.ketnghia.livestock.AnimalSex;
import org.ketnghia.livestock.Species;

/**
 * An animal of the registry as it stands: identity, birth (or age estimated on delivery), mother
 * where known, keeper, status since when, and how it came. Immutable.
 *
 * @param earTag the ear tag
 * @param species the species
 * @param sex the sex
 * @param bornOn the birth date, estimated for purchased animals
 * @param birthEstimated whether {@code bornOn} was estimated from the age on delivery
 * @param motherTag the mother, when born in the programme
 * @param groupId the group it belongs to
 * @param communeCode the commune
 * @param keeperHouseholdId the household keeping it, if handed over
 * @param status the status
 * @param statusSince the date of the status
 * @param receivedByHouseholdId the household it was last handed over to, if any
 * @param bornToHouseholdId the household whose herd it was born in, if born
 * @param handOvers how many times it was handed over
 * @param vaccinations the vaccinations, as "VACCINE@date"
 */
public record Animal(String earTag, Species species, AnimalSex sex, LocalDate bornOn, boolean birthEstimated,
        Optional<String> motherTag, String groupId, String communeCode, Optional<String> keeperHouseholdId,
        AnimalStatus status, LocalDate statusSince, Optional<String> receivedByHouseholdId,
        Optional<String> bornToHouseholdId, int handOvers, List<String> vaccinations) {

    /** Copies the list. */
    public Animal {
        requireNonNull(earTag, "earTag");
        vaccinations = List.copyOf(vaccinations);
    }

    /** Whole months of age on {@code date}. */
    public int ageMonthsOn(LocalDate date) {
        return (int) Math.max(0, ChronoUnit.MONTHS.between(bornOn, date));
    }

    /** Whether it is alive in the herd; derived from the status, so not a JSON property of its own. */
    @JsonIgnore
    public boolean isAlive() {
        return status.isAlive();
    }

    Animal with(AnimalStatus newStatus, LocalDate since, Optional<String> keeper) {
        return new Animal(earTag, species, sex, bornOn, birthEstimated, motherTag, groupId, communeCode, keeper,
                newStatus, since, receivedByHouseholdId, bornToHouseholdId, handOvers, vaccinations);
    }

    Animal handedTo(String householdId, String toCommune, LocalDate on) {
        return new Animal(earTag, species, sex, bornOn, birthEstimated, motherTag, groupId, toCommune,
                Optional.of(householdId), AnimalStatus.KEPT, on, Optional.of(householdId), bornToHouseholdId,
                handOvers + 1, vaccinations);
    }

    /**
     * The animal moved to {@code toGroupId} in {@code toCommune}: kept by {@code household} (which counts as
     * receiving it) or, when empty, waiting to be handed over there.
     */
    Animal transferred(String toGroupId, String toCommune, Optional<String> household, LocalDate on) {
        return household.isPresent()
                ? new Animal(earTag, species, sex, bornOn, birthEstimated, motherTag, toGroupId, toCommune, household,
                        AnimalStatus.KEPT, on, household, bornToHouseholdId, handOvers + 1, vaccinations)
                : new Animal(earTag, species, sex, bornOn, birthEstimated, motherTag, toGroupId, toCommune,
                        Optional.empty(), AnimalStatus.IN_STOCK, on, receivedByHouseholdId, bornToHouseholdId,
                        handOvers, vaccinations);
    }

    Animal statusSince(LocalDate since) {
        return new Animal(earTag, species, sex, bornOn, birthEstimated, motherTag, groupId, communeCode,
                keeperHouseholdId, status, since, receivedByHouseholdId, bornToHouseholdId, handOvers, vaccinations);
    }

    Animal vaccinated(String entry) {
        List<String> all = new java.util.ArrayList<>(vaccinations);
        all.add(entry);
        return new Animal(earTag, species, sex, bornOn, birthEstimated, motherTag, groupId, communeCode,
                keeperHouseholdId, status, statusSince, receivedByHouseholdId, bornToHouseholdId, handOvers, all);
    }
}
