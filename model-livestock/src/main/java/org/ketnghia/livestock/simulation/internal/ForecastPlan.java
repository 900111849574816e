package org.ketnghia.livestock.simulation.internal;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problems;
import org.ketnghia.livestock.LivestockErrorCode;
import org.ketnghia.livestock.Species;
import org.ketnghia.livestock.forecast.ForecastStart;
import org.ketnghia.livestock.forecast.ForecastStart.AnimalStart;
import org.ketnghia.livestock.forecast.ForecastStart.GroupStart;
import org.ketnghia.livestock.forecast.ForecastStart.HouseholdStart;
import org.ketnghia.livestock.simulation.SimulationIndicators;

/**
 * A {@link ForecastStart} checked against a compiled plan and bound to its indices (<i>điểm xuất phát dự
 * báo</i>): households in the start's order with their group, round, obligation and whether they wait; the
 * animals with their household, age and flags; the indicator ids of the groups and households, built once.
 * Immutable and shared by every replicate of the forecast.
 */
public final class ForecastPlan {

    final CompiledPlan plan;
    final ForecastStart source;
    /** The first month simulated. */
    final int start;
    // households, in the order of the start's groups and queues
    final int households;
    final int[] householdGroup;
    final int[] round;
    final int[] receivedMonth;
    final byte[] obligation;
    final int[] owed;
    /** Whether the household waits at the start (its "received" indicator is recorded). */
    final boolean[] waitingAtStart;
    /** Whether its "overdue" indicator is recorded: open at the start, or waiting. */
    final boolean[] followed;
    /** Per plan group, the households waiting at the start, in queue order. */
    final int[][] waiting;
    // animals
    final int animals;
    final int[] animalHousehold;
    final int[] animalAge;
    final byte[] animalFlags;
    // indicator ids
    final String[] receivedIds;
    final String[] overdueIds;
    /** [plan group][HOUSEHOLDS, HERD_VALUE, female head, male head, PASS_ONS_OVERDUE], null for a group not in the start. */
    final String[][] groupIds;

    private ForecastPlan(CompiledPlan plan, ForecastStart start, Map<String, Integer> groupOfCommune) {
        this.plan = plan;
        this.source = start;
        this.start = start.monthsElapsed();
        int count = 0;
        for (GroupStart group : start.groups()) {
            count += group.households().size();
        }
        households = count;
        householdGroup = new int[count];
        round = new int[count];
        receivedMonth = new int[count];
        obligation = new byte[count];
        owed = new int[count];
        waitingAtStart = new boolean[count];
        followed = new boolean[count];
        receivedIds = new String[count];
        overdueIds = new String[count];
        waiting = new int[plan.groups][0];
        groupIds = new String[plan.groups][];
        Map<String, Integer> householdIndex = new HashMap<>();
        int h = 0;
        for (GroupStart group : start.groups()) {
            int g = groupOfCommune.get(group.communeCode());
            int waitingHere = 0;
            for (HouseholdStart household : group.households()) {
                waitingHere += household.waiting() ? 1 : 0;
            }
            waiting[g] = new int[waitingHere];
            int w = 0;
            for (HouseholdStart household : group.households()) {
                householdIndex.put(household.householdId(), h);
                householdGroup[h] = g;
                round[h] = household.round();
                receivedMonth[h] = household.receivedMonth();
                obligation[h] = switch (household.obligation()) {
                    case NONE -> HerdState.NO_OBLIGATION;
                    case OPEN -> HerdState.OPEN;
                    case DONE -> HerdState.DONE;
                    case WRITTEN_OFF -> HerdState.WRITTEN_OFF;
                };
                owed[h] = household.owed();
                waitingAtStart[h] = household.waiting();
                followed[h] = household.waiting() || household.obligation() == ForecastStart.ObligationState.OPEN;
                if (household.waiting()) {
                    waiting[g][w++] = h;
                }
                receivedIds[h] = SimulationIndicators.FORECAST_RECEIVED_PREFIX + household.householdId();
                overdueIds[h] = SimulationIndicators.FORECAST_OVERDUE_PREFIX + household.householdId();
                h++;
            }
            String suffix = SimulationIndicators.GROUP_SUFFIX + group.communeCode();
            boolean cattle = plan.species[plan.groupDistrict[g]] == Species.CATTLE;
            groupIds[g] = new String[] {SimulationIndicators.HOUSEHOLDS + suffix, SimulationIndicators.HERD_VALUE_ID + suffix,
                (cattle ? SimulationIndicators.CATTLE_FEMALES : SimulationIndicators.GOAT_FEMALES) + suffix,
                (cattle ? SimulationIndicators.CATTLE_MALES : SimulationIndicators.GOAT_MALES) + suffix,
                SimulationIndicators.PASS_ONS_OVERDUE_ID + suffix};
        }
        List<AnimalStart> list = start.animals();
        animals = list.size();
        animalHousehold = new int[animals];
        animalAge = new int[animals];
        animalFlags = new byte[animals];
        for (int i = 0; i < animals; i++) {
            AnimalStart animal = list.get(i);
            animalHousehold[i] = householdIndex.get(animal.householdId());
            animalAge[i] = animal.ageMonths();
            int f = (animal.female() ? HerdState.FEMALE : 0) | (animal.received() ? HerdState.RECEIVED : 0)
                    | (animal.earmarked() ? HerdState.EARMARKED : 0);
            f |= Math.min(animal.offspringBorne(), plan.ordinal) << HerdState.OFFSPRING_SHIFT;
            animalFlags[i] = (byte) f;
        }
    }

    /**
     * Checks {@code start} against {@code plan} and binds it.
     *
     * @throws KetnghiaException {@link LivestockErrorCode#LIVESTOCK_PLAN_INVALID} naming every bad field: a
     *     start at or after the scenario's end, a group whose commune is not one of the plan's groups or is
     *     listed twice, a household listed twice, a waiting household with an obligation, an obligation
     *     open with nothing owed (or something owed and not open), a household received after the start,
     *     an animal whose household is in no group or still waits, a duplicate ear tag
     */
    public static ForecastPlan compile(CompiledPlan plan, ForecastStart start) {
        requireNonNull(plan, "plan");
        requireNonNull(start, "start");
        LivestockErrorCode code = LivestockErrorCode.LIVESTOCK_PLAN_INVALID;
        Problems problems = new Problems();
        problems.check(start.monthsElapsed() >= plan.horizon, code, "monthsElapsed", "the forecast starts in month "
                + start.monthsElapsed() + ", at or after the scenario's end (month " + plan.horizon + ")");
        Map<String, Integer> planGroups = new HashMap<>();
        for (int g = 0; g < plan.groups; g++) {
            planGroups.put(plan.groupCommune[g], g);
        }
        Map<String, Integer> groupOfCommune = new HashMap<>();
        Map<String, Boolean> householdWaits = new HashMap<>();
        for (int i = 0; i < start.groups().size(); i++) {
            GroupStart group = start.groups().get(i);
            String field = "groups[" + i + "]";
            Integer g = planGroups.get(group.communeCode());
            if (g == null) {
                problems.add(code, field + ".communeCode", "commune " + group.communeCode()
                        + " has no group in the plan (the plan's groups: " + planGroups.keySet() + ")");
            } else if (groupOfCommune.putIfAbsent(group.communeCode(), g) != null) {
                problems.add(code, field + ".communeCode", "the group of commune " + group.communeCode()
                        + " is listed twice");
            }
            for (int j = 0; j < group.households().size(); j++) {
                HouseholdStart household = group.households().get(j);
                String at = field + ".households[" + j + "]";
                if (householdWaits.putIfAbsent(household.householdId(), household.waiting()) != null) {
                    problems.add(code, at + ".householdId", "household " + household.householdId() + " is listed twice");
                }
                boolean open = household.obligation() == ForecastStart.ObligationState.OPEN;
                problems.check(household.waiting() && household.obligation() != ForecastStart.ObligationState.NONE,
                        code, at + ".obligation", "a waiting household has no obligation yet");
                problems.check(open != household.owed() > 0, code, at + ".owed",
                        "an open obligation owes at least one animal, any other owes none");
                problems.check(household.receivedMonth() > start.monthsElapsed(), code, at + ".receivedMonth",
                        "household " + household.householdId() + " received in month " + household.receivedMonth()
                                + ", after the start (month " + start.monthsElapsed() + ")");
            }
        }
        Set<String> tags = new HashSet<>();
        for (int i = 0; i < start.animals().size(); i++) {
            AnimalStart animal = start.animals().get(i);
            String field = "animals[" + i + "]";
            Boolean waits = householdWaits.get(animal.householdId());
            if (waits == null) {
                problems.add(code, field + ".householdId", "household " + animal.householdId()
                        + " of animal " + animal.earTag() + " is in no group of the start");
            } else {
                problems.check(waits, code, field + ".householdId", "household " + animal.householdId()
                        + " of animal " + animal.earTag() + " is still waiting for its animals");
            }
            problems.check(!tags.add(animal.earTag()), code, field + ".earTag", "ear tag " + animal.earTag()
                    + " is listed twice");
        }
        problems.throwIfAny();
        return new ForecastPlan(plan, start, groupOfCommune);
    }

    /** The start compiled. */
    public ForecastStart source() {
        return source;
    }

    /** The plan compiled. */
    public CompiledPlan plan() {
        return plan;
    }
}
