package org.ketnghia.core.reporting.outcome;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.disclosure.SupportLedger;
import org.ketnghia.core.disclosure.SupportRecord;
import org.ketnghia.core.participant.Household;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.participant.PovertyStatus;
import org.ketnghia.core.participant.poverty.PovertyClassification;

/**
 * The poverty outcomes of the supported households (<i>báo cáo kết quả thoát nghèo</i>), read from the
 * support ledger ({@link SupportLedger}: who received support from any model, and when) and the
 * participant registry ({@link ParticipantRegistry}: the status in force of each year, corrections
 * included). A household belongs to the unit its village lies within on the date given, so a district
 * before 1 July 2025 and a merged commune after it both work.
 *
 * <p>Read both projections under the same ledger lock, e.g. {@code ledger.read(SupportLedger.class, s ->
 * …)} nested in a read of the registry, or from the same handler. Stateless; results are immutable.
 */
public final class PovertyOutcomes {

    private final Map<String, HouseholdFacts> households;
    private final AdministrativeRegistry units;

    private PovertyOutcomes(Map<String, HouseholdFacts> households, AdministrativeRegistry units) {
        this.households = households;
        this.units = units;
    }

    /** The outcomes of the households {@code supports} lists, with their statuses from {@code participants}. */
    public static PovertyOutcomes of(SupportLedger supports, ParticipantRegistry participants, AdministrativeRegistry units) {
        requireNonNull(supports, "supports");
        requireNonNull(participants, "participants");
        requireNonNull(units, "units");
        Map<String, LocalDate> firstSupport = new HashMap<>();
        for (SupportRecord support : supports.supports()) {
            firstSupport.merge(support.householdId(), support.supportedOn(), (a, b) -> a.isBefore(b) ? a : b);
        }
        Map<String, HouseholdFacts> facts = new LinkedHashMap<>();
        firstSupport.forEach((householdId, first) -> {
            Optional<Household> household = participants.household(householdId);
            if (household.isEmpty()) {
                return;
            }
            TreeMap<Integer, HouseholdFacts.YearStatus> statuses = new TreeMap<>();
            for (Map.Entry<Integer, PovertyStatus> entry : participants.povertyStatusByYear(householdId).entrySet()) {
                PovertyStatus status = entry.getValue();
                statuses.put(entry.getKey(), new HouseholdFacts.YearStatus(status.category(),
                        status.classification().map(PovertyClassification::monthlyIncomePerPerson)));
            }
            facts.put(householdId, new HouseholdFacts(household.get().villageCode(), first, statuses));
        });
        return new PovertyOutcomes(facts, units);
    }

    /**
     * The outcome in {@code year} of the supported households whose village lies within {@code unitCode}
     * on {@code asOf} (usually the last day of the year, or a date on which the unit exists).
     */
    public PovertyOutcome outcome(String unitCode, int year, LocalDate asOf) {
        requireNonNull(unitCode, "unitCode");
        requireNonNull(asOf, "asOf");
        HouseholdFacts.Tally tally = new HouseholdFacts.Tally();
        Map<String, Boolean> inside = new HashMap<>();
        for (HouseholdFacts household : households.values()) {
            if (inside.computeIfAbsent(household.villageCode(), village -> units.isWithin(village, unitCode, asOf))) {
                tally.add(household, year);
            }
        }
        return tally.toOutcome(unitCode, year);
    }

    /** The outcome of {@code unitCode} for each year from {@code firstYear} to {@code lastYear}, placed on {@code asOf}. */
    public List<PovertyOutcome> byYear(String unitCode, int firstYear, int lastYear, LocalDate asOf) {
        List<PovertyOutcome> outcomes = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            outcomes.add(outcome(unitCode, year, asOf));
        }
        return List.copyOf(outcomes);
    }

    /**
     * The outcome of each unit directly under {@code parentCode} on {@code asOf} (the communes of a district,
     * the districts or communes of a province), in the registry's order; the parent's own outcome is
     * {@link #outcome}, and equals their sum when every village lies in one of them.
     */
    public List<PovertyOutcome> byChild(String parentCode, int year, LocalDate asOf) {
        requireNonNull(parentCode, "parentCode");
        List<PovertyOutcome> outcomes = new ArrayList<>();
        for (AdministrativeUnit child : units.childrenAsOf(parentCode, asOf)) {
            outcomes.add(outcome(child.code(), year, asOf));
        }
        return List.copyOf(outcomes);
    }
}
