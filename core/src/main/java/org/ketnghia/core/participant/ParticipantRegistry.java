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
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.ledger.SnapshotForm;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.participant.poverty.PovertyClassification;

/**
 * The registry of participants folded from the ledger: households with their poverty status per
 * year (and its correction history), persons and organisations.
 *
 * <p><b>Households change, history is kept.</b> Members join and leave, the head changes, a household
 * moves, splits or merges (each from the date it happened), and mistakes in ethnicity or birth year are
 * corrected (true for every date). {@link #household(String)} is the household as it stands now, {@link
 * #householdAsOf(String, LocalDate)} as it stood on a date with every correction applied, {@link
 * #householdHistory(String)} every change with its reason. A household merged into another ends: it is no
 * longer among {@link #households()} but stays answerable by id.
 *
 * <p>Read it through {@code ledger.read(ParticipantRegistry.class, registry -> …)} or, in a command
 * handler, through {@code state.projection(ParticipantRegistry.class)}. Every query returns
 * immutable values or immutable copies; "not found" is an empty {@link Optional}. Not thread-safe
 * by itself: the ledger guards it with its lock.
 */
public final class ParticipantRegistry implements Projection {

    /**
     * How the registry is saved in a ledger snapshot and restored from it. Its code covers {@code StatusHistory}, which
     * orders each household's statuses and makes them from their events, and {@link HouseholdsMerged} with {@link
     * AbsorbedMember}, whose {@code relationsByName} decides the relation of each member who joins in a merge.
     */
    public static final SnapshotForm<ParticipantRegistry, State> SNAPSHOT_FORM = SnapshotForm
            .of(State.class, ParticipantRegistry::state, ParticipantRegistry::restore)
            .covering(StatusHistory.class, HouseholdsMerged.class, AbsorbedMember.class);

    private final Map<String, Household> households = new LinkedHashMap<>();
    private final Map<String, StatusHistory> statuses = new HashMap<>();
    private final Map<String, Person> persons = new LinkedHashMap<>();
    private final Map<String, Organisation> organisations = new LinkedHashMap<>();
    /** The household as first recorded, for the households that changed since. */
    private final Map<String, Household> asRegistered = new HashMap<>();
    private final Map<String, List<Step>> steps = new HashMap<>();
    private final Map<String, LocalDate> endedOn = new HashMap<>();

    /** An empty registry; the ledger fills it. */
    public ParticipantRegistry() {
    }

    /** The whole state; what lives in hash maps is sorted by household id, so equal registries save equal JSON. */
    private State state() {
        List<SavedStatus> allStatuses = new ArrayList<>();
        new TreeMap<>(statuses).values().forEach(history -> {
            for (int i = 0; i < history.size(); i++) {
                PovertyStatus status = history.statusAt(i);
                allStatuses.add(new SavedStatus(status.householdId(), status.year(), status.category(), status.basis(),
                        status.classification(), status.recordedOn(), status.correctionReason(), status.sequence()));
            }
        });
        List<SavedChange> changes = new ArrayList<>();
        new TreeMap<>(steps).forEach((householdId, history) -> history.forEach(step ->
                changes.add(new SavedChange(householdId, step.change(), step.cause(), step.joining()))));
        List<SavedEnd> ended = new ArrayList<>();
        new TreeMap<>(endedOn).forEach((householdId, day) -> ended.add(new SavedEnd(householdId, day)));
        return new State(List.copyOf(households.values()), allStatuses, List.copyOf(persons.values()),
                List.copyOf(organisations.values()), List.copyOf(new TreeMap<>(asRegistered).values()), changes, ended);
    }

    private static ParticipantRegistry restore(State state) {
        ParticipantRegistry registry = new ParticipantRegistry();
        state.households().forEach(household -> registry.households.put(household.id(), household));
        state.statuses().forEach(saved -> registry.statusHistory(saved.householdId()).add(PovertyStatus.builder().householdId(saved.householdId())
                .year(saved.year()).category(saved.category()).basis(saved.basis()).classification(saved.classification())
                .recordedOn(saved.recordedOn()).correctionReason(saved.correctionReason()).sequence(saved.sequence()).build()));
        state.persons().forEach(person -> registry.persons.put(person.id(), person));
        state.organisations().forEach(organisation -> registry.organisations.put(organisation.id(), organisation));
        state.asRegistered().forEach(household -> registry.asRegistered.put(household.id(), household));
        state.changes().forEach(saved -> registry.steps.computeIfAbsent(saved.householdId(), id -> new ArrayList<>())
                .add(new Step(saved.change().kind(), saved.cause(), saved.joining(), saved.change())));
        state.ended().forEach(end -> registry.endedOn.put(end.householdId(), end.endedOn()));
        return registry;
    }

    @Override
    public void apply(EventEnvelope event) {
        Object payload = event.payload();
        if (payload instanceof HouseholdRegistered registered) {
            households.put(registered.household().id(), registered.household());
        } else if (payload instanceof PovertyStatusRecorded recorded) {
            statusHistory(recorded.householdId()).add(recorded, event.occurredOn(), event.sequence());
        } else if (payload instanceof PovertyStatusCorrected corrected) {
            statusHistory(corrected.householdId()).add(corrected, event.occurredOn(), event.sequence());
        } else if (payload instanceof HouseholdMemberAdded added) {
            change(added.householdId(), HouseholdChange.Kind.MEMBER_ADDED, event, added.reason(), added, List.of());
        } else if (payload instanceof HouseholdMemberRemoved removed) {
            change(removed.householdId(), HouseholdChange.Kind.MEMBER_REMOVED, event, removed.reason(), removed, List.of());
        } else if (payload instanceof HouseholdHeadChanged changed) {
            change(changed.householdId(), HouseholdChange.Kind.HEAD_CHANGED, event, changed.reason(), changed, List.of());
        } else if (payload instanceof HouseholdMoved moved) {
            change(moved.householdId(), HouseholdChange.Kind.MOVED, event, moved.reason(), moved, List.of());
        } else if (payload instanceof HouseholdSplit split) {
            applySplit(split, event);
        } else if (payload instanceof HouseholdsMerged merged) {
            applyMerge(merged, event);
        } else if (payload instanceof HouseholdEthnicityCorrected corrected) {
            change(corrected.householdId(), HouseholdChange.Kind.ETHNICITY_CORRECTED, event, corrected.reason(), corrected,
                    List.of());
        } else if (payload instanceof MemberBirthYearCorrected corrected) {
            change(corrected.householdId(), HouseholdChange.Kind.BIRTH_YEAR_CORRECTED, event, corrected.reason(), corrected,
                    List.of());
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

    private void applySplit(HouseholdSplit split, EventEnvelope event) {
        Household original = households.get(split.householdId());
        if (original == null) {
            return;
        }
        List<HouseholdMember> leaving = original.members().stream()
                .filter(member -> split.memberNames().contains(member.fullName()))
                .map(member -> member.fullName().equals(split.newHeadName()) ? withRelation(member, HouseholdRelation.HEAD)
                        : member)
                .toList();
        change(split.householdId(), HouseholdChange.Kind.SPLIT, event, split.reason(), split, List.of());
        households.put(split.newHouseholdId(), Household.builder().id(split.newHouseholdId())
                .villageCode(split.villageCode()).ethnicityCode(original.ethnicityCode()).members(leaving)
                .registeredOn(event.occurredOn()).build());
    }

    private void applyMerge(HouseholdsMerged merged, EventEnvelope event) {
        Household absorbed = households.get(merged.absorbedHouseholdId());
        if (absorbed == null || !households.containsKey(merged.householdId())) {
            return;
        }
        // by name, as recorded: a member the merge names otherwise (either household erased since) joins as OTHER
        Map<String, HouseholdRelation> relations = merged.relationsByName();
        List<HouseholdMember> joining = absorbed.members().stream().map(member -> withRelation(member,
                relations.getOrDefault(member.fullName(), HouseholdRelation.OTHER))).toList();
        change(merged.householdId(), HouseholdChange.Kind.MERGED_IN, event, merged.reason(), merged, joining);
        change(merged.absorbedHouseholdId(), HouseholdChange.Kind.MERGED_AWAY, event, merged.reason(), merged, List.of());
        endedOn.put(merged.absorbedHouseholdId(), event.occurredOn());
    }

    private void change(String householdId, HouseholdChange.Kind kind, EventEnvelope event, String reason,
            LedgerEvent cause, List<HouseholdMember> joining) {
        Household current = households.get(householdId);
        if (current == null) {
            return;
        }
        asRegistered.putIfAbsent(householdId, current);
        Household after = changed(kind, cause, joining, current);
        households.put(householdId, after);
        steps.computeIfAbsent(householdId, id -> new ArrayList<>())
                .add(new Step(kind, cause, joining, new HouseholdChange(kind, event.occurredOn(), event.sequence(), reason, after)));
    }

    /** What a change does to the household as it stood before: the event that caused it says it all. */
    private static Household changed(HouseholdChange.Kind kind, LedgerEvent cause, List<HouseholdMember> joining,
            Household household) {
        if (cause instanceof HouseholdMemberAdded added) {
            return withMembers(household, concat(household.members(), List.of(added.member())));
        } else if (cause instanceof HouseholdMemberRemoved removed) {
            return withMembers(household, without(household.members(), List.of(removed.memberName())));
        } else if (cause instanceof HouseholdHeadChanged changed) {
            return withMembers(household, household.members().stream().map(member ->
                    member.fullName().equals(changed.newHeadName()) ? withRelation(member, HouseholdRelation.HEAD)
                            : member.relation() == HouseholdRelation.HEAD
                                    ? withRelation(member, changed.formerHeadRelation()) : member).toList());
        } else if (cause instanceof HouseholdMoved moved) {
            return Household.builder().from(household).villageCode(moved.villageCode()).build();
        } else if (cause instanceof HouseholdSplit split) {
            return withMembers(household, without(household.members(), split.memberNames()));
        } else if (cause instanceof HouseholdsMerged) {
            return kind == HouseholdChange.Kind.MERGED_IN ? withMembers(household, concat(household.members(), joining))
                    : household;
        } else if (cause instanceof HouseholdEthnicityCorrected corrected) {
            return Household.builder().from(household).ethnicityCode(corrected.ethnicityCode()).build();
        } else if (cause instanceof MemberBirthYearCorrected corrected) {
            return withMembers(household, household.members().stream().map(member ->
                    member.fullName().equals(corrected.memberName())
                            ? HouseholdMember.builder().from(member).birthYear(corrected.birthYear()).build()
                            : member).toList());
        }
        throw new IllegalStateException("no household change is caused by " + cause.getClass().getName());
    }

    private static Household withMembers(Household household, List<HouseholdMember> members) {
        return Household.builder().from(household).members(members).build();
    }

    private static HouseholdMember withRelation(HouseholdMember member, HouseholdRelation relation) {
        return member.relation() == relation ? member : HouseholdMember.builder().from(member).relation(relation).build();
    }

    private static List<HouseholdMember> concat(List<HouseholdMember> members, List<HouseholdMember> more) {
        List<HouseholdMember> all = new ArrayList<>(members);
        all.addAll(more);
        return all;
    }

    private static List<HouseholdMember> without(List<HouseholdMember> members, List<String> names) {
        return members.stream().filter(member -> !names.contains(member.fullName())).toList();
    }

    /**
     * One change of a household, the event that caused it and, for a merge, the members who joined: enough to apply
     * it again to the household as it stood before (and to save it in a snapshot).
     */
    private record Step(HouseholdChange.Kind kind, LedgerEvent cause, List<HouseholdMember> joining, HouseholdChange change) {

        Household applyTo(Household household) {
            return changed(kind, cause, joining, household);
        }
    }

    /** The household's statuses, made empty the first time. */
    private StatusHistory statusHistory(String householdId) {
        StatusHistory history = statuses.get(householdId);
        if (history == null) {
            history = new StatusHistory();
            statuses.put(householdId, history);
        }
        return history;
    }

    /** The household with the given id. */
    public Optional<Household> household(String householdId) {
        return Optional.ofNullable(households.get(requireNonNull(householdId, "householdId")));
    }

    /** Whether a household has that id. */
    public boolean hasHousehold(String householdId) {
        return households.containsKey(requireNonNull(householdId, "householdId"));
    }

    /** Every household in being (not merged into another), as it stands now, in the order registered; immutable. */
    public List<Household> households() {
        if (endedOn.isEmpty()) {
            return List.copyOf(households.values());
        }
        return households.values().stream().filter(household -> !endedOn.containsKey(household.id())).toList();
    }

    /** The number of households in being (registered or split off, not merged into another). */
    public int householdCount() {
        return households.size() - endedOn.size();
    }

    /**
     * The household as it stood on {@code date}: the changes that took effect by then and every correction;
     * empty before it was registered (or split off) and from the day it was merged into another.
     */
    public Optional<Household> householdAsOf(String householdId, LocalDate date) {
        requireNonNull(date, "date");
        Household current = households.get(requireNonNull(householdId, "householdId"));
        if (current == null || date.isBefore(current.registeredOn()) || !isInBeing(householdId, date)) {
            return Optional.empty();
        }
        return Optional.of(snapshot(householdId, current, date));
    }

    /** The head of the household on {@code date} (<i>chủ hộ tại ngày</i>), with corrections applied. */
    public Optional<HouseholdMember> headAsOf(String householdId, LocalDate date) {
        return householdAsOf(householdId, date).map(Household::head);
    }

    /** Every change and correction of the household, in the order recorded, with its reason; immutable. */
    public List<HouseholdChange> householdHistory(String householdId) {
        return steps.getOrDefault(requireNonNull(householdId, "householdId"), List.of()).stream().map(Step::change)
                .toList();
    }

    /** The date the household was merged into another and ended, if it was. */
    public Optional<LocalDate> householdEndedOn(String householdId) {
        return Optional.ofNullable(endedOn.get(requireNonNull(householdId, "householdId")));
    }

    /** Whether the household is registered and was not merged into another on or before {@code date}. */
    public boolean isInBeing(String householdId, LocalDate date) {
        LocalDate ended = endedOn.get(requireNonNull(householdId, "householdId"));
        return households.containsKey(householdId) && (ended == null || date.isBefore(ended));
    }

    /** The household on the date, registration date not checked: the current one when it never changed. */
    private Household snapshot(String householdId, Household current, LocalDate date) {
        List<Step> changes = steps.get(householdId);
        if (changes == null) {
            return current;
        }
        Household household = asRegistered.get(householdId);
        for (Step step : changes) {
            if (step.change().kind().isCorrection() || !step.change().occurredOn().isAfter(date)) {
                household = step.applyTo(household);
            }
        }
        return household;
    }

    /**
     * The households whose village lies within {@code unitCode} on {@code date} (the village itself,
     * its commune, or — before 1 July 2025 — its district), in the order registered, each as it stood on
     * {@code date} ({@link #householdAsOf}; a household merged away by then is left out); immutable.
     * A commune merged on 1 July 2025 contains its villages until then, its successor after.
     */
    public List<Household> householdsWithin(String unitCode, LocalDate date, AdministrativeRegistry units) {
        requireNonNull(unitCode, "unitCode");
        requireNonNull(date, "date");
        requireNonNull(units, "units");
        Map<String, Boolean> villageInside = new HashMap<>();
        List<Household> found = new ArrayList<>();
        for (Household current : households.values()) {
            if (!endedOn.isEmpty() && !isInBeing(current.id(), date)) {
                continue;
            }
            Household household = steps.isEmpty() ? current : snapshot(current.id(), current, date);
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
        StatusHistory history = statuses.get(requireNonNull(householdId, "householdId"));
        int latest = history == null ? -1 : history.latestIndexOf(year);
        return latest < 0 ? Optional.empty() : Optional.of(history.statusAt(latest));
    }

    /** Every status recorded for the household and year, oldest first, the one in force last; immutable. */
    public List<PovertyStatus> povertyStatusHistory(String householdId, int year) {
        return List.copyOf(history(householdId, year));
    }

    /** The status in force of each year recorded for the household, by year; immutable. */
    public Map<Integer, PovertyStatus> povertyStatusByYear(String householdId) {
        StatusHistory history = statuses.get(requireNonNull(householdId, "householdId"));
        if (history == null) {
            return Map.of();
        }
        Map<Integer, PovertyStatus> current = new LinkedHashMap<>();
        for (int i = 0; i < history.size(); i++) {
            if (i == history.size() - 1 || history.yearAt(i + 1) != history.yearAt(i)) { // the last of its year
                current.put(history.yearAt(i), history.statusAt(i));
            }
        }
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
        StatusHistory history = statuses.get(requireNonNull(householdId, "householdId"));
        return history == null ? List.of() : history.ofYear(year);
    }

    /**
     * The registry's whole state in a snapshot (personal data included, as in the events it comes from).
     *
     * @param households every household as it stands now, in the order registered
     * @param statuses every poverty status recorded or corrected, by household id, then year, then as recorded
     * @param persons every person, in the order registered
     * @param organisations every organisation, in the order registered
     * @param asRegistered the households that changed since, as first recorded, by id
     * @param changes every change of a household, by household id, then as recorded
     * @param ended the households merged into another, by id, with the day they ended
     */
    public record State(List<Household> households, List<SavedStatus> statuses, List<Person> persons,
            List<Organisation> organisations, List<Household> asRegistered, List<SavedChange> changes,
            List<SavedEnd> ended) {

        /** Copies the lists. */
        public State {
            households = List.copyOf(households);
            statuses = List.copyOf(statuses);
            persons = List.copyOf(persons);
            organisations = List.copyOf(organisations);
            asRegistered = List.copyOf(asRegistered);
            changes = List.copyOf(changes);
            ended = List.copyOf(ended);
        }
    }

    /**
     * One change of a household in a snapshot, with the event that caused it.
     *
     * @param householdId the household changed
     * @param change the change as the history shows it
     * @param cause the event that caused it
     * @param joining for a household another merged into, the members who joined; empty otherwise
     */
    public record SavedChange(String householdId, HouseholdChange change, LedgerEvent cause, List<HouseholdMember> joining) {

        /** Copies the list. */
        public SavedChange {
            joining = List.copyOf(joining);
        }
    }

    /**
     * A household merged into another, in a snapshot.
     *
     * @param householdId the household
     * @param endedOn the day it ended
     */
    public record SavedEnd(String householdId, LocalDate endedOn) {
    }

    /**
     * One poverty status recorded or corrected, in a snapshot.
     *
     * @param householdId the household
     * @param year the year it is for
     * @param category the category
     * @param basis the basis recorded
     * @param classification the classification, if recorded
     * @param recordedOn the day it was recorded
     * @param correctionReason why it corrects an earlier one, for a correction
     * @param sequence the event that recorded it
     */
    public record SavedStatus(String householdId, int year, PovertyCategory category, String basis,
            Optional<PovertyClassification> classification, LocalDate recordedOn, Optional<String> correctionReason,
            long sequence) {
    }
}
