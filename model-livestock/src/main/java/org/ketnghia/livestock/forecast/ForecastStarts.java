package org.ketnghia.livestock.forecast;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.livestock.AnimalSex;
import org.ketnghia.livestock.forecast.ForecastStart.AnimalStart;
import org.ketnghia.livestock.forecast.ForecastStart.GroupStart;
import org.ketnghia.livestock.forecast.ForecastStart.HouseholdStart;
import org.ketnghia.livestock.forecast.ForecastStart.ObligationState;
import org.ketnghia.livestock.group.GroupFounded;
import org.ketnghia.livestock.group.GroupMember;
import org.ketnghia.livestock.group.HouseholdGroups;
import org.ketnghia.livestock.herd.Animal;
import org.ketnghia.livestock.herd.AnimalsHandedOver;
import org.ketnghia.livestock.herd.Herd;
import org.ketnghia.livestock.herd.Obligation;
import org.ketnghia.livestock.passon.PassOnPolicy;
import org.ketnghia.livestock.programme.DistrictPlan;
import org.ketnghia.livestock.programme.LivestockProgramme;

/**
 * Reads the state a forecast starts from out of a ledger (<i>hiện trạng đàn và hàng chờ theo sổ cái đến một
 * ngày</i>): the recorded events that occurred <b>before</b> the as-of date are folded, in ledger order, into
 * fresh livestock projections ({@link Herd}, {@link HouseholdGroups}) — the ledger's own projections hold only
 * the latest state — and read back as a {@link ForecastStart}. The census is taken on the morning of the as-of
 * date: what happened on it or later is left to the forecast (the simulator dates a month's births and
 * pass-ons on its first day, so an as-of date on the first day of a month starts the forecast with that month
 * exactly). For an as-of date inside a month the forecast simulates that whole month from the census state.
 *
 * <p><b>Animals</b>: every animal alive and kept by a household. Age in whole months by the census convention:
 * an animal born in the programme during month {@code t} is in class {@code m − t − 1} at the census of month
 * {@code m} (class 0 = born during the previous month); a bought or replacing animal, whose birth date is
 * estimated from its age on arrival, counts whole months from that date. It is <i>received</i> when its keeper
 * received it (round 1, a pass-on, a replacement or a transfer to that household); <i>earmarked</i> when it was
 * born in its keeper's herd, is of the group policy's offspring sex (any when the policy names none), is at
 * least the policy's ordinal among its mother's offspring of that sex, and its keeper's obligation is open —
 * the simulator's rule. Its offspring borne counts its recorded offspring of that sex, up to the ordinal.
 * Animals in stock (accepted, not yet handed over) are left out.
 *
 * <p><b>Groups</b>: each group is mapped to the plan's group by its pilot commune: the group's commune is the
 * pilot commune, or carries it on after the 2025 mergers ({@link AdministrativeRegistry#successorsAsOf} on the
 * founding date or the as-of date; when two pilot communes merged into one, the first in plan order). A
 * district without pilot communes has one plan group, named by the district code, which takes the groups
 * within the district. The queue: households that received, in the order they first received (then keepers
 * found only through a transfer), followed by the waiting members in the group's queue order (then members
 * outside it, in the order listed). Round and month received come from the obligation (or the first
 * hand-over); a waived obligation counts as written off, one paid in cash as done.
 *
 * <p>Stateless and thread-safe.
 */
public final class ForecastStarts {

    private ForecastStarts() {
    }

    /**
     * The state of every programme's livestock groups recorded in {@code ledger} as of {@code asOf}.
     *
     * @param ledger the ledger (its events are read from its store, streamed)
     * @param scenario the programme's start, years and livestock plan section
     * @param asOf the census date
     * @param today the date the ledger records up to (its clock's today)
     * @throws KetnghiaException with every problem: {@link ForecastErrorCode#FORECAST_BEFORE_PROGRAMME_START},
     *     {@link ForecastErrorCode#FORECAST_AFTER_TODAY}, {@link ForecastErrorCode#FORECAST_AFTER_PROGRAMME_END}
     *     (field {@code asOf}), {@link ForecastErrorCode#FORECAST_NO_LIVESTOCK_PROGRAMME} (field {@code
     *     scenario.section}), {@link ForecastErrorCode#FORECAST_GROUP_OUTSIDE_PLAN} (field {@code
     *     groups.<groupId>.communeCode})
     */
    public static ForecastStart asOf(Ledger ledger, SimulationScenario scenario, LocalDate asOf, LocalDate today) {
        requireNonNull(ledger, "ledger");
        Replay replay = Replay.checked(ledger.administrativeUnits(), scenario, asOf, today);
        ledger.store().forEach(1, replay::accept);
        return replay.start();
    }

    /**
     * As {@link #asOf(Ledger, SimulationScenario, LocalDate, LocalDate)}, counting only the events of programme
     * {@code programmeId} (its own and those recorded for no programme), for a ledger holding several.
     */
    public static ForecastStart asOf(Ledger ledger, String programmeId, SimulationScenario scenario, LocalDate asOf,
            LocalDate today) {
        requireNonNull(ledger, "ledger");
        requireNonNull(programmeId, "programmeId");
        Replay replay = Replay.checked(ledger.administrativeUnits(), scenario, asOf, today);
        ledger.store().forEach(1, event -> {
            if (event.countsFor(programmeId)) {
                replay.accept(event);
            }
        });
        return replay.start();
    }

    /**
     * As {@link #asOf(Ledger, SimulationScenario, LocalDate, LocalDate)}, from {@code events} in ledger order
     * (an export, a host's events of one programme) over {@code units}.
     */
    public static ForecastStart fromEvents(Iterable<EventEnvelope> events, AdministrativeRegistry units,
            SimulationScenario scenario, LocalDate asOf, LocalDate today) {
        requireNonNull(events, "events");
        Replay replay = Replay.checked(requireNonNull(units, "units"), scenario, asOf, today);
        events.forEach(replay::accept);
        return replay.start();
    }

    /**
     * The programme month (0-based from {@code start}) containing {@code date}, negative before the start;
     * month {@code i} starts on {@code start.plusMonths(i)}, as {@link
     * org.ketnghia.core.simulation.SimulationClock} counts.
     */
    public static int monthIndex(LocalDate start, LocalDate date) {
        requireNonNull(start, "start");
        requireNonNull(date, "date");
        int guess = (int) ChronoUnit.MONTHS.between(start, date);
        while (start.plusMonths(guess).isAfter(date)) {
            guess--;
        }
        while (!start.plusMonths(guess + 1L).isAfter(date)) {
            guess++;
        }
        return guess;
    }

    /** One extraction: the checked inputs and the projections the events before the as-of date are folded into. */
    private static final class Replay {
        private final AdministrativeRegistry units;
        private final LocalDate start;
        private final LocalDate asOf;
        private final LivestockProgramme programme;
        private final int monthsElapsed;
        private final Herd herd = new Herd();
        private final HouseholdGroups groups = new HouseholdGroups();
        private final Map<String, LocalDate> foundedOn = new HashMap<>();

        private Replay(AdministrativeRegistry units, SimulationScenario scenario, LivestockProgramme programme,
                LocalDate asOf) {
            this.units = units;
            this.start = scenario.start();
            this.asOf = asOf;
            this.programme = programme;
            this.monthsElapsed = monthIndex(start, asOf);
        }

        static Replay checked(AdministrativeRegistry units, SimulationScenario scenario, LocalDate asOf,
                LocalDate today) {
            requireNonNull(scenario, "scenario");
            requireNonNull(asOf, "asOf");
            requireNonNull(today, "today");
            Problems problems = new Problems();
            LocalDate end = scenario.start().plusYears(scenario.years()).minusDays(1);
            problems.check(asOf.isBefore(scenario.start()), ForecastErrorCode.FORECAST_BEFORE_PROGRAMME_START, "asOf",
                    asOf, scenario.start());
            problems.check(asOf.isAfter(today), ForecastErrorCode.FORECAST_AFTER_TODAY, "asOf", asOf, today);
            problems.check(asOf.isAfter(end), ForecastErrorCode.FORECAST_AFTER_PROGRAMME_END, "asOf", asOf, end);
            LivestockProgramme programme = null;
            try {
                programme = LivestockProgramme.fromSection(scenario.section(), KetnghiaJson.newObjectMapper());
                problems.check(programme.districts().isEmpty(), ForecastErrorCode.FORECAST_NO_LIVESTOCK_PROGRAMME,
                        "scenario.section", "no district");
            } catch (KetnghiaException | IllegalArgumentException notLivestock) {
                problems.add(ForecastErrorCode.FORECAST_NO_LIVESTOCK_PROGRAMME, "scenario.section",
                        notLivestock.getMessage());
            }
            problems.throwIfAny();
            return new Replay(units, scenario, programme, asOf);
        }

        void accept(EventEnvelope event) {
            if (!event.occurredOn().isBefore(asOf)) {
                return;
            }
            if (event.payload() instanceof GroupFounded founded) {
                foundedOn.putIfAbsent(founded.groupId(), event.occurredOn());
            }
            herd.apply(event);
            groups.apply(event);
        }

        ForecastStart start() {
            Problems problems = new Problems();
            Map<String, List<GroupFounded>> byPlanGroup = new LinkedHashMap<>();
            for (DistrictPlan district : programme.districts()) {
                if (district.pilotCommunes().isEmpty()) {
                    byPlanGroup.put(district.districtCode(), new ArrayList<>());
                } else {
                    district.pilotCommunes().forEach(commune -> byPlanGroup.put(commune, new ArrayList<>()));
                }
            }
            for (GroupFounded group : groups.groups()) {
                Optional<String> planGroup = planGroupOf(group);
                if (planGroup.isEmpty()) {
                    problems.add(ForecastErrorCode.FORECAST_GROUP_OUTSIDE_PLAN, "groups." + group.groupId()
                            + ".communeCode", group.groupId(), group.communeCode());
                } else {
                    byPlanGroup.get(planGroup.get()).add(group);
                }
            }
            problems.throwIfAny();
            Map<String, GroupFounded> groupOfAnimalGroupId = new HashMap<>();
            groups.groups().forEach(group -> groupOfAnimalGroupId.put(group.groupId(), group));
            List<Animal> alive = herd.animals().stream()
                    .filter(animal -> animal.isAlive() && animal.keeperHouseholdId().isPresent()
                            && groupOfAnimalGroupId.containsKey(animal.groupId()))
                    .toList();
            List<GroupStart> starts = new ArrayList<>();
            byPlanGroup.forEach((planGroup, founded) -> founded.forEach(
                    group -> starts.add(new GroupStart(planGroup, group.groupId(), queue(group, alive)))));
            return new ForecastStart(Math.max(0, monthsElapsed), starts, animals(alive, groupOfAnimalGroupId));
        }

        /** The plan group (pilot commune, or district without pilot communes) {@code group} belongs to. */
        private Optional<String> planGroupOf(GroupFounded group) {
            String commune = group.communeCode();
            LocalDate founded = foundedOn.getOrDefault(group.groupId(), asOf);
            for (DistrictPlan district : programme.districts()) {
                if (district.pilotCommunes().contains(commune)) {
                    return Optional.of(commune);
                }
            }
            for (DistrictPlan district : programme.districts()) {
                for (String pilot : district.pilotCommunes()) {
                    if (carriesOn(pilot, commune, founded) || carriesOn(pilot, commune, asOf)) {
                        return Optional.of(pilot);
                    }
                }
            }
            for (DistrictPlan district : programme.districts()) {
                if (district.pilotCommunes().isEmpty() && (units.isWithin(commune, district.districtCode(), founded)
                        || carriesOn(district.districtCode(), commune, founded)
                        || carriesOn(district.districtCode(), commune, asOf))) {
                    return Optional.of(district.districtCode());
                }
            }
            return Optional.empty();
        }

        private boolean carriesOn(String planUnit, String commune, LocalDate date) {
            for (AdministrativeUnit successor : units.successorsAsOf(planUnit, date)) {
                if (successor.code().equals(commune)) {
                    return true;
                }
            }
            return false;
        }

        /** Received households in the order they first received, then the waiting members in queue order. */
        private List<HouseholdStart> queue(GroupFounded group, List<Animal> alive) {
            String groupId = group.groupId();
            Map<String, LocalDate> firstReceived = new LinkedHashMap<>();
            for (AnimalsHandedOver handOver : herd.chain(groupId)) {
                firstReceived.putIfAbsent(handOver.householdId(), handOver.supportedOn());
            }
            for (Animal animal : alive) {
                if (animal.groupId().equals(groupId) && animal.receivedByHouseholdId().isPresent()) {
                    firstReceived.putIfAbsent(animal.receivedByHouseholdId().get(), animal.statusSince());
                }
            }
            List<HouseholdStart> households = new ArrayList<>();
            firstReceived.forEach((household, on) -> households.add(received(groupId, household, on)));
            Set<String> waiting = new LinkedHashSet<>(group.queue());
            group.members().stream().map(GroupMember::householdId).forEach(waiting::add);
            for (String household : waiting) {
                if (!firstReceived.containsKey(household)) {
                    households.add(new HouseholdStart(household, 0, -1, ObligationState.NONE, 0));
                }
            }
            return households;
        }

        private HouseholdStart received(String groupId, String household, LocalDate firstReceivedOn) {
            Optional<Obligation> obligation = herd.obligation(Obligation.idOf(groupId, household));
            int round = Math.max(1, herd.roundOf(household).orElse(1));
            LocalDate receivedOn = obligation.map(Obligation::receivedOn).orElse(firstReceivedOn);
            int month = Math.min(Math.max(0, monthIndex(start, receivedOn)), Math.max(0, monthsElapsed));
            if (obligation.isEmpty()) {
                return new HouseholdStart(household, round, month, ObligationState.NONE, 0);
            }
            Obligation o = obligation.get();
            return switch (o.statusOn(asOf)) {
                case FULFILLED -> new HouseholdStart(household, round, month, ObligationState.DONE, 0);
                case WAIVED, WRITTEN_OFF -> new HouseholdStart(household, round, month, ObligationState.WRITTEN_OFF, 0);
                case DUE, OVERDUE -> new HouseholdStart(household, round, month, ObligationState.OPEN, o.remaining());
            };
        }

        private List<AnimalStart> animals(List<Animal> alive, Map<String, GroupFounded> groupsById) {
            Map<String, List<Animal>> offspring = new HashMap<>();
            for (Animal animal : herd.animals()) {
                animal.motherTag().ifPresent(mother -> offspring.computeIfAbsent(mother, key -> new ArrayList<>())
                        .add(animal));
            }
            // oldest first; a stable sort keeps the recorded order of a litter
            offspring.values().forEach(list -> list.sort(java.util.Comparator.comparing(Animal::bornOn)));
            List<AnimalStart> animals = new ArrayList<>(alive.size());
            for (Animal animal : alive) {
                PassOnPolicy policy = groupsById.get(animal.groupId()).passOnPolicy();
                String keeper = animal.keeperHouseholdId().orElseThrow();
                boolean received = animal.receivedByHouseholdId().equals(animal.keeperHouseholdId());
                int borne = Math.min(policy.offspringOrdinal(), (int) offspring.getOrDefault(animal.earTag(), List.of())
                        .stream().filter(kid -> ofPolicySex(kid, policy)).count());
                animals.add(new AnimalStart(animal.earTag(), keeper, animal.sex() == AnimalSex.FEMALE, ageMonths(animal),
                        received, earmarked(animal, keeper, policy, offspring), borne));
            }
            return animals;
        }

        private int ageMonths(Animal animal) {
            if (animal.birthEstimated()) {
                return animal.ageMonthsOn(asOf);
            }
            return Math.max(0, monthsElapsed - monthIndex(start, animal.bornOn()) - 1);
        }

        private boolean earmarked(Animal animal, String keeper, PassOnPolicy policy, Map<String, List<Animal>> offspring) {
            if (animal.motherTag().isEmpty() || !animal.bornToHouseholdId().equals(Optional.of(keeper))
                    || animal.receivedByHouseholdId().isPresent() || !ofPolicySex(animal, policy)) {
                return false;
            }
            boolean open = herd.obligation(Obligation.idOf(animal.groupId(), keeper))
                    .map(o -> switch (o.statusOn(asOf)) {
                        case DUE, OVERDUE -> true;
                        default -> false;
                    }).orElse(false);
            if (!open) {
                return false;
            }
            List<Animal> siblings = offspring.getOrDefault(animal.motherTag().get(), List.of());
            int ordinal = 0;
            for (Animal sibling : siblings) {
                if (ofPolicySex(sibling, policy)) {
                    ordinal++;
                }
                if (sibling.earTag().equals(animal.earTag())) {
                    break;
                }
            }
            return ordinal >= policy.offspringOrdinal();
        }

        private static boolean ofPolicySex(Animal animal, PassOnPolicy policy) {
            return policy.offspringSex().map(sex -> sex == animal.sex()).orElse(true);
        }
    }
}
