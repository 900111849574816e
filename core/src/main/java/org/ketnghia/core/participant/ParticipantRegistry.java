package org.ketnghia.core.participant;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Projection;

/**
 * The registry of participants folded from the ledger: households with their poverty status per
 * year (and its correction history), persons and organisations.
 *
 * <p>Read it through {@code ledger.read(ParticipantRegistry.class, registry -> …)} or, in a command
 * handler, through {@code state.projection(ParticipantRegistry.class)}. Every query returns
 * immutable values or immutable copies; "not found" is an empty {@link Optional}. Not thread-safe
 * by itself: the ledger guards it with its lock.
 */
public final class ParticipantRegistry implements Projection {

    private final Map<String, Household> households = new LinkedHashMap<>();
    private final Map<String, TreeMap<Integer, List<PovertyStatus>>> statuses = new HashMap<>();
    private final Map<String, Person> persons = new LinkedHashMap<>();
    private final Map<String, Organisation> organisations = new LinkedHashMap<>();

    /** An empty registry; the ledger fills it. */
    public ParticipantRegistry() {
    }

    @Override
    public void apply(EventEnvelope event) {
        Object payload = event.payload();
        if (payload instanceof HouseholdRegistered registered) {
            households.put(registered.household().id(), registered.household());
        } else if (payload instanceof PovertyStatusRecorded recorded) {
            addStatus(PovertyStatus.builder().householdId(recorded.householdId()).year(recorded.year())
                    .category(recorded.category()).basis(recorded.basis()).classification(recorded.classification())
                    .recordedOn(event.occurredOn()).sequence(event.sequence()).build());
        } else if (payload instanceof PovertyStatusCorrected corrected) {
            addStatus(PovertyStatus.builder().householdId(corrected.householdId()).year(corrected.year())
                    .category(corrected.category()).basis(corrected.basis()).classification(corrected.classification())
                    .recordedOn(event.occurredOn()).sequence(event.sequence()).correctionReason(corrected.reason())
                    .build());
        } else if (payload instanceof PersonRegistered registered) {
            persons.put(registered.person().id(), registered.person());
        } else if (payload instanceof OrganisationRegistered registered) {
            organisations.put(registered.organisation().id(), registered.organisation());
        } else if (payload instanceof OrganisationMembersAdded added) {
            Organisation organisation = organisations.get(added.organisationId());
            if (organisation != null) {
                organisations.put(organisation.id(), Organisation.builder().from(organisation)
                        .addAllMemberHouseholdIds(added.householdIds()).addAllMemberPersonIds(added.personIds())
                        .build());
            }
        }
    }

    private void addStatus(PovertyStatus status) {
        statuses.computeIfAbsent(status.householdId(), id -> new TreeMap<>())
                .computeIfAbsent(status.year(), year -> new ArrayList<>(1))
                .add(status);
    }

    /** The household with the given id. */
    public Optional<Household> household(String householdId) {
        return Optional.ofNullable(households.get(requireNonNull(householdId, "householdId")));
    }

    /** Whether a household has that id. */
    public boolean hasHousehold(String householdId) {
        return households.containsKey(requireNonNull(householdId, "householdId"));
    }

    /** Every household, in the order registered; immutable. */
    public List<Household> households() {
        return List.copyOf(households.values());
    }

    /** The number of households registered. */
    public int householdCount() {
        return households.size();
    }

    /**
     * The households whose village lies within {@code unitCode} on {@code date} (the village itself,
     * its commune, or — before 1 July 2025 — its district), in the order registered; immutable.
     * A commune merged on 1 July 2025 contains its villages until then, its successor after.
     */
    public List<Household> householdsWithin(String unitCode, LocalDate date, AdministrativeRegistry units) {
        requireNonNull(unitCode, "unitCode");
        requireNonNull(date, "date");
        requireNonNull(units, "units");
        Map<String, Boolean> villageInside = new HashMap<>();
        List<Household> found = new ArrayList<>();
        for (Household household : households.values()) {
            boolean inside = villageInside.computeIfAbsent(household.villageCode(),
                    village -> units.isWithin(village, unitCode, date));
            if (inside) {
                found.add(household);
            }
        }
        return List.copyOf(found);
    }

    /** The household's status in force for {@code year}: the latest recorded or corrected one. */
    public Optional<PovertyStatus> povertyStatus(String householdId, int year) {
        List<PovertyStatus> history = history(householdId, year);
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /** Every status recorded for the household and year, oldest first, the one in force last; immutable. */
    public List<PovertyStatus> povertyStatusHistory(String householdId, int year) {
        return List.copyOf(history(householdId, year));
    }

    /** The status in force of each year recorded for the household, by year; immutable. */
    public Map<Integer, PovertyStatus> povertyStatusByYear(String householdId) {
        TreeMap<Integer, List<PovertyStatus>> years = statuses.get(requireNonNull(householdId, "householdId"));
        if (years == null) {
            return Map.of();
        }
        Map<Integer, PovertyStatus> current = new LinkedHashMap<>();
        years.forEach((year, history) -> current.put(year, history.get(history.size() - 1)));
        return Collections.unmodifiableMap(current);
    }

    /**
     * The household together with its status for {@code year}, the subject of {@link
     * HouseholdRules}.
     */
    public Optional<HouseholdProfile> profile(String householdId, int year) {
        return household(householdId).map(household -> new HouseholdProfile(household, year,
                povertyStatus(household.id(), year).orElse(null)));
    }

    /** The profile for {@code year} of every household within {@code unitCode} on {@code date}; immutable. */
    public List<HouseholdProfile> profilesWithin(String unitCode, LocalDate date, int year, AdministrativeRegistry units) {
        List<HouseholdProfile> profiles = new ArrayList<>();
        for (Household household : householdsWithin(unitCode, date, units)) {
            profiles.add(new HouseholdProfile(household, year, povertyStatus(household.id(), year).orElse(null)));
        }
        return List.copyOf(profiles);
    }

    /** The person with the given id. */
    public Optional<Person> person(String personId) {
        return Optional.ofNullable(persons.get(requireNonNull(personId, "personId")));
    }

    /** Every person, in the order registered; immutable. */
    public List<Person> persons() {
        return List.copyOf(persons.values());
    }

    /** The organisation with the given id. */
    public Optional<Organisation> organisation(String organisationId) {
        return Optional.ofNullable(organisations.get(requireNonNull(organisationId, "organisationId")));
    }

    /** Every organisation, in the order registered; immutable. */
    public List<Organisation> organisations() {
        return List.copyOf(organisations.values());
    }

    /** The organisations of the given kind, in the order registered; immutable. */
    public List<Organisation> organisations(OrganisationKind kind) {
        requireNonNull(kind, "kind");
        return organisations.values().stream().filter(organisation -> organisation.kind() == kind).toList();
    }

    private List<PovertyStatus> history(String householdId, int year) {
        TreeMap<Integer, List<PovertyStatus>> years = statuses.get(requireNonNull(householdId, "householdId"));
        if (years == null) {
            return List.of();
        }
        return years.getOrDefault(year, List.of());
    }
}
