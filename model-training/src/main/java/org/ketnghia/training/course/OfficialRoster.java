package org.ketnghia.training.course;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.ledger.SnapshotForm;
import org.ketnghia.core.participant.Person;
import org.ketnghia.core.participant.PersonRegistered;
import org.ketnghia.core.participant.PersonRole;
import org.ketnghia.training.catalogue.OfficialLevel;

/**
 * The officials of the programme (<i>danh sách cán bộ</i>) over time: every person registered in
 * the core {@link org.ketnghia.core.participant.ParticipantRegistry} with the role official, their
 * posts ({@link Posting}) and departures.
 *
 * <p>Where an official's unit no longer exists on a date (a commune merged on 1 July 2025), the
 * unit is resolved to its single successor; an official of an abolished district (several
 * successors) stays unresolved until a {@link ReassignOfficial} records their new commune.
 *
 * <p>Read it through the ledger; queries return immutable values. Not thread-safe by itself.
 */
public final class OfficialRoster implements Projection {

    private final Map<String, List<Posting>> postings = new LinkedHashMap<>();
    private final Map<String, LocalDate> departures = new HashMap<>();

    /** An empty roster; the ledger fills it. */
    public OfficialRoster() {
    }

    /**
     * How this roster is saved in a snapshot (<i>ảnh chụp trạng thái</i>) and restored from it. Its code covers core's
     * {@link Person}, whose {@link Person#hasRole} decides which registered persons the roster keeps as officials.
     */
    public static SnapshotForm<OfficialRoster, ?> snapshotForm() {
        return SnapshotForm.of(OfficialRosterState.class, OfficialRoster::save, OfficialRoster::restore)
                .covering(Person.class);
    }

    private OfficialRosterState save() {
        List<Posting> all = new ArrayList<>();
        postings.values().forEach(all::addAll);
        List<OfficialRosterState.Departure> left = new ArrayList<>();
        new TreeMap<>(departures).forEach((personId, day) -> left.add(new OfficialRosterState.Departure(personId, day)));
        return new OfficialRosterState(all, left);
    }

    private static OfficialRoster restore(OfficialRosterState state) {
        OfficialRoster roster = new OfficialRoster();
        state.postings().forEach(posting -> roster.postings.computeIfAbsent(posting.personId(), id -> new ArrayList<>())
                .add(posting));
        state.departures().forEach(departure -> roster.departures.put(departure.personId(), departure.departedOn()));
        return roster;
    }

    @Override
    public void apply(EventEnvelope event) {
        Object payload = event.payload();
        if (payload instanceof PersonRegistered registered && registered.person().hasRole(PersonRole.OFFICIAL)
                && registered.person().workUnitCode().isPresent()) {
            postings.put(registered.person().id(), new ArrayList<>(List.of(new Posting(registered.person().id(),
                    registered.person().position().orElse(""), registered.person().workUnitCode().get(),
                    event.occurredOn()))));
        } else if (payload instanceof OfficialReassigned reassigned) {
            List<Posting> history = postings.get(reassigned.personId());
            if (history != null) {
                history.add(new Posting(reassigned.personId(), reassigned.position(), reassigned.workUnitCode(),
                        event.occurredOn()));
                history.sort(java.util.Comparator.comparing(Posting::from));
            }
        } else if (payload instanceof OfficialDeparted departed) {
            departures.put(departed.personId(), event.occurredOn());
        }
    }

    /** Whether the person is a registered official. */
    public boolean isOfficial(String personId) {
        return postings.containsKey(requireNonNull(personId, "personId"));
    }

    /** Every official id, in the order registered; immutable. */
    public List<String> officialIds() {
        return List.copyOf(postings.keySet());
    }

    /** The day the official left, if they did. */
    public Optional<LocalDate> departedOn(String personId) {
        return Optional.ofNullable(departures.get(requireNonNull(personId, "personId")));
    }

    /** Whether the official holds a post on {@code date}: registered by then and not yet departed. */
    public boolean inServiceOn(String personId, LocalDate date) {
        LocalDate departed = departures.get(personId);
        return postingAsOf(personId, date).isPresent() && (departed == null || date.isBefore(departed));
    }

    /** Every post of the official, oldest first; immutable. */
    public List<Posting> postings(String personId) {
        return List.copyOf(postings.getOrDefault(requireNonNull(personId, "personId"), List.of()));
    }

    /** The post in force on {@code date}, whether or not the official has since departed. */
    public Optional<Posting> postingAsOf(String personId, LocalDate date) {
        requireNonNull(date, "date");
        Posting current = null;
        for (Posting posting : postings.getOrDefault(requireNonNull(personId, "personId"), List.of())) {
            if (!posting.from().isAfter(date)) {
                current = posting;
            }
        }
        return Optional.ofNullable(current);
    }

    /**
     * The unit the official works for on {@code date}: the post's unit, or its single successor if
     * it had ceased to exist by then; empty if not in post or unresolved.
     */
    public Optional<AdministrativeUnit> workUnitAsOf(String personId, LocalDate date, AdministrativeRegistry units) {
        requireNonNull(units, "units");
        return postingAsOf(personId, date).flatMap(posting -> units.unitInForce(posting.workUnitCode(), date));
    }

    /** The level of the official on {@code date}, from the level of their work unit then. */
    public Optional<OfficialLevel> levelAsOf(String personId, LocalDate date, AdministrativeRegistry units) {
        return workUnitAsOf(personId, date, units).flatMap(unit -> OfficialLevel.ofAdminLevel(unit.levelId()));
    }

    /**
     * The unit whose coverage the official counts in on {@code date}: the commune for commune- and
     * village-level officials (after 1 July 2025 the new commune), the district for district-level ones.
     */
    public Optional<String> coverageUnitAsOf(String personId, LocalDate date, AdministrativeRegistry units) {
        return workUnitAsOf(personId, date, units).flatMap(unit -> AdminLevel.VILLAGE.equals(unit.levelId())
                ? units.ancestorAtLevel(unit.code(), AdminLevel.COMMUNE, date).map(AdministrativeUnit::code)
                : Optional.of(unit.code()));
    }
}
